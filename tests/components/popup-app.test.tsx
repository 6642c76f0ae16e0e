import { fireEvent, screen } from '@testing-library/preact';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { PopupApp } from '@/components/common/popup-app';
import { stepsFor } from '@/lib/plan/playbook';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import { makeAccount } from '../fixtures/accounts';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

describe('<PopupApp>', () => {
  it('invites the person to start when there is no plan, when they chose to see it here', async () => {
    const onOpen = vi.fn();
    const store = await freshStore();
    await store.updateSetting('popupNextStep', 'show');
    renderWithStore(store, <PopupApp onOpen={onOpen} />);
    expect(screen.getByText(/No plan yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open Lockstep' }));
    expect(onOpen).toHaveBeenCalledWith(undefined);
  });

  it('shows overall progress and the next step, and opens at that account', async () => {
    const store = await freshStore();
    const id = await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    await store.setStepStatus(id, stepsFor('primary-email')[0]!.id, 'done');
    await store.updateSetting('popupNextStep', 'show');
    const onOpen = vi.fn();
    renderWithStore(store, <PopupApp onOpen={onOpen} />);
    expect(
      screen.getByText(new RegExp(`^1 of ${stepsFor('primary-email').length} steps finished`)),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your next step' })).toBeTruthy();
    expect(screen.getByText('For: Mail')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open Lockstep' }));
    expect(onOpen).toHaveBeenCalledWith(id);
  });

  it('with the lock off it says nothing of the plan: only the site check, Open and Quick exit', async () => {
    const store = await freshStore();
    const id = await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    await store.setStepStatus(id, stepsFor('primary-email')[0]!.id, 'done');
    const onOpen = vi.fn();
    renderWithStore(store, <PopupApp onOpen={onOpen} site={<p>Site check here</p>} />);
    expect(screen.getByText('Site check here')).toBeTruthy();
    expect(screen.queryByText(/Mail/)).toBeNull();
    expect(screen.queryByText(/steps finished/)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Your next step' })).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Open Lockstep',
      expect.stringContaining('Quick exit'),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Open Lockstep' }));
    expect(onOpen).toHaveBeenCalledWith(undefined);
  });

  it('hides the plan when the person turned it off', async () => {
    const store = await freshStore();
    await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    await store.updateSetting('popupNextStep', 'hide');
    renderWithStore(store, <PopupApp onOpen={() => undefined} />);
    expect(screen.queryByText(/Mail/)).toBeNull();
    expect(screen.queryByText(/No plan yet/)).toBeNull();
  });
});

describe('<PopupApp> after a change made outside Lockstep', () => {
  it('says so in one plain line with Open, and shows nothing of the plan', async () => {
    const name = `popup-tamper-${crypto.randomUUID()}`;
    const first = await openIdbStorage({ name, iterations: 1_000 });
    await first.putAccounts([makeAccount({ id: 'm', name: 'My email', site: 'mail.example' })]);
    await first.setPassphrase('lantern meadow copper');
    first.close();
    const db = await openDB(name);
    await db.put('accounts', makeAccount({ id: 'x', name: 'Gmail', site: 'evil.example' }));
    db.close();
    const store = await freshStore(await openIdbStorage({ name, iterations: 1_000 }));
    expect(await store.unlock('lantern meadow copper')).toBe('ok');
    await store.updateSetting('popupNextStep', 'show');

    const onOpen = vi.fn();
    renderWithStore(store, <PopupApp onOpen={onOpen} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Something here was changed from outside. Open to see what was found.',
    );
    expect(screen.queryByText(/email|Gmail/)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Your next step' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open Lockstep' }));
    expect(onOpen).toHaveBeenCalledWith(undefined);
  });
});
