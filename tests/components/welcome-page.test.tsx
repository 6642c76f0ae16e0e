import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { WelcomePage } from '@/components/safety/welcome-page';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

describe('the safety introduction', () => {
  it('says the plan is saved on this device when it is', async () => {
    const storage = await openIdbStorage({ name: `welcome-${crypto.randomUUID()}` });
    renderWithStore(await freshStore(storage), <WelcomePage onContinue={() => undefined} />);
    expect(screen.getByText(/saved on this device only/)).not.toBeNull();
  });

  it('never says so in memory-only mode (a private window)', async () => {
    renderWithStore(await freshStore(), <WelcomePage onContinue={() => undefined} />);
    expect(screen.queryByText(/saved on this device/)).toBeNull();
    expect(screen.getByText(/Nothing is saved in this window/)).not.toBeNull();
  });
});
