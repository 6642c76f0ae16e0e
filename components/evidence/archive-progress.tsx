import { t } from '@/lib/i18n';

/** How far the archive is: a native bar (role progressbar) whose value screen readers hear in %. */
export function ArchiveProgress({
  done,
  total,
}: {
  readonly done: number;
  readonly total: number;
}) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <progress
      max={100}
      value={percent}
      aria-label={t('evidence_archive_progress')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    />
  );
}

/** While it runs, the bar; after, what happened (an alert when it failed). */
export function ArchiveOutcome({
  progress,
  message,
}: {
  readonly progress: readonly [number, number] | null;
  readonly message: { readonly text: string; readonly error: boolean } | null;
}) {
  return (
    <>
      {progress && <ArchiveProgress done={progress[0]} total={progress[1]} />}
      {message && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </>
  );
}
