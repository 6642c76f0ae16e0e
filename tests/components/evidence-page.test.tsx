import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { EvidencePage } from '@/components/evidence/evidence-page';
import { EvidenceReport } from '@/components/evidence/evidence-report';
import { sha256Bytes } from '@/lib/evidence/digest';
import type { Finding } from '@/lib/plan/finding-types';
import { valuesOf } from '@/lib/plan/records';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import { createMemoryStorage } from '@/lib/storage/memory-storage';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

const open = (name: string) => openIdbStorage({ name, iterations: 1_000 });
const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('the record of what happened', () => {
  it('adds a note with a file, shows its SHA-256, checks the chain, and removes it as a dated link', async () => {
    const store = await freshStore(await open(`ev-page-${crypto.randomUUID()}`));
    await store.addAccount({ name: 'Gmail', site: 'gmail.com', kind: 'primary-email' });
    renderWithStore(store, <EvidencePage />);
    expect(screen.getByText(/Never keep or copy images of anyone under 18/)).toBeTruthy();
    expect(screen.getByText(/Up to 25 MB per file/)).toBeTruthy();
    type('What happened, in your own words', 'A new sign-in from a tablet I do not own');
    type('When it happened (if you know)', '2026-11-30');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Gmail' }));
    const bytes = new TextEncoder().encode('screenshot bytes');
    const file = new File([bytes], 'sign-in.png', { type: 'image/png' });
    fireEvent.change(screen.getByLabelText(/Files/), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to the record' }));
    await screen.findByText('Added to your record.');
    expect(screen.getByText('A new sign-in from a tablet I do not own')).toBeTruthy();
    expect(screen.getByText('Happened: Nov 30, 2026')).toBeTruthy();
    expect(screen.getByText(`SHA-256: ${await sha256Bytes(bytes)}`)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Check this record' }));
    await screen.findByText(/Every entry checks out: 1 entries, 0 removed/);
    expect(screen.getByText(/It may help; ask an advocate or a lawyer/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Remove entry 1' }));
    await screen.findByText(/Entry 1 was removed on/);
    expect(screen.queryByText('A new sign-in from a tablet I do not own')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check this record' }));
    await waitFor(() => expect(screen.getByText(/1 entries, 1 removed/)).toBeTruthy());
  });

  it('shows what each entry is linked to, with the neutral words in discreet mode', async () => {
    const store = await freshStore(await open(`ev-page-${crypto.randomUUID()}`));
    await store.addAccount({ name: 'Gmail', site: 'gmail.com', kind: 'primary-email' });
    const gmail = store.accounts.value[0]!.id;
    const finding = { id: 'f1', source: 'app-lookup', device: 'android', subject: 'com.mspy.lite' };
    await store.saveRecord('finding', { ...finding, matches: [], note: '', at: 1 } as Finding);
    const links = { accounts: [gmail, 'gone'], devices: ['android'], findings: ['f1'] };
    await store.addEvidence({ text: 'The app on my phone', links }, []);
    const view = renderWithStore(store, <EvidencePage />);
    const shown = screen.getByRole('list', { name: 'What this entry is linked to in your plan' });
    expect(shown.textContent).toContain('Linked to what you found: com.mspy.lite');
    expect(shown.textContent).toContain('Device: Android phone or tablet');
    expect(shown.textContent).toContain('Accounts: Gmail, (no longer in your plan)');

    view.unmount();
    await store.updateSetting('discreet', true);
    renderWithStore(store, <EvidencePage />);
    expect(screen.getByText('Linked to a saved item: com.mspy.lite')).toBeTruthy();
    expect(screen.queryByText(/what you found/)).toBeNull();
  });

  it('refuses an empty note and keeps what was typed elsewhere', async () => {
    const store = await freshStore(await open(`ev-page-${crypto.randomUUID()}`));
    renderWithStore(store, <EvidencePage />);
    type('When it happened (if you know)', '2026-11-30');
    fireEvent.click(screen.getByRole('button', { name: 'Add to the record' }));
    await screen.findByText('Write what happened first.');
    expect(
      (screen.getByLabelText('When it happened (if you know)') as HTMLInputElement).value,
    ).toBe('2026-11-30');
  });

  it('refuses files that would pass the browser’s quota before keeping anything', async () => {
    const store = await freshStore(await open(`ev-page-${crypto.randomUUID()}`));
    const full = { estimate: async () => ({ usage: 99 * 1024 * 1024, quota: 100 * 1024 * 1024 }) };
    Object.defineProperty(navigator, 'storage', { value: full, configurable: true });
    try {
      renderWithStore(store, <EvidencePage />);
      type('What happened, in your own words', 'The video they sent');
      const file = new File([new Uint8Array(2 * 1024 * 1024)], 'video.mp4', { type: 'video/mp4' });
      fireEvent.change(screen.getByLabelText(/Files/), { target: { files: [file] } });
      fireEvent.click(screen.getByRole('button', { name: 'Add to the record' }));
      await screen.findByText(
        /not enough room in this browser for these files. About 1 MB is free/,
      );
      expect(screen.getByText('No entries yet.')).toBeTruthy();
      expect((screen.getByLabelText(/in your own words/) as HTMLTextAreaElement).value).toBe(
        'The video they sent',
      );
      expect(valuesOf(store.records.value, 'evidence')).toHaveLength(0);
    } finally {
      Reflect.deleteProperty(navigator, 'storage');
    }
  });

  it('says files cannot be kept when the browser keeps nothing', async () => {
    const store = await freshStore(createMemoryStorage());
    renderWithStore(store, <EvidencePage />);
    expect(screen.getByText(/files cannot be added/)).toBeTruthy();
    expect(screen.queryByLabelText(/Files/)).toBeNull();
  });

  it('prints each file’s SHA-256, the chain head and how to check them', async () => {
    const store = await freshStore(await open(`ev-page-${crypto.randomUUID()}`));
    const bytes = new TextEncoder().encode('chat export');
    const file = { name: 'chat.txt', type: 'text/plain', bytes };
    await store.addEvidence(
      { text: 'Messages at night', links: { accounts: [], devices: [], findings: [] } },
      [file],
    );
    renderWithStore(store, <EvidenceReport />);
    expect(screen.getByText('Messages at night')).toBeTruthy();
    expect(screen.getByText(`SHA-256: ${await sha256Bytes(bytes)}`)).toBeTruthy();
    const head = (await store.checkEvidence()).head;
    expect(screen.getByText(`Chain head: ${head}`)).toBeTruthy();
    expect(screen.getByText(/shasum -a 256 on macOS/)).toBeTruthy();
  });
});
