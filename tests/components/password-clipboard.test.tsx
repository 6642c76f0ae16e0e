import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PasswordGenerator } from '@/components/passwords/password-generator';

/** A clipboard that, like Chrome's, refuses a write while the page is not in front. */
function stubClipboard() {
  const state = { text: '', inFront: true };
  const writeText = vi.fn(async (text: string) => {
    if (!state.inFront) throw new DOMException('Document is not focused.', 'NotAllowedError');
    state.text = text;
  });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return state;
}

describe('emptying the clipboard', () => {
  afterEach(() => vi.useRealTimers());

  it('says when it could not empty it, and empties it when the page comes back', async () => {
    vi.useFakeTimers();
    const clipboard = stubClipboard();
    render(<PasswordGenerator />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy passphrase' }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(clipboard.text).not.toBe('');
    expect(screen.getByText(/^Copied\./)).toBeTruthy();

    // The person went to the site's tab to paste: the page is in the background.
    clipboard.inFront = false;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    expect(clipboard.text).not.toBe('');
    expect(screen.queryByText('The clipboard was emptied.')).toBeNull();
    expect(screen.getByText(/may still be in the clipboard/)).toBeTruthy();

    clipboard.inFront = true;
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(clipboard.text).toBe('');
    expect(screen.getByText('The clipboard was emptied.')).toBeTruthy();
  });
});
