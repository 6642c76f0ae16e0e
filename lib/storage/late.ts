/** What the storage loads late, apart from a page's first download. */

/**
 * The reader of the plan's other records loads beside the first read (in parallel with
 * IndexedDB), not in the popup's first download.
 */
export const recordReader = () => import('../plan/read-records').then((m) => m.readRecord);

/** WebCrypto work loads only once a plan is (or becomes) locked: most pages never need it. */
export const sealing = () => import('../crypto/seal');

/** The lock's split keys (PBKDF2 once, then HKDF), loaded with the sealing code. */
export const keying = () => import('../crypto/keys');
