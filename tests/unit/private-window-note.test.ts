import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTE_MARK, privateWindowNote } from '@/lib/build/private-window-note';
import type { Catalogue } from '@/lib/i18n-messages';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Catalogue;

describe('the private-window note in the pages’ HTML', () => {
  it('says why the page is empty and how to allow it, in plain HTML with no brand name', () => {
    const html = privateWindowNote(messages);
    expect(html).toContain('This page cannot open in a private window.');
    expect(html).toContain('Open it in a normal window instead.');
    expect(html).toContain('set Run in Private Windows to Allow.');
    expect(html).not.toMatch(/Lockstep|<script/);
    // Hidden for the first second, so a normal start (the app replaces it) never flashes it.
    expect(html).toMatch(/animation:private-note-show 0s \d+ms both/);
  });

  it('escapes the catalogue’s text', () => {
    const html = privateWindowNote({
      private_note_title: { message: '<b>"x" & y</b>' },
      private_note_body: { message: '' },
      private_note_allow: { message: '' },
    });
    expect(html).toContain('&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;');
  });

  it('has a place inside the mount point of both pages', () => {
    for (const page of ['dashboard', 'popup']) {
      const html = readFileSync(`entrypoints/${page}/index.html`, 'utf8');
      const app = /<div id="app">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
      expect(app, page).toContain(NOTE_MARK);
    }
  });
});
