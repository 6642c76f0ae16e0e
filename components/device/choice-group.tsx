import { t, type MessageKey } from '@/lib/i18n';

interface Props<T extends string> {
  /** The group's name, unique on the page. */
  readonly name: string;
  readonly legend: MessageKey;
  readonly choices: readonly T[];
  readonly labels: Readonly<Record<T, MessageKey>>;
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/** One question answered with native radio buttons, labelled by a legend. */
export function ChoiceGroup<T extends string>(props: Props<T>) {
  const { name, legend, choices, labels, value, onChange } = props;
  return (
    <fieldset class="stack">
      <legend>{t(legend)}</legend>
      {choices.map((choice) => (
        <label key={choice} class="check">
          <input
            type="radio"
            name={name}
            autocomplete="off"
            checked={value === choice}
            onChange={() => onChange(choice)}
          />{' '}
          {t(labels[choice])}
        </label>
      ))}
    </fieldset>
  );
}
