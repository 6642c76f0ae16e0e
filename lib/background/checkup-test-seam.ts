import { openIdbStorage } from '../storage/idb-storage';

/** The message a test sends to make the check-up alarm fire soon (test builds only). */
export const CHECKUP_TEST_ALARM = 'checkup-test-alarm';

/** How soon the test alarm fires: long enough for the test to see the dot appear. */
const SOON_MS = 1_500;

/**
 * Test builds only (`import.meta.env.LOCKSTEP_TEST_BUILD`, see wxt.config.ts): a test cannot wait
 * two weeks. This moves the stored due time to a moment from now, as if the interval had passed,
 * and `apply` sets the real alarm for it; the browser then fires it as it would at the due time.
 */
export async function fireCheckUpAlarmSoon(apply: () => Promise<void>): Promise<void> {
  const storage = await openIdbStorage();
  try {
    await storage.putSetting('checkUpDueAt', Date.now() + SOON_MS);
  } finally {
    storage.close();
  }
  await apply();
}
