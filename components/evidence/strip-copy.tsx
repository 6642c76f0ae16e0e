import { useState } from 'preact/hooks';
import { NO_LINKS } from '@/lib/evidence/about';
import type { EvidenceFile } from '@/lib/evidence/entry';
import { isJpeg, strippedName, stripJpegDetails } from '@/lib/evidence/jpeg-strip';
import { t, type MessageKey } from '@/lib/i18n';
import { usePlanStore } from '../common/store-context';

/**
 * "Keep a copy without the photo's hidden details": for a JPEG, a copy with its EXIF, XMP and
 * IPTC segments left out (lib/evidence/jpeg-strip.ts) is added as a new entry whose words name
 * the original and its SHA-256. The original and its digest never change.
 */
export function StripCopy({ file }: { readonly file: EvidenceFile }) {
  const store = usePlanStore();
  const [said, setSaid] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  if (file.type !== 'image/jpeg') return null;

  async function keepCopy() {
    setBusy(true);
    try {
      const { bytes } = await store.evidenceFile(file);
      const copy = isJpeg(bytes) ? stripJpegDetails(bytes) : null;
      if (!copy) return setSaid('evidence_strip_copy_bad');
      if (copy.removed === 0) return setSaid('evidence_strip_copy_none');
      const name = strippedName(file.name, t('evidence_strip_copy_suffix'));
      const text = t('evidence_strip_copy_text', [file.name, file.sha256]);
      await store.addEvidence({ text, links: NO_LINKS }, [
        { name, type: file.type, bytes: copy.bytes },
      ]);
      setSaid('evidence_strip_copy_done');
    } catch {
      setSaid('evidence_strip_copy_bad'); // a file that no longer reads whole: nothing changed
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <button
        type="button"
        class="secondary"
        disabled={busy}
        aria-label={t('evidence_strip_copy_label', file.name)}
        onClick={() => void keepCopy()}
      >
        {t('evidence_strip_copy')}
      </button>
      <p role="status">{said ? t(said) : ''}</p>
    </div>
  );
}
