import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '@/components/common/dashboard-app';
import { IMPERSONATION_ROUTE } from '@/components/assessment/pages';
import { createHashRouter, type Router } from '@/lib/state/router';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

let router: Router | undefined;
afterEach(() => {
  router?.stop();
  window.history.replaceState(null, '', '#/');
});

describe('the "they post as me" journey', () => {
  it('opens from the plan, warns before the steps, and never asks to keep a child’s picture', async () => {
    const store = await freshStore();
    await store.updateSetting('introSeen', true);
    await store.addAccount({ name: 'Gmail', site: 'gmail.com', kind: 'primary-email' });
    window.history.replaceState(null, '', '#/');
    router = createHashRouter(window);
    renderWithStore(store, <DashboardApp router={router} version="1" />);
    fireEvent.click(
      await screen.findByRole('link', { name: 'Someone posts as me, or shares pictures of me' }),
    );
    await screen.findByRole('heading', {
      level: 1,
      name: 'They post as me, or share pictures of me',
    });
    expect(window.location.hash).toBe(`#/${IMPERSONATION_ROUTE}`);
    const page = document.querySelector('[aria-labelledby="imp-heading"]')!;
    const text = page.textContent!;
    // The notice comes before the first step.
    expect(text.indexOf('they may see it come down')).toBeLessThan(
      text.indexOf('1. First, write down what you see'),
    );
    expect(text).toContain('Never keep or copy a picture of anyone under 18');
    expect(screen.getByRole('link', { name: 'StopNCII.org' }).getAttribute('href')).toBe(
      'https://stopncii.org/',
    );
    expect(screen.getByRole('link', { name: 'Take It Down' }).getAttribute('href')).toBe(
      'https://takeitdown.ncmec.org/',
    );
    expect(text).not.toMatch(/\bsafe\b/i);
  });
});
