import { t } from '@/lib/i18n';
import type { NextStep } from '@/lib/plan/progress';
import { stepText } from '@/lib/ui/step-text';

interface Props {
  readonly next: NextStep | null;
  /** Where "Go to this step" leads: the account, with that step in view. */
  readonly href: (accountId: string, stepId: string) => string;
  readonly hasAccounts: boolean;
}

/** The one next thing to do, always in view. */
export function NextStepCard({ next, href, hasAccounts }: Props) {
  if (!hasAccounts) return null;
  if (!next) {
    return (
      <section class="card next-step" aria-labelledby="next-step-heading">
        <h2 id="next-step-heading">{t('next_all_done_title')}</h2>
        <p>{t('next_all_done_body')}</p>
      </section>
    );
  }
  return (
    <section class="card next-step" aria-labelledby="next-step-heading">
      <h2 id="next-step-heading">{next.revisit ? t('next_revisit_title') : t('next_title')}</h2>
      <p class="next-step-title">{stepText(next.step).title}</p>
      <p class="muted">{t('next_for_account', next.account.name)}</p>
      <a class="button primary" href={href(next.account.id, next.step.id)}>
        {t('next_go')}
      </a>
    </section>
  );
}
