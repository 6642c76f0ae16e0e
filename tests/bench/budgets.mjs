// Size budgets for the first-load JavaScript, in gzipped bytes (level 9, so every machine gets
// the same figure). tests/e2e/size-budgets.spec.ts fails when a page grows past its budget;
// `npm run bench` reports the same figures. Raise a budget only with a reason written here.

/**
 * Popup: opened many times a day, it must paint at once. 24.8 KB on 2026-12-02 (Preact 8 KB,
 * the browser polyfill 6 KB, signals, the plan store with IndexedDB, page safety, the i18n
 * shell); it was 26.5 KB until WXT's auto-import plugin stopped adding `wxt/utils/storage`, then
 * 23.9 KB before the plan's records (their readers load beside the first read, not in it),
 * 25.4 KB with the clinic-grade playbook (15 kinds, each step's effects: the popup's next step
 * needs the whole playbook). Raised from 25 to 26 KB for that playbook. 26.9 KB with check-up
 * notifications' settings and the advocate session's start-up check; the bundler now splits
 * three small modules the lazy pages share (kinds, settings types, dates) into chunks of their
 * own, about 600 B with their wrappers. Raised from 26 to 27 KB for those. 30.1 KB on
 * 2026-12-07 after the wave of "Discreet means discreet" and "Tampering is seen": the store's
 * actions registered by capability (tamper checks and findings among them), the storage split
 * into modules, the idle lock by the clock, the popup's own privacy rule, its neutral words and
 * the question to open pages ("is the plan open there?"). Raised from 27 to 31 KB for those.
 * Issue "Every page near the floor" owns the cut: with the next step off, the popup should load
 * no plan store at all (goal 12 KB). 15.9 KB on 2026-12-07 after that cut: the short popup
 * reads the settings and the lock, and loads the plan popup only when it shows the plan. Lowered
 * from 31 to 17 KB. 17.2 KB the same evening once the short popup also landed where quick exit
 * should while locked (the new-tab page, lib/safety/exit-url.ts), saw a sealed plan removed
 * behind Lockstep's back (the tamper check's mark) and spoke discreetly in its site check.
 * Raised from 17 to 18 KB for those (the ceiling is 20 KB). 18.5 KB on 2026-12-08 after the
 * third wave: the language choice (its page-storage copy and the check whether the browser
 * gives that language) and the "Keep a copy of this page" button (its code loads on the click).
 * Raised from 18 to 19 KB (the issue's ceiling, 20 KB, holds); the cut is still owed.
 * 17.8 KB on 2026-12-08 once the short popup read its settings with plain IndexedDB calls
 * (lib/pages/popup-glance-read.ts: no `idb`, no upgrades). Lowered from 19 to 18 KB.
 */
export const POPUP_FIRST_LOAD_GZIP_BYTES = 18 * 1024;

/**
 * Bytes loaded before `ready`, lazy chunks the page waits for included (tests/bench/loaded.mjs,
 * from the browser's network log), on a fresh profile. Popup with the next step off: 15.9 KB on
 * 2026-12-07 (the goal is 12 KB, its ceiling 20 KB); what is left is Preact, the browser
 * polyfill, the base styles, the settings reader with `idb`, and the popup's own code. 17.1 KB
 * with the same three additions as the first load; raised from 17 to 18 KB. 18.5 KB on
 * 2026-12-08 with the language choice and the capture button; raised from 18 to 19 KB. 17.8 KB
 * the same day with the plain IndexedDB read above; lowered from 19 to 18 KB. What is left is
 * Preact, the browser polyfill and the popup's own code (goal 12 KB: not without those two).
 */
export const POPUP_BEFORE_READY_GZIP_BYTES = 18 * 1024;

/**
 * The popup before `ready` with a language chosen that the browser does not give (Spanish on an
 * English browser): its code and that code's text (lib/build/i18n-page-text.ts). 83.0 KB on
 * 2026-12-08 when the whole Spanish catalogue loaded first; 19.5 KB once each chunk's text came
 * in small files of its own (0.7 KB of text). The ceiling, 20 KB. About 1.1 KB less on
 * 2026-12-08 with the plain IndexedDB read above; lowered from 20 to 19 KB.
 */
