import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, until, type Firefox } from './support/firefox';
import { Dashboard } from './support/lockstep-page';
import { ofType, reloadPage, screenshotPath, storedRecords } from './support/stored';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
  await ff.closeInstallTab();
});
afterAll(() => ff.close());

// A device's steps, then its kind's guided checks (issue 30).
const CHECKS = '.device-record li.step';

/** What each guided check and each lookup result says, in order. */
const texts = (dash: Dashboard, selector: string) =>
  dash.page.evaluate(
    (s) => [...document.querySelectorAll(s)].map((el) => (el as HTMLElement).innerText),
    selector,
  );

/** Clicks a button of the n-th (0-based) guided check, as a person does. */
async function markCheck(dash: Dashboard, n: number, button: string): Promise<void> {
  const handle = await dash.page.evaluateHandle(
    (s, i, name) =>
      [...(document.querySelectorAll(s)[i]?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent?.trim() === name,
      ) ?? null,
    CHECKS,
    n,
    button,
  );
  const el = handle.asElement() as ElementHandle<Element> | null;
  if (!el) throw new Error(`Check ${n + 1} has no "${button}" button`);
  await el.click();
}

test('the Android check, a pasted list looked up, a finding saved and still there after a reload', async () => {
  const dash = new Dashboard(await ff.open('dashboard.html'));
  await dash.pastWelcome();
  await dash.click('link', 'Devices');
  await dash.waitForHeading('Check your phones and computers');
  // Honest limits and the warning come before any check.
  await dash.waitForText('Do not remove anything yet.');
  await dash.waitForText('Finding nothing is not proof that a device is clean.');

  // An Android phone: its seven steps, then the seven Android checks, each marked (one
  // skipped) as a plan step is.
  await dash.click('button', 'Add a device');
  await dash.fill('Your name for it', 'My phone');
  await dash.choose('What kind of device is it?', 'Android phone or tablet');
  await dash.click('button', 'Save device');
  await until(async () => (await texts(dash, CHECKS)).length === 14, 'the device saved');
  const checks = await texts(dash, CHECKS);
  expect(checks[8]).toContain('Device admin apps');
  for (let i = 7; i < checks.length; i++) {
    await markCheck(dash, i, i === 9 ? 'Skip for now' : 'Mark done');
    await until(
      async () =>
        (await texts(dash, CHECKS))[i]?.includes(i === 9 ? 'Skipped on' : 'Done on') === true,
      `check ${i + 1} marked`,
    );
  }
  await dash.waitForText('7 of 14 checks marked.');

  // One stalkerware package, one dual-use app and one common app, pasted as a list.
  await dash.fill('App names or package names, one per line', 'com.mspy.lite\nLife360\nWhatsApp');
  await dash.click('button', 'Look up');
  await dash.waitForText('3 looked up.');
  const results = await texts(dash, '.lookup-result');
  expect(results).toHaveLength(3);
  expect(results[0]).toContain('On a list as stalkerware or spyware.');
  expect(results[0]).toContain('mSpy');
  expect(results[1]).toContain('On a list as dual-use.');
  expect(results[2]).toContain('Not in the lists.');
  expect(results[2]).toContain('This never means the app is safe.');
  // WhatsApp is never called stalkerware; vendor addresses are text, never links.
  expect(results[2]).not.toContain('stalkerware or spyware');
  expect(await dash.page.evaluate(() => document.querySelectorAll('.lookup-result a').length)).toBe(
    0,
  );

  await dash.click('button', 'Save as a finding: com.mspy.lite');
  await dash.waitForText('Saved to your plan.');
  const shown = await dash.page.evaluateHandle(
    () => document.querySelector('.lookup-result')?.parentElement ?? document.body,
  );
  await (shown as ElementHandle<Element>).screenshot({ path: screenshotPath('device-lookup') });

  await reloadPage(dash.page);
  await dash.waitForHeading('Check your phones and computers');
  await dash.waitForText('7 of 14 checks marked.');
  const findings = await texts(dash, '.findings > li');
  expect(findings).toHaveLength(1);
  expect(findings[0]).toContain('com.mspy.lite');
  expect(findings[0]).toContain('On a list as stalkerware or spyware');

  // Kept with the plan as records: one finding, and one device with seven marks.
  const records = await storedRecords(dash.page);
  expect(ofType(records, 'finding').map((r) => r.value)).toMatchObject([
    { source: 'app-lookup', subject: 'com.mspy.lite', verdict: 'stalkerware' },
  ]);
  expect(ofType(records, 'device-check')).toHaveLength(0);
  expect(
    ofType(records, 'device').map((r) => (r.value as { marks: unknown[] }).marks),
  ).toHaveLength(1);
  expect((ofType(records, 'device')[0]?.value as { marks: unknown[] }).marks).toHaveLength(7);
  expect(ff.consoleErrors()).toEqual([]);
  expect(ff.requests()).toEqual([]);
});
