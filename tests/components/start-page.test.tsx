import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { signal } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '@/components/common/dashboard-app';
import { unkeptLiving } from '@/components/start/unkept';
import { valuesOf } from '@/lib/plan/records';
import type { PlanStore } from '@/lib/state/plan-store';
import type { Route } from '@/lib/state/route';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

async function open(store: PlanStore, name: Route['name']) {
  await store.updateSetting('introSeen', true);
  await store.updateSetting('lockOfferDeclined', true);
  const route = signal<Route>({ name } as Route);
  renderWithStore(
    store,
    <DashboardApp
      router={{ route, go: (r) => (route.value = r), stop: () => undefined }}
      version="1"
    />,
  );
  return route;
}

const pick = (group: string, label: string) =>
  fireEvent.click(within(screen.getByRole('group', { name: group })).getByLabelText(label));
const kept = (store: PlanStore) => valuesOf(store.records.value, 'start')[0];

afterEach(() => {
  unkeptLiving.value = undefined;
});

describe('where you are now', () => {
  it('is offered on first use, before the first account', async () => {
    const store = await freshStore();
    await open(store, 'plan');
    const offer = await screen.findByRole('link', { name: 'Answer a few questions' });
    const add = screen.getByRole('link', { name: 'Add your first account' });
    expect(offer.getAttribute('href')).toBe('#/start');
    expect(offer.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('opens help first for a person in danger, and never keeps that answer', async () => {
    const store = await freshStore();
    await open(store, 'start');
    await screen.findByRole('heading', { name: 'Where you are now' });
    expect(screen.queryByRole('heading', { name: 'Get help first' })).toBeNull();
    pick('Are you in danger right now?', 'Not sure');
    const help = await screen.findByRole('heading', { name: 'Get help first' });
    await waitFor(() => expect(document.activeElement).toBe(help));
    expect(screen.getByText('START to 88788')).toBeTruthy();
    expect(screen.getByText(/Cutting off their access can make them angry/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save and see my plan' }));
    await waitFor(() => expect(kept(store)).toBeTruthy());
    expect(JSON.stringify(store.records.value)).not.toMatch(/danger|not-sure/);
  });

  it('keeps "planning to leave" only when the person ticks to keep it', async () => {
    const store = await freshStore();
    const route = await open(store, 'start');
    await screen.findByRole('heading', { name: 'Where you are now' });
    pick('What worries you most? Pick all that fit.', 'Where I am');
    pick('Do you live with them?', 'I am planning to leave');
    expect(screen.getByLabelText('Keep this answer in my plan')).toHaveProperty('checked', false);
    fireEvent.click(screen.getByRole('button', { name: 'Save and see my plan' }));
    await waitFor(() => expect(route.value.name).toBe('plan'));
    expect(kept(store)).toMatchObject({ worries: ['location'], knows: [] });
    expect(kept(store)).not.toHaveProperty('living');
    // Held in memory for the three things: writing things down and an advocate come first.
    expect(
      await screen.findByRole('link', { name: 'Plan the changes with an advocate' }),
    ).toBeTruthy();

    route.value = { name: 'start' };
    await screen.findByRole('heading', { name: 'Where you are now' });
    fireEvent.click(screen.getByLabelText('Keep this answer in my plan'));
    fireEvent.click(screen.getByRole('button', { name: 'Save and see my plan' }));
    await waitFor(() => expect(kept(store)?.living).toBe('planning'));
  });

  it('skips, and stops offering the questions', async () => {
    const store = await freshStore();
    const route = await open(store, 'start');
    fireEvent.click(await screen.findByRole('button', { name: 'Skip for now' }));
    await waitFor(() => expect(route.value.name).toBe('plan'));
    expect(kept(store)).toMatchObject({ worries: [], knows: [] });
    await screen.findByRole('link', { name: 'Add your first account' });
    expect(screen.queryByRole('link', { name: 'Answer a few questions' })).toBeNull();
    expect(
      screen.getByRole('link', { name: 'Change your answers about where you are now' }),
    ).toBeTruthy();
  });
});

describe('three things to do first', () => {
  it('starts with location for a person who has left and fears being found', async () => {
    const store = await freshStore();
    await store.addAccount({ name: 'Gmail', site: '', kind: 'primary-email' });
    await store.addAccount({ name: 'Chase', site: '', kind: 'banking' });
    await store.addAccount({ name: 'Tile', site: '', kind: 'trackers' });
    await open(store, 'start');
    await screen.findByRole('heading', { name: 'Where you are now' });
    pick('What worries you most? Pick all that fit.', 'Where I am');
    pick('Do you live with them?', 'I have left');
    fireEvent.click(screen.getByRole('button', { name: 'Save and see my plan' }));
    const card = (await screen.findByRole('heading', { name: 'Three things to do first' }))
      .parentElement as HTMLElement;
    const items = within(card).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
      'Tile',
      'Gmail',
      'Chase',
    ]);
    expect(items[0]?.textContent).toContain('You said you worry about being found.');
    expect(items[1]?.textContent).toContain('It comes next in what can reset what.');
    // The plan's own list follows the answers too, so its next step agrees with the card.
    expect(store.accounts.value.map((a) => a.name)).toEqual(['Tile', 'Gmail', 'Chase']);

    // Discreet mode: the same three things, without the lines that repeat the answers.
    await store.updateSetting('discreet', true);
    await waitFor(() => expect(card.textContent).not.toContain('worry about being found'));
    expect(
      within(card)
        .getAllByRole('link')
        .map((a) => a.textContent)
        .slice(0, 3),
    ).toEqual(['Tile', 'Gmail', 'Chase']);
  });

  it('leads to the impersonation journey when they post or act as the person', async () => {
    const store = await freshStore();
    await store.addAccount({ name: 'Gmail', site: '', kind: 'primary-email' });
    await open(store, 'start');
    await screen.findByRole('heading', { name: 'Where you are now' });
    pick('What worries you most? Pick all that fit.', 'They post or act as me');
    fireEvent.click(screen.getByRole('button', { name: 'Save and see my plan' }));
    const card = (await screen.findByRole('heading', { name: 'Three things to do first' }))
      .parentElement as HTMLElement;
    const link = within(card).getByRole('link', {
      name: 'Someone posts as me, or shares pictures of me',
    });
    expect(link.getAttribute('href')).toBe('#/impersonation');
    expect(card.textContent).toContain('You said they post or act as you.');
  });

  it('puts the phone or computer first when they may know its passcode', async () => {
    const store = await freshStore();
    await store.addAccount({ name: 'Gmail', site: '', kind: 'primary-email' });
    await open(store, 'start');
    await screen.findByRole('heading', { name: 'Where you are now' });
    pick('How do they seem to know things? Pick all that fit.', "They know my phone's passcode");
    pick('Do you live with them?', 'We live together');
    fireEvent.click(screen.getByRole('button', { name: 'Save and see my plan' }));
    const card = (await screen.findByRole('heading', { name: 'Three things to do first' }))
      .parentElement as HTMLElement;
    const links = within(card)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links.slice(0, 3)).toEqual([
      'Check this phone or computer',
      'Write down what happened',
      'Plan the changes with an advocate',
    ]);
    // Writing it down leads to the evidence log.
    expect(
      within(card).getByRole('link', { name: 'Write down what happened' }).getAttribute('href'),
    ).toBe('#/evidence');
    expect(within(card).getByText(/An advocate can help you plan that moment/)).toBeTruthy();
  });
});

describe('honest about escalation', () => {
  it('says it before a change that removes their access, until the first is done', async () => {
    const { AccountPage } = await import('@/components/plan/account-page');
    const { stepsFor } = await import('@/lib/plan/playbook');
    const store = await freshStore();
    const id = await store.addAccount({ name: 'Gmail', site: 'gmail.com', kind: 'primary-email' });
    const other = await store.addAccount({ name: 'Bank', site: '', kind: 'banking' });
    renderWithStore(store, <AccountPage id={id} />);
    const index = stepsFor('primary-email').findIndex((s) => s.id === 'new_password');
    const item = () => within(screen.getAllByRole('listitem')[index]!);
    // A later step is one row: the person opens it, and the warning is the first thing in it.
    fireEvent.click(item().getByRole('button', { name: 'Open this step' }));
    const note = () => item().getByRole('note');
    expect(note().textContent).toContain('Cutting off their access can make them angry');
    const bankStep = stepsFor('banking').find((s) => s.effects.includes('removes-access'))!;
    await store.setStepStatus(other, bankStep.id, 'done');
    await waitFor(() => expect(note().textContent).not.toContain('Cutting off their access'));
  });
});
