import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '@/components/common/dashboard-app';
import { createHashRouter, type Router } from '@/lib/state/router';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

let router: Router | undefined;
afterEach(() => {
  router?.stop();
  window.history.replaceState(null, '', '#/');
});

/** Answers one look-first question, as a person clicks its radio button. */
function answer(question: string, choice: string) {
  fireEvent.click(within(screen.getByRole('group', { name: question })).getByLabelText(choice));
}

describe('"Who can still get in"', () => {
  it('names every way in the answers give, not only the first', async () => {
    const store = await freshStore();
    await store.updateSetting('introSeen', true);
    const id = await store.addAccount({ name: 'Gmail', site: '', kind: 'primary-email' });
    window.history.replaceState(null, '', `#/look/${id}`);
    router = createHashRouter(window);
    renderWithStore(store, <DashboardApp router={router} version="1" />);
    await screen.findByRole('heading', { level: 1, name: 'Look first: Gmail' });
    answer('Does the other person know this password, or could they guess it?', 'Yes');
    answer('Could they answer its security questions?', 'No');
    answer('Do you see devices or sessions there that you don’t know?', 'Yes');
    answer('Did you share this account with them, or with a family group, on purpose?', 'Yes');
    fireEvent.click(screen.getByRole('button', { name: 'Save answers' }));

    await screen.findByRole('heading', { level: 1, name: 'Gmail' });
    const reach = screen.getByRole('region', { name: 'Who can still get in' });
    expect(within(reach).getByText('They may still get in 3 ways:')).toBeTruthy();
    expect(
      within(reach)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'they may know the password of Gmail',
      'a device you do not know is signed in to Gmail',
      'Gmail is shared with them',
    ]);
  });
});
