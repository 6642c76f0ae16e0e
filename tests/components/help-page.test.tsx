import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
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
