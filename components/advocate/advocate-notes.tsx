import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { valuesOf } from '@/lib/plan/records';
import { usePlanStore } from '../common/store-context';

interface Props {
  readonly accountId: string;
}

const newId = () => crypto.randomUUID();

/**
 * The advocate's own notes on one account, shown only in a session. They are kept apart from
 * the survivor's notes: never on the printed take-away, and in the hand-over only when chosen.
 */
export function AdvocateNotes({ accountId }: Props) {
  const store = usePlanStore();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState(false);
  const notes = valuesOf(store.records.value, 'note')
    .filter((n) => n.author === 'advocate' && n.accountId === accountId)
    .sort((a, b) => a.at - b.at);
  const field = `advocate-note-${accountId}`;

  const save = async () => {
    const words = text.trim();
    if (!words) return;
    const ok = await store.saveRecord('note', {
      id: newId(),
      author: 'advocate',
      accountId,
      text: words,
      at: Date.now(),
    });
    setProblem(!ok);
    if (ok) setText('');
  };

  return (
    <section class="advocate-notes" aria-labelledby={`${field}-title`}>
      <h2 id={`${field}-title`}>{t('advocate_notes_title')}</h2>
      <p class="hint">{t('advocate_notes_hint')}</p>
      {notes.length > 0 && (
        <ul>
          {notes.map((note) => (
            <li key={note.id}>
              <p>{note.text}</p>
              <button
                type="button"
                class="link"
                onClick={() => void store.removeRecord('note', note.id)}
              >
                {t('advocate_notes_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label for={field}>{t('advocate_notes_label')}</label>
        <textarea
          id={field}
          rows={3}
          autocomplete="off"
          spellcheck={false}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <p>
          <button type="submit">{t('advocate_notes_save')}</button>
        </p>
      </form>
      {problem && <p role="alert">{t('advocate_notes_problem')}</p>}
    </section>
  );
}
