import { describe, expect, it } from 'vitest';
import { appendEntry, removeEntry } from '@/lib/evidence/chain';
import { readRecord } from '@/lib/plan/read-records';
import { toRecord } from '@/lib/plan/records';

const file = { id: 'f1', name: 'chat.png', type: 'image/png', size: 12, sha256: 'a'.repeat(64) };

async function entry() {
  const draft = {
    text: 'Texts at 2am',
    happenedAt: '2026-11-30T02:00',
    links: { accounts: ['acc-1'], devices: ['android'], findings: [] },
    files: [file],
  };
  return appendEntry([], draft, { id: 'e1', now: 1_700_000_000_000, mac: null });
}

describe('evidence entries in the plan records', () => {
  it('are read back exactly as stored (the digests cover every value)', async () => {
    const record = toRecord('evidence', await entry());
    expect(record).toMatchObject({ type: 'evidence', id: 'e1' });
    expect(record).not.toHaveProperty('accountId');
    expect(readRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it('keep a removed entry readable', async () => {
    const removed = await removeEntry(await entry(), { now: 5, mac: null });
    const record = toRecord('evidence', removed);
    expect(readRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it('refuse damaged ones', async () => {
    const good = toRecord('evidence', await entry());
    const broken = [
      { ...good.value, link: 'not-hex' },
      { ...good.value, seq: 0 },
      { ...good.value, happenedAt: 'yesterday' },
      { ...good.value, files: [{ ...file, size: 26 * 1024 * 1024 }] },
      { ...good.value, links: { accounts: [1], devices: [], findings: [] } },
    ];
    for (const value of broken) expect(readRecord({ ...good, value })).toBeNull();
  });
});
