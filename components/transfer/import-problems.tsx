import { t } from '@/lib/i18n';
import { problemText } from '@/lib/transfer/problem-text';
import type { Problem } from '@/lib/transfer/problems';

/** Why a file cannot be brought in, each problem in words, and what to do next. */
export function ImportProblems({ problems }: { readonly problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" class="error">
      <p>{t('xfer_problems_title')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{problemText(p, t)}</li>
        ))}
      </ul>
      <p>{t('xfer_problems_next')}</p>
    </div>
  );
}
