import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendEntry, removeEntry, signEntries, type MacKey } from '@/lib/evidence/chain';
import { checkLog } from '@/lib/evidence/check';
import { sha256Text } from '@/lib/evidence/digest';
import { GENESIS, type EvidenceDraft, type EvidenceEntry } from '@/lib/evidence/entry';

const draft = (text: string, extra: Partial<EvidenceDraft> = {}): EvidenceDraft => ({
  text,
  links: { accounts: [], devices: [], findings: [] },
  files: [],
  ...extra,
});

async function macKey(salt = 'salt-1'): Promise<MacKey> {
  const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
  return { key, salt };
}

async function buildLog(texts: readonly string[], mac: MacKey | null = null) {
  const entries: EvidenceEntry[] = [];
  for (const [i, text] of texts.entries())
    entries.push(await appendEntry(entries, draft(text), { id: `e${i}`, now: 1000 + i, mac }));
  return entries;
}

describe('evidence chain', () => {
  it('links each entry to the one before and checks as holding', async () => {
    const entries = await buildLog(['They read my texts', 'New login from a tablet']);
    expect(entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(entries[0]?.link).toBe(await sha256Text(`${GENESIS}\n${entries[0]?.body}`));
    const result = await checkLog(entries);
    expect(result).toMatchObject({ total: 2, removed: 0, problems: [], holds: true });
    expect(result.head).toBe(entries[1]?.link);
  });

  it('keeps when it happened apart from when it was written down', async () => {
    const [entry] = await buildLog([]).then(async (none) => [
      await appendEntry(none, draft('Call at night', { happenedAt: '2026-11-30T23:10' }), {
        id: 'x',
        now: 5,
        mac: null,
      }),
    ]);
    expect(entry).toMatchObject({ happenedAt: '2026-11-30T23:10', recordedAt: 5 });
  });

  it('keeps a removed entry as a dated link, and the chain still holds', async () => {
    const entries = await buildLog(['one', 'two', 'three']);
    const removed = await removeEntry(entries[1]!, { now: 9999, mac: null });
    expect(removed).toMatchObject({ text: '', files: [], removedAt: 9999, seq: 2 });
    const result = await checkLog([entries[0]!, removed, entries[2]!]);
    expect(result).toMatchObject({ holds: true, removed: 1, total: 3 });
    const moved = { ...removed, removedAt: 1 };
    expect((await checkLog([entries[0]!, moved, entries[2]!])).problems).toEqual([
      { seq: 2, kind: 'removal' },
    ]);
  });

  it('signs with the MAC key and catches a rebuilt chain', async () => {
    const mac = await macKey();
    const entries = await buildLog(['one', 'two'], mac);
    expect(await checkLog(entries, { mac })).toMatchObject({ holds: true, signed: 2 });
    // Someone without the passphrase changes the words and rebuilds the plain chain.
    const rebuilt = await buildLog(['one', 'TWO']);
    const forged = rebuilt.map((e, i) => ({ ...e, mac: entries[i]!.mac }));
    const result = await checkLog(forged, { mac });
    expect(result.holds).toBe(false);
    expect(result.problems).toContainEqual({ seq: 2, kind: 'signature' });
    // Without the key, the rebuilt chain holds: the limit the page states.
    expect((await checkLog(forged)).holds).toBe(true);
  });

  it('signs entries written with the lock off once the lock is on', async () => {
    const entries = await buildLog(['one', 'two']);
    const mac = await macKey();
    expect(await checkLog(entries, { mac })).toMatchObject({ signed: 0, unsigned: 2 });
    const signed = await signEntries(entries, mac);
    expect(await checkLog(signed, { mac })).toMatchObject({ signed: 2, unsigned: 0, holds: true });
  });

  it('finds an earlier printed head, and says when it is gone', async () => {
    const entries = await buildLog(['one', 'two', 'three']);
    const head = entries[1]!.link;
    expect((await checkLog(entries, { earlierHead: head })).earlierHeadFound).toBe(true);
    const cut = await checkLog(entries.slice(0, 1), { earlierHead: head });
    expect(cut).toMatchObject({ earlierHeadFound: false, holds: false });
  });
});

type Change = 'text' | 'date' | 'file' | 'swap' | 'drop' | 'seq';

async function tamper(entries: EvidenceEntry[], change: Change, at: number) {
  const copy = [...entries];
  const target = copy[at]!;
  if (change === 'text') copy[at] = { ...target, text: `${target.text}!` };
  if (change === 'date') copy[at] = { ...target, recordedAt: target.recordedAt + 1 };
  if (change === 'file')
    copy[at] = {
      ...target,
      files: [{ id: 'f', name: 'x.png', type: 'image/png', size: 1, sha256: GENESIS }],
    };
  if (change === 'seq') copy[at] = { ...target, seq: target.seq + 100 };
  if (change === 'drop') copy.splice(at, 1);
  if (change === 'swap') {
    const other = at === 0 ? 1 : at - 1;
    [copy[at], copy[other]] = [
      { ...copy[other]!, seq: target.seq },
      { ...target, seq: copy[other]!.seq },
    ];
  }
  return copy;
}

describe('evidence chain (property)', () => {
  it('detects any changed, reordered or removed entry', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ maxLength: 20 }), { minLength: 2, maxLength: 6 }),
        fc.constantFrom<Change>('text', 'date', 'file', 'swap', 'drop', 'seq'),
        fc.nat(),
        async (texts, change, pick) => {
          const entries = await buildLog(texts);
          // Dropping the last entry leaves a shorter chain: only the printed head shows it.
          const at = change === 'drop' ? pick % (texts.length - 1) : pick % texts.length;
          const result = await checkLog(await tamper(entries, change, at));
          expect(result.holds).toBe(false);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('a cut tail shows against the head of an earlier report', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ maxLength: 10 }), { minLength: 1, maxLength: 5 }),
        async (texts) => {
          const entries = await buildLog(texts);
          const head = entries.at(-1)!.link;
          const result = await checkLog(entries.slice(0, -1), { earlierHead: head });
          expect(result.holds).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });
});
