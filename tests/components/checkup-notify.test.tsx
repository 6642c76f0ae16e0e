import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckUpPage } from '@/components/checkups/checkup-page';
import { turnOff, turnOn } from '@/lib/browser/permissions';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

// The one module that asks for and gives back check-ups' permissions, faked: the page's part is
// to ask on the click that turns a feature on, and to give back when it is turned off.
vi.mock('@/lib/browser/permissions', () => ({
  turnOn: vi.fn(() => Promise.resolve(true)),
  turnOff: vi.fn(() => Promise.resolve()),
}));
const asked = vi.mocked(turnOn);
const givenBack = vi.mocked(turnOff);

const NOTIFY = 'Also show a system notification when a check-up is due';

describe('<CheckUpPage> reminders', () => {
  beforeEach(() => {
    asked.mockClear();
    givenBack.mockClear();
  });

  it('asks for notifications only when turned on, with neutral text, and gives them back', async () => {
    const store = await freshStore();
    renderWithStore(store, <CheckUpPage />);
    expect(screen.queryByLabelText(NOTIFY)).toBeNull(); // no rhythm, no reminder to show
    fireEvent.change(screen.getByLabelText('How often:'), { target: { value: 'month' } });
    await waitFor(() => expect(store.settings.value.checkUpRhythm).toBe('month'));
    expect(asked).toHaveBeenCalledWith('checkup-reminders');

    const box = await screen.findByLabelText(NOTIFY);
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(asked).not.toHaveBeenCalledWith('checkup-notifications');
    expect(screen.getByText(/may still show its own name and icon/)).toBeTruthy();
    fireEvent.click(box);
    await waitFor(() => expect(store.settings.value.checkUpNotify).toBe(true));
    expect(asked).toHaveBeenCalledWith('checkup-notifications');

    const text = screen.getByLabelText('Notification text:');
    expect(text.getAttribute('placeholder')).toBe('A reminder');
    fireEvent.change(text, { target: { value: '  Water the plants  ' } });
    await waitFor(() => expect(store.settings.value.checkUpNotifyText).toBe('Water the plants'));

    fireEvent.click(screen.getByLabelText(NOTIFY));
    await waitFor(() => expect(store.settings.value.checkUpNotify).toBe(false));
    expect(givenBack).toHaveBeenLastCalledWith('checkup-notifications', ['checkup-reminders']);
  });

  it('says so when the browser refuses, and keeps notifications off', async () => {
    const store = await freshStore();
    await store.updateSetting('checkUpRhythm', 'two-weeks');
    asked.mockResolvedValueOnce(false);
    renderWithStore(store, <CheckUpPage />);
    fireEvent.click(screen.getByLabelText(NOTIFY));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'The browser did not allow notifications, so none will show. The dot still works.',
    );
    expect(store.settings.value.checkUpNotify).toBe(false);
  });

  it('gives back alarms and notifications when the rhythm is turned off', async () => {
    const store = await freshStore();
    await store.updateSetting('checkUpRhythm', 'month');
    await store.updateSetting('checkUpNotify', true);
    renderWithStore(store, <CheckUpPage />);
    fireEvent.change(screen.getByLabelText('How often:'), { target: { value: 'off' } });
    await waitFor(() => expect(givenBack).toHaveBeenCalledWith('checkup-notifications', []));
    expect(givenBack).toHaveBeenCalledWith('checkup-reminders', []);
    expect(asked).not.toHaveBeenCalled();
    expect(store.settings.value.checkUpNotify).toBe(false);
    expect(store.settings.value.checkUpDueAt).toBeNull();
    expect(screen.queryByLabelText(NOTIFY)).toBeNull();
  });
});
