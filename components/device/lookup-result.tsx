import { t, type MessageKey } from '@/lib/i18n';
import type { AppLookup } from '@/lib/device/lists';
import { ListedApp } from './listed-app';
import '../styles/weight.css';

interface Props {
  readonly result: AppLookup;
  readonly saved: boolean;
  readonly onSave: () => void;
}

type Weight = 'high' | 'medium' | 'unknown';
const VERDICTS: Record<string, readonly [MessageKey, MessageKey, Weight]> = {
  stalkerware: ['lookup_verdict_stalkerware', 'lookup_verdict_stalkerware_body', 'high'],
  'dual-use': ['lookup_verdict_dual', 'lookup_verdict_dual_body', 'medium'],
  'not-listed': ['lookup_verdict_none', 'lookup_verdict_none_body', 'unknown'],
};
/** The icon beside each weight (the words say it too; the icon is for the eye only). */
const ICONS: Record<Weight, string> = { high: '!', medium: '!', unknown: '?' };

function Verdict({ weight, title, body }: { weight: Weight; title: string; body: string }) {
  return (
    <p class={`verdict weight weight-${weight}`}>
      <span class="weight-icon" aria-hidden="true">
        {ICONS[weight]}
      </span>
      <span>
        <strong>{title}.</strong> {body}
      </span>
    </p>
  );
}

/** What the lists say of one looked-up app: every match, never "safe". */
export function LookupResult({ result, saved, onSave }: Props) {
  const verdict = result.verdict ? VERDICTS[result.verdict] : undefined;
  const headingId = `lookup-${encodeURIComponent(result.query)}`;
  return (
    <li class="card lookup-result" aria-labelledby={headingId}>
      <h3 id={headingId}>{result.query}</h3>
      {verdict ? (
        <Verdict weight={verdict[2]} title={t(verdict[0])} body={t(verdict[1])} />
      ) : (
        <Verdict
          weight="medium"
          title={t('lookup_verdict_many', String(result.apps.length))}
          body={t('lookup_verdict_many_body')}
        />
      )}
      {result.by === 'name' && result.apps.length === 1 && (
        <p class="muted">{t('lookup_by_name_note')}</p>
      )}
      {result.apps.length > 0 && (
        <ul class="listed-apps">
          {result.apps.map((app) => (
            <ListedApp key={app.key} app={app} matchedIds={result.matchedIds} />
          ))}
        </ul>
      )}
      {result.apps.length === 0 && result.similar.length > 0 && (
        <details>
          <summary>
            {t('lookup_similar')} ({result.similar.length})
          </summary>
          <p class="muted">{t('lookup_similar_note')}</p>
          <ul class="listed-apps">
            {result.similar.map((app) => (
              <ListedApp key={app.key} app={app} />
            ))}
          </ul>
        </details>
      )}
      {saved ? (
        <p role="status">{t('lookup_saved')}</p>
      ) : (
        <button type="button" onClick={onSave} aria-label={t('lookup_save_label', result.query)}>
          {t('lookup_save')}
        </button>
      )}
    </li>
  );
}
