import { describe, expect, it, vi } from 'vitest';
import type { MessageKey } from '@/lib/i18n';
import { readPlanFile } from '@/lib/transfer/import-plan';
import { problemText } from '@/lib/transfer/problem-text';
import { resolveEnglish } from '../fixtures/fake-i18n';

// The reader as the previous build shipped it: format 2, before the kinds of issue 32.
vi.mock('@/lib/transfer/format', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/transfer/format')>();
  return { ...real, FORMAT_VERSION: 2, READABLE_VERSIONS: [1, 2] as const };
});

const t = resolveEnglish as (key: MessageKey, substitutions?: string | string[]) => string;

/** What this build writes for a plan with a home internet account (see transfer-file.test.ts). */
const FILE = JSON.stringify({
  format: 'lockstep-plan',
  version: 3,
  exportedAt: 5,
  plan: {
    accounts: [
      {
        id: 'n',
        name: 'Internet',
        site: 'xfinity.com',
        kind: 'home-internet',
        position: 0,
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    progress: [{ accountId: 'n', stepId: 'net_router_admin', status: 'done', at: 2 }],
    records: [],
  },
});

describe('a file with a new kind, read by the previous build', () => {
  it('is refused as newer, in plain words, before any account is read', async () => {
    const result = await readPlanFile(FILE, FILE.length);
    expect(result).toEqual({ ok: false, problems: [{ code: 'newer-version', version: 3 }] });
    if (result.ok) return;
    expect(result.problems.map((p) => problemText(p, t))).toEqual([
      'This file was made by a newer Lockstep (file format 3). Update Lockstep, then try again.',
    ]);
  });
});
