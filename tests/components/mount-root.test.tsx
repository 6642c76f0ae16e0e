import { afterEach, describe, expect, it } from 'vitest';
import { mountRoot } from '@/lib/pages/mount-root';

afterEach(() => document.body.replaceChildren());

describe('mountRoot', () => {
  it('removes the static private-window note once the app mounts', () => {
    document.body.innerHTML =
      '<div id="app"><div class="private-window-note"><h1>This page cannot open in a private window.</h1></div></div>';
    const root = mountRoot('app');
    expect(root.children).toHaveLength(0);
    expect(document.body.textContent).not.toContain('private window');
  });

  it('says plainly when the page has no mount point', () => {
    expect(() => mountRoot('app')).toThrow('Lockstep page has no #app element');
  });
});
