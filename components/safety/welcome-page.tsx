import { t } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import { usePlanStore } from '../common/store-context';
import { LanguageChoice } from '../common/language-choice';
import { LockOffer } from './lock-offer';

interface Props {
  readonly onContinue: () => void;
}

/** Safety first: read once on first use, skippable, and always reachable again from Help. */
export function WelcomePage({ onContinue }: Props) {
  // In memory-only mode (a private window) nothing is saved: never promise that it is.
  const memory = usePlanStore().mode === 'memory';
  return (
    <section class="welcome" aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">{t('welcome_title')}</h1>
      <LanguageChoice id="welcome-language" />
      <p class="lead">{t('welcome_lead')}</p>
      <ul class="safety-list">
        <li>
          <strong>{t('welcome_advocate_title')}</strong> {t('welcome_advocate_body')}
        </li>
        <li>
          <strong>{t('welcome_device_title')}</strong> {t('welcome_device_body')}
        </li>
        <li>
          <strong>{t('welcome_notice_title')}</strong> {t('welcome_notice_body')}
        </li>
        <li>
          <strong>{t('welcome_leave_title')}</strong>{' '}
          {t(memory ? 'welcome_leave_body_memory' : 'welcome_leave_body')}
        </li>
        <li>
          <strong>{t('welcome_private_title')}</strong> {t('welcome_private_body')}
        </li>
        <li>
          <strong>{t('welcome_sync_title')}</strong> {t('welcome_sync_body')}
        </li>
      </ul>
      <LockOffer place="welcome" />
      <div class="form-actions">
        <button type="button" class="primary" onClick={onContinue}>
          {t('welcome_continue')}
        </button>
        <a class="button" href={routeHash({ name: 'help' })}>
          {t('welcome_get_help')}
        </a>
        <button type="button" class="link" onClick={onContinue}>
          {t('welcome_skip')}
        </button>
      </div>
    </section>
  );
}
