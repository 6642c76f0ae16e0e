import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { formatDate } from '@/lib/ui/format';
import { usePlanStore } from '../common/store-context';
import { CheckWordField } from './lock-check-word';

/**
 * After every unlock, on the plan page: what only the sealed plan can say (the check word the
 * person chose and when the plan last changed), so a plan planted in its place shows itself.
 * A lock without a check word is offered one.
 */
export function LockFacts() {
  const store = usePlanStore();
  const facts = store.sealedFacts();
  if (store.lockState.value !== 'unlocked' || !facts) return null;
  return (
    <section class="card lock-facts" aria-label={t('lock_rule_title')}>
      {facts.checkWord ? (
        <p>
          <strong>{t('lock_facts_check_word', facts.checkWord)}</strong>
        </p>
      ) : (
        <AddCheckWord />
      )}
      {facts.changedAt !== null && <p>{t('lock_facts_changed', formatDate(facts.changedAt))}</p>}
      <p class="muted">{t('lock_facts_hint')}</p>
    </section>
  );
}

/** The check word offered to a lock set before there was one (optional). */
function AddCheckWord() {
  const store = usePlanStore();
  const [open, setOpen] = useState(false);
  const [word, setWord] = useState('');

  const save = async (event: Event) => {
    event.preventDefault();
    if (!word.trim()) return;
    // Once sealed, the plan's facts carry the word and this offer gives way to it.
    if (await store.setCheckWord(word)) setOpen(false);
  };

  if (!open) {
    return (
      <>
        <p>{t('lock_facts_no_word')}</p>
        <button type="button" onClick={() => setOpen(true)}>
          {t('lock_facts_add_word')}
        </button>
      </>
    );
  }
  return (
    <form class="stack" onSubmit={(e) => void save(e)} autocomplete="off">
      <CheckWordField id="add-check-word" value={word} onInput={setWord} />
      <div class="form-actions">
        <button type="submit" class="primary">
          {t('lock_facts_save_word')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('form_cancel')}
        </button>
      </div>
    </form>
  );
}
