import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { resolveMessage, type Catalogue } from '../i18n-messages';

/** Where each page's HTML asks for the note (inside its mount point). */
export const NOTE_MARK = '<!-- private-window-note -->';
/** Shown only if the app has not replaced it by then (so a normal start never flashes it). */
const NOTE_DELAY_MS = 1_000;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The static explanation a Lockstep page shows when its scripts cannot start: Firefox opens an
 * extension's pages in a private window it is not allowed in, but gives them no extension API,
 * so the app never mounts (the page would stay blank). Plain HTML, styled inline (the page's
 * own CSS is injected by the script that cannot run), in neutral words: no name, since the
 * page cannot know whether the discreet name is on. The app removes it when it mounts.
 */
export function privateWindowNote(messages: Catalogue): string {
  const text = (key: string) => escape(resolveMessage(messages, key));
  return [
    `<style>@keyframes private-note-show{from{visibility:hidden}to{visibility:visible}}</style>`,
    `<div class="private-window-note" style="animation:private-note-show 0s ${NOTE_DELAY_MS}ms both;font:1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem">`,
    `<h1 style="font-size:1.25rem">${text('private_note_title')}</h1>`,
    `<p>${text('private_note_body')}</p>`,
    `<p>${text('private_note_allow')}</p>`,
    `</div>`,
  ].join('');
}

/** Puts the note into every page's HTML at build time, from the English catalogue. */
export function privateWindowNotePlugin(root = process.cwd()): Plugin {
  return {
    name: 'lockstep-private-window-note',
    transformIndexHtml(html) {
      if (!html.includes(NOTE_MARK)) return html;
      const path = resolve(root, 'public/_locales/en/messages.json');
      const messages = JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
      return html.replace(NOTE_MARK, privateWindowNote(messages));
    },
  };
}
