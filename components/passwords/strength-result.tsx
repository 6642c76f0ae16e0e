import { t, tDynamic, type MessageKey } from '@/lib/i18n';
import type { Strength } from '@/lib/passwords/strength';
import { formatDuration } from '@/lib/ui/duration';

const SCORE_KEYS: readonly MessageKey[] = [
  'pw_score_0',
  'pw_score_1',
  'pw_score_2',
  'pw_score_3',
  'pw_score_4',
];

/** Feedback keys from zxcvbn in Lockstep's own words; an unknown key gets a general line. */
const feedback = (kind: 'warning' | 'suggestion', key: string) =>
  tDynamic(`pw_${kind}_${key}`) === `pw_${kind}_${key}` ? '' : tDynamic(`pw_${kind}_${key}`);

/** A checked password's strength: a meter and its word, how long guessing takes, what to change. */
export function StrengthResult({ strength }: { readonly strength: Strength }) {
  const warning = strength.warning ? feedback('warning', strength.warning) : '';
  const suggestions = strength.suggestions.map((s) => feedback('suggestion', s)).filter(Boolean);
  return (
    <>
      <p>
        <meter
          min={0}
          max={4}
          low={2}
          high={3}
          optimum={4}
          value={strength.score}
          aria-hidden="true"
        />{' '}
        <strong>{t(SCORE_KEYS[strength.score] ?? 'pw_score_0')}</strong>
      </p>
      <p>
        {t(
          strength.atLeast ? 'pw_offline_at_least' : 'pw_offline',
          formatDuration(strength.offlineSeconds),
        )}
      </p>
      <p>
        {t(
          strength.atLeast ? 'pw_online_at_least' : 'pw_online',
          formatDuration(strength.onlineSeconds),
        )}
      </p>
      {warning && <p class="warning">{warning}</p>}
      {suggestions.length > 0 && (
        <ul>
          {suggestions.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
    </>
  );
}
