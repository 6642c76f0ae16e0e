import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HelpPage } from '@/components/safety/help-page';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

describe('the help page', () => {
  it('offers chat, text, TTY and a call, each with when to prefer it, and the phone-plan caution', async () => {
    renderWithStore(
      await freshStore(),
      <HelpPage localHelpLine={null} onSaveLocal={() => undefined} />,
    );
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.split(':')[0])).toEqual([
      'Chat online',
      'Text',
      'TTY',
      'Call',
    ]);
    expect(screen.getByRole('link', { name: 'thehotline.org' }).getAttribute('target')).toBe(
      '_blank',
    );
    expect(screen.getByRole('link', { name: 'START to 88788' }).getAttribute('href')).toBe(
      'sms:88788',
    );
    expect(screen.getByRole('link', { name: '1-800-787-3224' }).getAttribute('href')).toBe(
      'tel:18007873224',
    );
    expect(screen.getByText(/cannot talk out loud and you keep your phone/)).not.toBeNull();
    expect(screen.getByText(/calls and texts may show on the bill or on the phone/)).not.toBeNull();
  });
});

describe('help in a private window (issue 27)', () => {
  it('opens the chat in a new private window, or says how to when the browser refuses', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    create.mockResolvedValueOnce({} as Awaited<ReturnType<typeof fakeBrowser.windows.create>>);
    create.mockRejectedValueOnce(
      new Error('Extension does not have permission for incognito mode'),
    );
    renderWithStore(
      await freshStore(),
      <HelpPage localHelpLine={null} onSaveLocal={() => undefined} />,
    );
    const button = screen.getByRole('button', { name: 'Open in a private window' });
    fireEvent.click(button);
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({ url: 'https://www.thehotline.org/', incognito: true }),
    );
    expect(screen.queryByText(/Right-click the link/)).toBeNull();
    fireEvent.click(button);
    expect((await screen.findByText(/Right-click the link/)).getAttribute('role')).toBe('status');
    // Only the web line is offered one: text, TTY and a call go to the phone's own apps.
    expect(screen.getAllByRole('button', { name: 'Open in a private window' })).toHaveLength(1);
    expect(screen.getByText(/keeps no history of the visit/)).not.toBeNull();
  });
});

describe('help in Spanish (issue 36)', () => {
  it("gives the Hotline's Spanish chat and the text line's words in Spanish, on screen and on paper", async () => {
    const { speak } = await import('@/lib/i18n-language');
    const spanish = (await import('@/public/_locales/es/messages.json')).default;
    speak('es', spanish);
    try {
      const { HelpLines, HelpLinesPrinted } = await import('@/components/safety/help-lines');
      renderWithStore(await freshStore(), <HelpLines />);
      const chat = screen.getByRole('link', { name: 'espanol.thehotline.org' });
      expect(chat.getAttribute('href')).toBe('https://espanol.thehotline.org/');
      expect(chat.getAttribute('lang')).toBe('es');
      const text = screen.getByRole('link', { name: 'START al 88788' });
      expect(text.getAttribute('href')).toBe('sms:88788');
      expect(text.getAttribute('lang')).toBeNull();
      expect(screen.getByText(/Mensaje de texto/)).not.toBeNull();
      renderWithStore(
        await freshStore(),
        <ul data-testid="paper">
          <HelpLinesPrinted />
        </ul>,
      );
      expect(screen.getByTestId('paper').textContent).toContain('START al 88788');
      expect(screen.getByTestId('paper').textContent).toContain('espanol.thehotline.org');
    } finally {
      speak('en', null);
    }
  });
});
