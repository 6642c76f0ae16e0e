import { useEffect, useState } from 'preact/hooks';
import type { EvidenceFile } from '@/lib/evidence/entry';
import { t } from '@/lib/i18n';
import { usePlanStore } from '../common/store-context';
import { StripCopy } from './strip-copy';

/** One file of an entry: its name, size and SHA-256; an image shows only when asked. */
export function EvidenceFileRow({ file }: { readonly file: EvidenceFile }) {
  const store = usePlanStore();
  const [url, setUrl] = useState<string | null>(null);
  const isImage = file.type.startsWith('image/');
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  async function show() {
    const { bytes } = await store.evidenceFile(file);
    setUrl(URL.createObjectURL(new Blob([bytes], { type: file.type })));
  }

  return (
    <li>
      <span class="file-name">{file.name}</span> ({Math.ceil(file.size / 1024)} KB)
      <br />
      <code class="digest">{t('evidence_file_digest', file.sha256)}</code>
      {isImage && (
        <div>
          <button
            type="button"
            class="secondary"
            aria-expanded={url !== null}
            onClick={() => (url ? setUrl(null) : void show())}
          >
            {url ? t('evidence_hide', file.name) : t('evidence_show', file.name)}
          </button>
          {url && <img src={url} alt={file.name} class="evidence-thumb" />}
        </div>
      )}
      <StripCopy file={file} />
    </li>
  );
}
