import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { DashboardApp } from '@/components/common/dashboard-app';
import type { Route } from '@/lib/state/route';
import type { PlanStore } from '@/lib/state/plan-store';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

async function openAddForm(store: PlanStore) {
  await store.updateSetting('introSeen', true);
  await store.updateSetting('lockOfferDeclined', true);
  const route = signal<Route>({ name: 'add' });
  renderWithStore(
    store,
    <DashboardApp
      router={{ route, go: (r) => (route.value = r), stop: () => undefined }}
      version="1"
    />,
  );
  await screen.findByRole('heading', { name: 'Add an account' });
  await waitFor(() => expect(screen.getByText(/Type a few letters/)).toBeTruthy());
  return route;
}

/** Types into the directory box and clicks the result with that name, as a person does. */
function pick(query: string, name: string) {
  const box = screen.getByRole('combobox', { name: 'Find the site in the directory (optional)' });
  fireEvent.input(box, { target: { value: query } });
  const listbox = screen.getByRole('listbox', { hidden: true });
  const option = within(listbox)
    .getAllByRole('option')
    .find((o) => o.querySelector('.result-name')?.textContent === name);
  if (!option) throw new Error(`no result named ${name}`);
  fireEvent.mouseDown(option);
}

const kindShown = () => {
  const select = screen.getByLabelText('What kind of account is it?') as HTMLSelectElement;
  // The option whose value the select holds (happy-dom's selectedOptions lags behind Preact).
  return [...select.options].find((o) => o.value === select.value)?.textContent;
};

describe('add form: the kind a directory pick suggests', () => {
  it('makes Gmail the main email in a new plan, then another email "Other email"', async () => {
    const store = await freshStore();
    const route = await openAddForm(store);
    pick('Gmail', 'Gmail');
    expect(kindShown()).toBe('Main email');
    fireEvent.click(screen.getByRole('button', { name: 'Add to my plan' }));
    await waitFor(() => expect(route.value.name).toBe('plan'));
    expect(store.accounts.value.map((a) => a.kind)).toEqual(['primary-email']);

    route.value = { name: 'add' };
    await screen.findByRole('heading', { name: 'Add an account' });
    await waitFor(() => expect(screen.getByText(/Type a few letters/)).toBeTruthy());
    pick('Outlook', 'Outlook.com');
    expect(kindShown()).toBe('Other email');
  });

  it('makes Verizon a phone plan and WhatsApp a messaging app', async () => {
    await openAddForm(await freshStore());
    pick('Verizon', 'Verizon');
    expect(kindShown()).toBe('Phone plan (carrier)');
    pick('WhatsApp', 'WhatsApp');
    expect(kindShown()).toBe('Messaging app');
    pick('Chase', 'Chase');
    expect(kindShown()).toBe('Banking and payments');
  });

  it('never overwrites a kind the person chose themselves', async () => {
    await openAddForm(await freshStore());
    fireEvent.change(screen.getByLabelText('What kind of account is it?'), {
      target: { value: 'work' },
    });
    pick('Gmail', 'Gmail');
    expect((screen.getByLabelText('Account name') as HTMLInputElement).value).toBe('Gmail');
    expect(kindShown()).toBe('Work or school');
  });
});
