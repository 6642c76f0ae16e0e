import { describe, expect, it } from 'vitest';
import { createPlanStore } from '@/lib/state/plan-store';
import { openIdbStorage } from '@/lib/storage/idb-storage';

const NO_LINKS = { accounts: [], devices: [], findings: [] };

async function storeOn(name: string) {
  let time = Date.UTC(2026, 10, 24, 12);
  const store = createPlanStore({
    storage: await openIdbStorage({ name, iterations: 1_000 }),
    now: () => time++,
  });
  await store.reload();
  return store;
}

describe('evidence entries when the lock goes on', () => {
  it('signs the entries written with the lock off, and they stay signed after unlocking', async () => {
    const name = `ev-sign-${crypto.randomUUID()}`;
    const store = await storeOn(name);
    await store.addEvidence({ text: 'Calls at night', links: NO_LINKS }, []);
    await store.addEvidence({ text: 'A new sign-in', links: NO_LINKS }, []);
    expect(await store.checkEvidence()).toMatchObject({ signed: 0, unsigned: 2 });

    expect(await store.setPassphrase('correct horse battery staple')).toBe(true);
    expect(await store.checkEvidence()).toMatchObject({ holds: true, signed: 2, unsigned: 0 });

    const later = await storeOn(name);
    expect(await later.unlock('correct horse battery staple')).toBe('ok');
    expect(await later.checkEvidence()).toMatchObject({ holds: true, signed: 2, unsigned: 0 });
  });

  it('leaves a log that does not hold unsigned', async () => {
    const store = await storeOn(`ev-sign-${crypto.randomUUID()}`);
    await store.addEvidence({ text: 'Calls at night', links: NO_LINKS }, []);
    // Someone changes the words behind the log's back, without rebuilding the chain.
    store.records.value = store.records.value.map((r) =>
      r.type === 'evidence' ? { ...r, value: { ...r.value, text: 'Changed' } } : r,
    );
    expect(await store.setPassphrase('correct horse battery staple')).toBe(true);
    expect(await store.checkEvidence()).toMatchObject({ holds: false, signed: 0, unsigned: 1 });
  });
});
