import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { findingFromLookup } from '@/lib/device/findings';
import { splitList, type AppLookup as Lookup } from '@/lib/device/lists';
import type { DeviceKind } from '@/lib/plan/records';
import { useDeviceLists } from './device-lists-context';
import { useDeviceRecords } from './device-records';
import { LookupResult } from './lookup-result';
import { PackageHelp } from './package-help';

/** Look up app names or package names in both lists; each answer can be kept as a finding. */
export function AppLookup({ device }: { readonly device: DeviceKind }) {
  const { lists, failed } = useDeviceLists();
  const records = useDeviceRecords();
  const [text, setText] = useState('');
  const [results, setResults] = useState<readonly Lookup[] | null>(null);
  const [problem, setProblem] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!lists) return;
    const queries = splitList(text);
    setProblem(queries.length === 0);
    setResults(queries.length ? queries.map((query) => lists.lookup(query)) : null);
  };
  const isSaved = (result: Lookup) =>
    records.findings.value.some(
      (f) => f.source === 'app-lookup' && f.subject === result.query && f.device === device,
    );

  return (
    <section aria-labelledby="lookup-heading">
      <h2 id="lookup-heading">{t('lookup_title')}</h2>
      <p>{t('lookup_intro')}</p>
      <form onSubmit={submit} class="card">
        <label for="lookup-text">{t('lookup_label')}</label>
        <p id="lookup-hint" class="muted">
          {t(device === 'iphone' ? 'lookup_hint_iphone' : 'lookup_hint')}
        </p>
        <textarea
          id="lookup-text"
          rows={4}
          value={text}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="lookup-hint"
          aria-invalid={problem || undefined}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
        {problem && (
          <p class="error" role="alert">
            {t('lookup_empty')}
          </p>
        )}
        <p>
          <button type="submit" class="primary" disabled={!lists}>
            {t('lookup_submit')}
          </button>
        </p>
        {!lists && <p class="muted">{t(failed ? 'lookup_failed' : 'lookup_loading')}</p>}
        <PackageHelp />
      </form>
      <div aria-live="polite" role="status" class="lookup-status">
        {results && <p>{t('lookup_results_count', String(results.length))}</p>}
      </div>
      {results && (
        <section aria-labelledby="lookup-results-heading">
          <h2 id="lookup-results-heading">{t('lookup_results_title')}</h2>
          <ul class="lookup-results">
            {results.map((result) => (
              <LookupResult
                key={result.query}
                result={result}
                saved={isSaved(result)}
                onSave={() => records.saveFinding(findingFromLookup(result, device))}
              />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
