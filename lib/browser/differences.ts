/**
 * What Firefox and Chrome do differently that Lockstep's pages must speak truly about, in one
 * place. Decided at build time (WXT sets `import.meta.env.FIREFOX` per target), so each
 * browser's package carries only its own answer.
 */

/**
 * Whether the browser records visits to the extension's own pages in its history. Chrome lists
 * chrome-extension:// pages; Firefox keeps no moz-extension:// page in history (tested in
 * tests/firefox/history.test.ts), so there a history clean-up would do nothing, and Lockstep
 * offers no clean-up (it asks for `history` there only for the history review of "This browser").
 */
export function historyKeepsLockstepPages(): boolean {
  return !import.meta.env.FIREFOX;
}
