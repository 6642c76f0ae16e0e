import type { PageEntry } from '../common/page-registry';

/** The evidence log: linked from Safety & data (the header has no room for a tenth link). */
export const EVIDENCE_PAGES: readonly PageEntry[] = [
  {
    name: 'evidence',
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { load: () => import('./evidence-page').then((m) => m.EvidencePage) },
  },
  {
    name: 'evidence-print',
    openWhileLocked: false,
    showsPlanData: true,
    header: false,
    page: { load: () => import('./evidence-report').then((m) => m.EvidenceReport) },
  },
  {
    name: 'evidence-archive',
    openWhileLocked: false,
    showsPlanData: true,
    header: false,
    page: { load: () => import('./evidence-archive-page').then((m) => m.EvidenceArchivePage) },
  },
];
