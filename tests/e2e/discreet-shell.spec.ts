import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, type Extension } from './support/extension';

/** Words that give away what the pages are for. */
const GIVEAWAYS = [
  /lockstep/i,
  /hotline/i,
  /799-7233/,
  /quick exit/i,
  /advocate/i,
  /abuse/i,
  /violence/i,
  /stalk/i,
  /spy/i,
  /safety(?! Check)/i, // "Safety Check" is a vendor's feature name
];
const PASSPHRASE = 'orbit violet tundra 42';

let ext: Extension;
test.afterEach(async () => ext.close());

/** What the shell shows: the tab title, the header's text, and its titles and labels. */
async function shellText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const header = document.querySelector('header');
    const attrs = [...(header?.querySelectorAll('[title], [aria-label]') ?? [])].flatMap((el) => [
      el.getAttribute('title') ?? '',
      el.getAttribute('aria-label') ?? '',
    ]);
    return [document.title, header?.innerText ?? '', ...attrs].join('\n');
  });
}

const giveaways = (text: string) => GIVEAWAYS.filter((word) => word.test(text)).map(String);

/** Every page the nav links to, walked as a person clicks through them. */
async function walkNav(dash: DashboardPage): Promise<string[]> {
  const found: string[] = [];
  const links = dash.page.locator('header nav a');
  const count = await links.count();
  expect(count).toBeGreaterThan(4);
  for (let i = 0; i < count; i++) {
    await links.nth(i).click();
    await dash.ready();
    const text = await shellText(dash.page);
    found.push(...giveaways(text).map((w) => `${dash.page.url().split('#')[1]}: ${w}`));
  }
  return found;
}

test('discreet mode: the shell of every page and the lock screen give nothing away', async () => {
  test.setTimeout(90_000);
  ext = await launchExtension();
  await closeStartupTabs(ext);
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  const page = dash.page;

  // Control: with discreet mode off, the walk finds the giveaways.
  expect(await walkNav(dash)).toEqual(expect.arrayContaining([expect.stringMatching(/hotline/)]));

  await page.getByRole('link', { name: 'Safety & data' }).click();
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByRole('status')).toContainText('The lock is on');
  await page.getByLabel('Use a neutral name in the toolbar and the tab').check();
  await expect(page).toHaveTitle('Notes');

  expect(await walkNav(dash)).toEqual([]);
  // Quick exit keeps its place under a neutral name; help is one click away.
  await expect(page.getByRole('button', { name: /^Close/ })).toBeVisible();
  await expect(page.locator('header').getByRole('link', { name: 'Help' })).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('discreet-plan.png') });

  // The lock screen, and what it says about a forgotten passphrase.
  await page.getByRole('link', { name: 'My plan' }).click();
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
  const locked = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  expect(giveaways(locked)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('discreet-locked.png') });

  const popup = await ext.open('popup.html');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Notes');
  expect(giveaways(await popup.evaluate(() => document.body.innerText))).toEqual([]);
});
