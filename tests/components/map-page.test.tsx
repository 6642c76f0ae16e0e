import { screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '@/components/common/dashboard-app';
import { buildReachGraph } from '@/lib/assessment/reach';
import { hopText } from '@/lib/assessment/reach-text';
import { t } from '@/lib/i18n';
import { valuesOf } from '@/lib/plan/records';
import { createHashRouter, type Router } from '@/lib/state/router';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';
import { makeDevice, makeLine, makeLook } from '../fixtures/plan-records';

let router: Router | undefined;
afterEach(() => {
  router?.stop();
  window.history.replaceState(null, '', '#/');
});

const look = makeLook;

async function planWithChain() {
  const store = await freshStore();
  await store.updateSetting('introSeen', true);
  const gmail = await store.addAccount({ name: 'Gmail', site: '', kind: 'primary-email' });
  const bank = await store.addAccount({ name: 'Chase', site: '', kind: 'banking' });
  const shop = await store.addAccount({ name: 'Shop', site: '', kind: 'shopping' });
  const now = Date.now();
  await store.saveRecord('phone-line', makeLine({ createdAt: now, updatedAt: now }));
  const phone = makeDevice({
    passcodeKnown: 'yes',
    lineId: 'cell',
    createdAt: now,
    updatedAt: now,
  });
  await store.saveRecord('device', phone);
  await store.saveRecord('assessment', look(gmail, { recoveryLineId: 'cell' }));
  await store.saveRecord('assessment', look(bank, { recoveryEmailId: gmail }));
  // Shop's answers are missing: "not known yet".
  return { store, ids: { gmail, bank, shop } };
}

describe('the map page', () => {
  it('lists exactly the graph’s links, and draws each node as a link', async () => {
    const { store, ids } = await planWithChain();
    window.history.replaceState(null, '', '#/map');
    router = createHashRouter(window);
    renderWithStore(store, <DashboardApp router={router} version="1" />);
    await screen.findByRole('heading', { level: 1, name: 'Map of who can get in' });

    const records = store.records.value;
    const graph = buildReachGraph(
      store.accounts.value,
      valuesOf(records, 'assessment'),
      valuesOf(records, 'phone-line'),
      valuesOf(records, 'device'),
    );
    const names = {
      account: (id: string) => store.accountsById.value.get(id)?.name ?? '',
      line: () => 'My cell',
      device: () => 'My iPhone',
    };
    const list = screen.getByRole('list', { name: 'The map as a list' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items.sort()).toEqual(graph.edges.map((e) => hopText(e, names, t)).sort());
    expect(items).toContain('they may know the passcode of your device “My iPhone”');
    expect(items).toContain('Gmail is the recovery email of Chase');
    expect(items).toHaveLength(4);

    const map = await screen.findByRole('group', { name: /Map of who can get in/ });
    const nodes = within(map).getAllByRole('link');
    expect(nodes.map((a) => a.textContent).sort()).toEqual(
      [
        'Chase',
        'Device: My iPhone',
        'Gmail',
        'Phone line: My cell',
        'Shop',
        'The other person',
      ].sort(),
    );
    const chase = within(map).getByRole('link', { name: 'Chase' });
    expect(chase.getAttribute('href')).toBe(`#/account/${ids.bank}`);
    expect(within(map).getAllByText('their way in')).toHaveLength(1);
    expect(within(map).getAllByText('not known yet')).toHaveLength(1);

    const unknown = screen.getByRole('list', { name: 'Not known yet' });
    expect(within(unknown).getByRole('link').getAttribute('href')).toBe(`#/look/${ids.shop}`);
  });

  it('follows the discreet shell words in discreet mode', async () => {
    const { store } = await planWithChain();
    await store.updateSetting('discreet', true);
    window.history.replaceState(null, '', '#/map');
    router = createHashRouter(window);
    renderWithStore(store, <DashboardApp router={router} version="1" />);
    await screen.findByRole('heading', { level: 1, name: 'Map' });
    expect(await screen.findByText('way in')).toBeTruthy();
    expect(screen.queryByText('their way in')).toBeNull();
  });

  it('says "may be closed — confirm" in the same words on the map and on the account page', async () => {
    const { store, ids } = await planWithChain();
    await store.setStepStatus(ids.bank, 'recovery_info', 'done');
    const closing = 'Gmail is the recovery email of Chase — may be closed — confirm';
    window.history.replaceState(null, '', '#/map');
    router = createHashRouter(window);
    renderWithStore(store, <DashboardApp router={router} version="1" />);
    await screen.findByRole('heading', { level: 1, name: 'Map of who can get in' });
    const list = screen.getByRole('list', { name: 'The map as a list' });
    const onMap = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.includes('may be closed'));
    expect(onMap.map((li) => li.textContent)).toEqual([closing]);

    window.location.hash = `#/account/${ids.bank}`;
    await screen.findByRole('heading', { level: 1, name: 'Chase' });
    const reach = screen.getByRole('region', { name: 'Who can still get in' });
    const [onPage, ...more] = within(reach)
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.includes('may be closed'));
    expect(more).toHaveLength(0);
    expect(onPage?.textContent).toBe(closing);
    const confirm = within(onPage!).getByRole('link', { name: 'may be closed — confirm' });
    expect(confirm.getAttribute('href')).toBe(`#/look/${ids.bank}`);
  });
});
