import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LockOffer } from '@/components/safety/lock-offer';
import { PasswordContextProvider } from '../fixtures/password-context';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

/** A store on IndexedDB: in memory-only mode there is nothing to lock, so no offer. */
const idbStore = async () =>
  freshStore(await openIdbStorage({ name: `offer-${crypto.randomUUID()}`, iterations: 1_000 }));

describe('the lock offer', () => {
  it('is not made a third time: "Not now" on the add page also quiets the look-first page', async () => {
    const store = await idbStore();
    const view = renderWithStore(
      store,
      <PasswordContextProvider calls={[]}>
        <LockOffer place="add" />
      </PasswordContextProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(store.settings.value.lockOfferDeclined).toBe(true));
    view.unmount();

    renderWithStore(
      store,
      <PasswordContextProvider calls={[]}>
        <LockOffer place="look" />
      </PasswordContextProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Not now' })).toBeNull();
  });

  it('is made on the look-first page to someone who never declined it', async () => {
    renderWithStore(
      await idbStore(),
      <PasswordContextProvider calls={[]}>
        <LockOffer place="look" />
      </PasswordContextProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Not now' })).toBeTruthy();
  });
});
