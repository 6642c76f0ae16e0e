import { describe, expect, it, vi } from 'vitest';
import { stepsFor } from '@/lib/plan/playbook';
import { createPlanStore } from '@/lib/state/plan-store';
import { createMemoryStorage } from '@/lib/storage/memory-storage';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import type { PlanStorage } from '@/lib/storage/plan-storage';

function setup(storage: PlanStorage = createMemoryStorage()) {
  let time = 1_000;
  let id = 0;
  const announce = vi.fn();
  const store = createPlanStore({
    storage,
    announce,
    now: () => ++time,
    newId: () => `id-${++id}`,
  });
  return { store, storage, announce };
}

describe('plan store', () => {
  it('adds accounts in the recommended place and stores them in that order', async () => {
    const { store, storage, announce } = setup();
    await store.reload();
    await store.addAccount({ name: ' Shop ', site: '', kind: 'shopping' });
    await store.addAccount({ name: 'Mail', site: ' mail.example ', kind: 'primary-email' });
    await store.addAccount({ name: 'Bank', site: '', kind: 'banking' });
    expect(store.accounts.value.map((a) => a.name)).toEqual(['Mail', 'Bank', 'Shop']);
    expect(store.accounts.value[0]?.site).toBe('mail.example');
    const stored = (await storage.load()).accounts;
    expect([...stored].sort((a, b) => a.position - b.position).map((a) => a.name)).toEqual([
      'Mail',
      'Bank',
      'Shop',
    ]);
    expect(announce).toHaveBeenCalled();
  });

  it('moves, resets the order, edits and removes', async () => {
    const { store, storage } = setup();
    await store.reload();
    const mail = await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    const bank = await store.addAccount({ name: 'Bank', site: '', kind: 'banking' });
    await store.moveAccount(bank, -1);
    expect(store.accounts.value.map((a) => a.id)).toEqual([bank, mail]);
    await store.resetOrder();
    expect(store.accounts.value.map((a) => a.id)).toEqual([mail, bank]);
    await store.updateAccount(bank, { name: 'My bank', site: 'bank.example', kind: 'banking' });
    expect(store.accountsById.value.get(bank)?.name).toBe('My bank');
    await store.setStepStatus(bank, 'new_password', 'done');
    await store.removeAccount(bank);
    const stored = await storage.load();
    expect(stored.accounts.map((a) => a.id)).toEqual([mail]);
    expect(stored.progress).toEqual([]);
  });

  it('marks steps with a date, undoes them, and keeps the next step current', async () => {
    const { store, storage } = setup();
    await store.reload();
    const mail = await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    const [first, second] = stepsFor('primary-email');
    expect(store.next.value?.step.id).toBe(first?.id);
    await store.setStepStatus(mail, first!.id, 'done');
    expect(store.next.value?.step.id).toBe(second?.id);
    expect(store.overall.value.finished).toBe(1);
    expect((await storage.load()).progress).toEqual([
      { accountId: mail, stepId: first!.id, status: 'done', at: expect.any(Number) },
    ]);
    await store.setStepStatus(mail, first!.id, 'todo');
    expect(store.next.value?.step.id).toBe(first?.id);
    expect((await storage.load()).progress).toEqual([]);
  });

  it('shows what is really stored and raises a notice when a write fails', async () => {
    const storage = createMemoryStorage();
    const { store } = setup({
      ...storage,
      putProgress: () => Promise.reject(new Error('disk full')),
    });
    await store.reload();
    const mail = await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    expect(await store.setStepStatus(mail, 'new_password', 'done')).toBe(false);
    expect(store.progress.value.size).toBe(0);
    expect(store.notices.value.has('save-failed')).toBe(true);
  });

  it('says when it runs in memory only and when damaged records were skipped', async () => {
    const memory = setup();
    expect(memory.store.notices.value.has('memory-only')).toBe(true);

    const name = `store-${crypto.randomUUID()}`;
    const idb = await openIdbStorage({ name });
    const { store } = setup({ ...idb, load: async () => ({ ...(await idb.load()), skipped: 2 }) });
    await store.reload();
    expect(store.notices.value.has('memory-only')).toBe(false);
    expect(store.notices.value.has('skipped-records')).toBe(true);
    expect(store.skipped.value).toBe(2);
    idb.close();
  });

  it('reports a failed first load instead of an empty plan', async () => {
    const { store } = setup({
      ...createMemoryStorage(),
      load: () => Promise.reject(new Error('no')),
    });
    await store.reload();
    expect(store.state.value).toBe('failed');
  });
});

describe('plan store and the lock across pages', () => {
  it('shows the lock screen, not the old plan, after another page changes the passphrase', async () => {
    const name = `store-lock-${crypto.randomUUID()}`;
    const a = setup(await openIdbStorage({ name, iterations: 1_000 }));
    const b = setup(await openIdbStorage({ name, iterations: 1_000 }));
    await a.store.reload();
    await a.store.addAccount({ name: 'Mail canary', site: '', kind: 'primary-email' });
    expect(await a.store.setPassphrase('first words here now')).toBe(true);
    await b.store.reload();
    expect(b.store.state.value).toBe('locked');
    expect(await b.store.unlock('first words here now')).toBe('ok');
    expect(b.store.accounts.value.map((x) => x.name)).toEqual(['Mail canary']);

    expect(await a.store.setPassphrase('second words here now')).toBe(true);
    await b.store.reload(); // what the "changed" message from page a does
    expect(b.store.state.value).toBe('locked');
    expect(b.store.accounts.value).toEqual([]);
    expect(b.store.notices.value.has('save-failed')).toBe(false);
    // A write attempted with the old key is refused and also lands on the lock screen.
    expect(await b.store.unlock('second words here now')).toBe('ok');
    expect(await a.store.setPassphrase('third words here now')).toBe(true);
    expect(await b.store.addAccount({ name: 'Bank', site: '', kind: 'banking' })).toBeTypeOf(
      'string',
    );
    expect(b.store.state.value).toBe('locked');
    a.storage.close();
    b.storage.close();
  });
});
