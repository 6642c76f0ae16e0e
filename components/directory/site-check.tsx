import { useState } from 'preact/hooks';
import type { Lookup } from '@/lib/directory/directory';
import { t } from '@/lib/i18n';
import { useDirectory } from './directory-context';
import { SiteStatus } from './site-status';

/** "Check a site": what protection any address offers, without adding it to the plan. */
export function SiteCheck() {
  const directory = useDirectory();
  const [address, setAddress] = useState('');
  const [result, setResult] = useState<Lookup | null>(null);
  return (
    <section class="card" aria-labelledby="check-heading">
      <h2 id="check-heading">{t('dir_check_title')}</h2>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (directory) setResult(directory.lookup(address));
        }}
      >
        <label for="check-address">{t('dir_check_label')}</label>
        <input
          id="check-address"
          type="text"
          inputMode="url"
          autoComplete="off"
          value={address}
          onInput={(e) => setAddress(e.currentTarget.value)}
        />
        <div class="form-actions">
          <button type="submit" disabled={!directory}>
            {t('dir_check_submit')}
          </button>
        </div>
      </form>
      {result && directory && <SiteStatus key={address} result={result} asOf={directory.asOf} />}
    </section>
  );
}
