/**
 * What Firefox and Chrome do differently that Lockstep's pages must speak truly about, in one
 * place. Decided at build time (WXT sets `import.meta.env.FIREFOX` per target), so each
 * browser's package carries only its own answer.
 */

/**
 * Whether the browser records visits to the extension's own pages in its history. Chrome lists
 * chrome-extension:// pages; Firefox keeps no moz-extension:// page in history (tested in
 * tests/firefox/history.test.ts), so there a history clean-up would do nothing, and Lockstep
 * neither offers it nor asks for the `history` permission.
 */
export function historyKeepsLockstepPages(): boolean {
  return !import.meta.env.FIREFOX;
}

/**
 * Whether `alarms` can be an optional permission, asked for when the person chooses a check-up
 * rhythm. Chrome allows it; Firefox refuses `permissions.request({ permissions: ['alarms'] })`
 * (its schema lists no `alarms` among optional permissions; seen in
 * tests/firefox/checkups.test.ts), so the Firefox build declares it at install. It grants no
 * data, and Firefox shows no warning for it.
 */
export function alarmsAreOptional(): boolean {
  return !import.meta.env.FIREFOX;
}
