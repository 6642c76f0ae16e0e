import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  /** The field's id (its label points to it; tests find it by the label's words). */
  readonly id: string;
  readonly label: string;
  readonly submitLabel: string;
  readonly busy: boolean;
  /** Given what was typed; the field empties once this settles, right or wrong. */
  readonly onSubmit: (passphrase: string) => Promise<void>;
  /** The class of the row of buttons. */
  readonly actionsClass: 'actions' | 'form-actions';
  /** More buttons beside the submit one (a way back). */
  readonly actions?: ComponentChildren;
  /** Under the buttons: what is happening now, what went wrong. */
  readonly children?: ComponentChildren;
}

/**
 * One passphrase field and its button, to open something sealed (a file, the saved plan). Keeps
 * what is typed only until the answer comes; nothing is submitted while busy.
 */
export function PassphrasePrompt(props: Props) {
  const [pass, setPass] = useState('');

  const submit = async () => {
    if (props.busy) return;
    try {
      await props.onSubmit(pass);
    } finally {
      setPass('');
    }
  };

  return (
    <form
      class="stack"
      autocomplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        autocomplete="off"
        value={pass}
        onInput={(e) => setPass(e.currentTarget.value)}
      />
      <div class={props.actionsClass}>
        <button type="submit" disabled={props.busy} aria-busy={props.busy}>
          {props.submitLabel}
        </button>
        {props.actions}
      </div>
      {props.children}
    </form>
  );
}
