import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIREFOX_TEST_BUILD, launchFirefox, until, type Firefox } from './support/firefox';
import { Dashboard } from './support/lockstep-page';
import { ofType, reloadPage, storedRecords } from './support/stored';

// Issue 30 in Firefox: a device kept as a record of the plan, with its warning when the other
// person may know its passcode, still there after a reload.
let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox({ build: FIREFOX_TEST_BUILD });
  await ff.closeInstallTab();
});
afterAll(() => ff.close());

const WARNING = 'They may know this device. Do its steps before you change any password on it.';

/** Clicks the answer `label` of the question whose legend is `legend`, as a person does. */
async function answer(dash: Dashboard, legend: string, label: string): Promise<void> {
  await dash.front();
  const handle = await dash.page.evaluateHandle(
    (l, name) => {
      const group = [...document.querySelectorAll('fieldset')].find(
        (f) => f.querySelector('legend')?.textContent?.trim() === l,
      );
      return (
        [...(group?.querySelectorAll('label') ?? [])]
          .find((el) => el.textContent?.trim() === name)
          ?.querySelector('input') ?? null
      );
    },
    legend,
    label,
  );
  const input = handle.asElement() as ElementHandle<Element> | null;
  if (!input) throw new Error(`No answer "${label}" to "${legend}"`);
  await input.click();
}

/** Each device card on the page: its name and what it says. */
const cards = (dash: Dashboard) =>
  dash.page.evaluate(() =>
    [...document.querySelectorAll('li.device-record')].map((li) => ({
      name: li.querySelector('h3')?.textContent?.trim() ?? '',
      text: (li as HTMLElement).innerText,
    })),
  );

test('a device whose passcode they know is kept with its warning, after a reload too', async () => {
  const dash = new Dashboard(await ff.open('dashboard.html'));
  await dash.pastWelcome();
  await dash.click('link', 'Devices');
  await dash.waitForHeading('Check your phones and computers');
  expect(await dash.text()).not.toContain(WARNING);

  await dash.click('button', 'Add a device');
  // A device with no name is not saved, and the page says why.
  await dash.click('button', 'Save device');
  await dash.waitForText('Type a name for this device.');
  await dash.fill('Your name for it', 'My phone');
  await dash.choose('What kind of device is it?', 'Android phone or tablet');
  await answer(dash, 'Does the other person know its passcode?', 'Yes');
  await dash.click('button', 'Save device');
  await until(async () => (await cards(dash)).length === 1, 'the saved device');
  const [card] = await cards(dash);
  expect(card?.name).toBe('My phone');
  expect(card?.text).toContain('Android phone or tablet');
  expect(card?.text).toContain(WARNING);

  // Reloaded, as F5 would: the device and its warning are still there.
  await reloadPage(dash.page);
  await dash.waitForHeading('Check your phones and computers');
  await until(async () => (await cards(dash)).length === 1, 'the device after the reload');
  const [kept] = await cards(dash);
  expect(kept?.name).toBe('My phone');
  expect(kept?.text).toContain(WARNING);
  expect(ofType(await storedRecords(dash.page), 'device').map((r) => r.value)).toMatchObject([
    { label: 'My phone', kind: 'android', passcodeKnown: 'yes' },
  ]);
  expect(ff.consoleErrors()).toEqual([]);
  expect(ff.requests()).toEqual([]);
});
