import { t, type MessageKey } from '@/lib/i18n';

interface Props<T extends string> {
  /** Unique on the page: it names the inputs. */
  readonly name: string;
  readonly legend: string;
  readonly choices: readonly T[];
  readonly label: (choice: T) => MessageKey;
  readonly picked: readonly T[];
  readonly onChange: (picked: T[]) => void;
}

/** A question where several answers may be picked: native checkboxes in a fieldset. */
export function PickList<T extends string>(props: Props<T>) {
  const { name, legend, choices, label, picked, onChange } = props;
  const toggle = (choice: T, on: boolean) =>
    onChange(choices.filter((c) => (c === choice ? on : picked.includes(c))));
  return (
    <fieldset class="stack look-question">
      <legend>{legend}</legend>
      <div class="answers">
        {choices.map((choice) => (
          <label key={choice} class="check">
            <input
              type="checkbox"
              name={name}
              autocomplete="off"
              checked={picked.includes(choice)}
              onChange={(e) => toggle(choice, e.currentTarget.checked)}
            />
            {t(label(choice))}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface OneProps<T extends string> extends Omit<Props<T>, 'picked' | 'onChange'> {
  readonly value: T | undefined;
  readonly onChange: (value: T | undefined) => void;
  /** The label of "no answer" (skipped). */
  readonly skip: MessageKey;
}

/** A question with one answer, or none (skipped): native radio buttons in a fieldset. */
export function PickOne<T extends string>(props: OneProps<T>) {
  const { name, legend, choices, label, value, onChange, skip } = props;
  const options: (T | undefined)[] = [...choices, undefined];
  return (
    <fieldset class="stack look-question">
      <legend>{legend}</legend>
      <div class="answers">
        {options.map((choice) => (
          <label key={choice ?? 'skip'} class="check">
            <input
              type="radio"
              name={name}
              autocomplete="off"
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            {t(choice === undefined ? skip : label(choice))}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