export const POPUP_BEFORE_READY_CHOSEN_LANGUAGE_GZIP_BYTES = 19 * 1024;

/**
 * The dashboard's first page on a fresh profile (the welcome page, with the lock offer and the
 * passphrase field): 66.8 KB on 2026-12-07. 74.7 KB the same evening after the second wave
 * merged (the same additions as the first load above, and the welcome page's start offer);
 * raised from 70 to 78 KB, the cut left to "Every page near the floor". 80.9 KB on 2026-12-08
 * after the third wave (the language choice on the welcome page and the first load's additions
 * below); raised from 78 to 82 KB. 84.3 KB on the morning of 2026-12-08 after the fourth wave
 * (the first load's additions below, and the chosen language's loader); raised from 82 to 86 KB.
 * 81.7 KB later on 2026-12-08 with the first load's cut below; lowered from 86 to 83 KB.
 */
export const DASHBOARD_BEFORE_READY_GZIP_BYTES = 83 * 1024;

/**
 * Dashboard: the shell, the plan page and what the plan needs, with every other page loaded
 * when first opened. 30.2 KB on 2026-12-02 with the clinic-grade playbook; 31.6 KB with
 * check-ups (the plan page links them, the store keeps their due time); 32.3 KB with the
 * advocate session (the plan page's link, the one check for a running session and the
 * listener that joins a session started in another tab; the session's storage, banner and
 * pages load only when used). Raised from 31 to 33 KB for those; the bench target is 45 KB.
 * 37.0 KB on 2026-12-07 with the same wave as the popup's, plus the plan page's sealed facts
 * (check word, last change), the set-aside count, the tamper notice's check and the sitting's
 * fold. Raised from 33 to 39 KB for those; "Every page near the floor" owns the cut.
 * 43.2 KB on the evening of 2026-12-07 after the second wave merged: the plan's start card
 * ("three things first") and its records, device records and their reader, the evidence
 * log's record and the file store's re-seal in the storage's load path, and the discreet twins
 * of the everyday pages' words. Raised from 39 to 45 KB; the cut (the evidence store and the
 * start card's records out of the first load) is left to "Every page near the floor".
 * 48.6 KB on 2026-12-08 after the third wave: the language choice, the evidence log's check
 * and chain in the store's actions (capture filing, "Write this down", the archive's actions;
 * the archive's own code loads on use), the sitting's account-choices record and the carrier
 * branch, the start's insert order. Raised from 45 to 50 KB; the cut is still owed.
 * 51.7 KB on the morning of 2026-12-08 after the fourth wave: the sealed copy of the clear
 * settings and its check in the store (1.0 KB with the device marks' move action), the merged
 * steps' reading of old marks in the playbook (0.45 KB), the loader of the chosen language's
 * text (0.6 KB) and the marks mover on the dashboard. Raised from 50 to 53 KB; the cut (the
 * store's rarely used actions out of the first load) is still owed.
 * 49.1 KB later on 2026-12-08: the evidence log's, archive's, page copies' and device marks'
 * actions load when first called (lib/state/lazy-actions.ts), and the log's signing when the
 * lock goes on. Lowered from 53 to 50 KB. Still in: the evidence file store in the storage.
 */
export const DASHBOARD_FIRST_LOAD_GZIP_BYTES = 50 * 1024;

/**
 * The device check's two app lists as shipped (one chunk, loaded by the device page only):
 * 94.1 KB on 2026-12-02 (ISDI's 5,776 flagged ids and names, Echap's 174 apps with their names,
 * packages and vendor addresses). The target is 100 KB.
 */
export const DEVICE_DATA_GZIP_BYTES = 100 * 1024;

/**
 * Modules too heavy for any first load, by chunk name: the directory data and its site rules,
 * the strength checker's dictionaries (they live in the worker), the device lists, and the
 * crypto code (only a locked plan needs it).
 */
export const HEAVY_CHUNKS = [
  /^directory$/,
  /^site-rules$/,
  /dictionar/,
  /zxcvbn/,
  /^device-data/,
  /^seal$/,
];
