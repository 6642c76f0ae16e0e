import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StepSiteInfo } from '@/components/plan/step-site-info';
import { stepsFor } from '@/lib/plan/playbook';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

const changePassword = stepsFor('shopping').find((s) => s.role === 'change-password')!;
const mfa = stepsFor('shopping').find((s) => s.role === 'mfa')!;

describe('<StepSiteInfo>', () => {
  it('links the bundled change-password page and warns when sites share one login', async () => {
    renderWithStore(
      await freshStore(),
      <StepSiteInfo step={changePassword} site="www.safeway.com" />,
    );
    const link = await screen.findByRole('link', { name: /change-password page/ });
    expect(link.getAttribute('href')).toBe(
      'https://www.safeway.com/customer-account/account-settings',
    );
    expect(
      screen.getByText(/changing this password changes it for .*albertsons\.com/),
    ).toBeTruthy();
    expect(screen.queryByText(/Lockstep guesses this page/)).toBeNull();
  });

  it('falls back to the site’s standard change-password address, and says it is a guess', async () => {
    renderWithStore(
      await freshStore(),
      <StepSiteInfo step={changePassword} site="my-corner-bakery-example.com" />,
    );
    const link = await screen.findByRole('link', { name: /change-password page/ });
    expect(link.getAttribute('href')).toBe(
      'https://my-corner-bakery-example.com/.well-known/change-password',
    );
    expect(screen.getByText(/Lockstep guesses this page/)).toBeTruthy();
  });

  it('names the best MFA method and links the site’s own guide', async () => {
    renderWithStore(await freshStore(), <StepSiteInfo step={mfa} site="https://github.com/" />);
    await waitFor(() => expect(screen.getByText(/^Best method here: A passkey/)).toBeTruthy());
    expect(
      screen.getByRole('link', { name: 'GitHub’s guide to two-step verification' }),
    ).toBeTruthy();
  });

  it('shows nothing for an address that is not a website', async () => {
    const { container } = renderWithStore(
      await freshStore(),
      <StepSiteInfo step={mfa} site="localhost" />,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
  });
});
