/**
 * Unlock, timed inside the page by the app's own `performance.measure` entry
 * (`lockstep:unlock`), on the dashboard seeded with 300 accounts.
 */
import { lastMeasure, openPage } from './measure.mjs';

/** Turns the lock on, then locks and unlocks: passphrase to plan on screen, in the page. */
export async function timeUnlock(ext, runs) {
  const page = await openPage(ext, 'dashboard.html#/data');
  const pass = 'bench lock words here';
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase').fill(pass);
  await page.getByLabel('Type it again').fill(pass);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('The lock is on. Remember').waitFor();
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(pass);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Safety and your data' }).waitFor();
    times.push(await lastMeasure(page, 'lockstep:unlock'));
  }
  // Turning the lock off asks for the current passphrase first.
  await page.getByRole('button', { name: 'Turn the lock off' }).click();
  await page.getByLabel('Your current passphrase').fill(pass);
  await page.getByRole('button', { name: 'Turn the lock off' }).click();
  await page.getByText('The lock is off. Your plan').waitFor();
  await page.close();
  return times;
}
