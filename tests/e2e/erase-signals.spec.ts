import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import {
  closeStartupTabs,
  launchExtension,
  newProfile,
  TEST_BUILD_DIR,
  type Extension,
} from './support/extension';

// The test-only build: `alarms` and `notifications` are required there (no prompt to click), and
// its background honours the one test message that makes the check-up alarm fire soon.

interface ChromeApi {
  chrome: {
    action: { getBadgeText(details: object): Promise<string> };
    notifications: { getAll(): Promise<Record<string, boolean>> };
    runtime: { sendMessage(message: object): Promise<unknown> };
  };
}

let ext: Extension | undefined;
test.afterEach(() => ext?.close().catch(() => undefined));

test('erase everything closes the check-up notification and clears the toolbar dot', async () => {
  ext = await launchExtension(newProfile(), TEST_BUILD_DIR);
  await closeStartupTabs(ext);
  const worker = ext.worker;
  const badge = () =>
    worker.evaluate(() => (globalThis as unknown as ChromeApi).chrome.action.getBadgeText({}));
  const shown = () =>
    worker.evaluate(() => (globalThis as unknown as ChromeApi).chrome.notifications.getAll());

  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  const page = dash.page;
  await page.getByRole('link', { name: 'My plan' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Check-ups' }).click();
  await page.getByLabel('How often:').selectOption({ label: 'Every 2 weeks' });
  await page.getByLabel('Also show a system notification when a check-up is due').check();
  await page.getByLabel('Notification text:').fill('A reminder 7c1');
  await page.getByLabel('Notification text:').press('Tab');
  await page.evaluate(() =>
    (globalThis as unknown as ChromeApi).chrome.runtime.sendMessage({
      type: 'checkup-test-alarm',
    }),
  );
  await expect.poll(badge, { timeout: 15_000 }).toBe('•');
  await expect.poll(shown, { timeout: 5_000 }).toEqual({ checkup: true });

  await page.getByRole('link', { name: 'Safety & data' }).click();
  await page.getByRole('button', { name: 'Erase everything…' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.getByText('is erased')).toBeVisible();
  expect(await shown()).toEqual({});
  expect(await badge()).toBe('');
});
