import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SiteCheck } from '@/components/directory/site-check';

describe('"Check a site" at accounts.google.com', () => {
  it('offers a plain "Google Account" first, and shows its two-step methods', async () => {
    render(<SiteCheck />);
    const box = screen.getByLabelText('Website address');
    fireEvent.input(box, { target: { value: 'https://accounts.google.com/' } });
    // The directory loads late: "Check" answers once it is there.
    await waitFor(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Check' }));
      expect(screen.getByRole('list')).toBeTruthy();
    });
    const choices = within(screen.getByRole('list')).getAllByRole('button');
    expect(choices[0]?.textContent).toBe('Google Account');
    fireEvent.click(choices[0]!);
    expect(screen.getByRole('heading', { name: 'Google Account' })).toBeTruthy();
    expect(screen.getByText('Supports two-step verification.')).toBeTruthy();
  });
});
