import { useEffect, useState } from 'preact/hooks';
import type { EvidenceFile } from '@/lib/evidence/entry';
import { usePlanStore } from '../common/store-context';

/** A thumbnail of an image file for the printout (a `blob:` URL, let go when it leaves). */
export function ReportPicture({ file }: { readonly file: EvidenceFile }) {
  const store = usePlanStore();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let made: string | null = null;
    store.evidenceFile(file).then(
      ({ bytes }) => {
        if (!live) return;
        made = URL.createObjectURL(new Blob([bytes], { type: file.type }));
        setUrl(made);
      },
      () => undefined, // a file that cannot be read prints as its name and digest only
    );
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [file.id]);
  return url ? <img src={url} alt={file.name} class="evidence-thumb" /> : null;
}
