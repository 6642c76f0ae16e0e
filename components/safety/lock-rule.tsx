import { t } from '@/lib/i18n';

/** The one rule a lock needs, taught when the lock is set: a lock that never asks was removed. */
export function LockRule() {
  return (
    <section class="card" aria-labelledby="lock-rule-heading">
      <h3 id="lock-rule-heading">{t('lock_rule_title')}</h3>
      <p>{t('lock_rule_body')}</p>
    </section>
  );
}
