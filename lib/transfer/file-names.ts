import { t } from '../i18n';
import { exportFileName } from './export-plan';

/** The plan's file, named in the person's language ("plan-2026-12-08.json"). */
export const planFileName = (now: Date = new Date()): string =>
  exportFileName(now, t('xfer_file_word'));

/** The evidence record's file ("record-2026-12-08.sealed", or `.zip` when plain). */
export const recordFileName = (sealed: boolean, now: Date = new Date()): string =>
  exportFileName(now, t('evidence_file_word'), sealed ? 'sealed' : 'zip');
