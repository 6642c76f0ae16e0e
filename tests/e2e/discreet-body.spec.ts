import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, type Extension } from './support/extension';

// Discreet mode hides the purpose on the everyday pages too, not only in the shell: the walk
// reads the whole text of the plan, add, passwords, Safety & data and check-ups pages, their
// labels and titles, and the popup's, as someone glancing over the person's shoulder would.

/** Words that give away what the pages are for. */
const GIVEAWAYS = [
  /lockstep/i,
  /hotline/i,
  /799-7233/,
  /787-3224/,
  /88788/,
  /quick exit/i,
  /advocate/i,
  /abus/i,
  /violence/i,
  /stalk/i,
  /spy/i,
  /tech abuse/i,
  /survivor/i,
  /safety(?! Check)/i, // "Safety Check" is a vendor's feature name
];

/** The everyday pages, by the nav link a person clicks (its neutral name in discreet mode). */
const PAGES = ['My plan', 'Add an account', 'Passwords', /^(Safety & data|Settings)$/, 'Check-ups'];

let ext: Extension;
test.afterEach(() => ext?.close());

/** Everything the page shows or reads aloud: title, body text, titles, labels, placeholders. */
async function allText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')];
    const words = attrs.flatMap((el) =>
      ['title', 'aria-label', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? ''),
    );
    return [document.title, document.body.innerText, ...words].join('\n');
  });
}

/** Each giveaway found, with a few words around it, so a failure says where to look. */
function giveaways(where: string, text: string): string[] {
  return GIVEAWAYS.flatMap((word) =>
    [...text.matchAll(new RegExp(word.source, `${word.flags}g`))].map(
      ({ index }) =>
        `${where}: ${String(word)} in “${text.slice(Math.max(0, index - 40), index + 40)}”`,
    ),
  );
}

async function walk(dash: DashboardPage): Promise<string[]> {
  const found: string[] = [];
  for (const name of PAGES) {
    await dash.page.locator('header nav').getByRole('link', { name }).click();
    await dash.ready();
    await expect(dash.page.locator('main h1').first()).toBeVisible();
    found.push(...giveaways(String(name), await allText(dash.page)));
  }
  const popup = await ext.open('popup.html');
  await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
  found.push(...giveaways('popup', await allText(popup)));
  await popup.close();
  return found;
}

test('discreet mode: the everyday pages and the popup give nothing away', async () => {
  test.setTimeout(120_000);
  ext = await launchExtension();
  await closeStartupTabs(ext);
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  const page = dash.page;

  // Control: with discreet mode off, the same walk finds the giveaways.
  const plain = await walk(dash);
  expect(plain).toEqual(expect.arrayContaining([expect.stringMatching(/hotline/)]));
  expect(plain).toEqual(expect.arrayContaining([expect.stringMatching(/^popup: .*lockstep/)]));

  await page.locator('header nav').getByRole('link', { name: 'Safety & data' }).click();
  await page.getByLabel('Use a neutral name in the toolbar and the tab').check();
  await expect(page).toHaveTitle('Notes');
  expect(await walk(dash)).toEqual([]);
  // The address names no page either (the walk ends on Check-ups, `#/checkup` when plain).
  expect(new URL(page.url()).hash).toMatch(/^#\/n\/\d+$/);
  // The erase confirmation sits on the settings page too.
  await page.locator('header nav').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Erase everything…' }).click();
  await expect(page.getByRole('button', { name: 'Yes, erase everything' })).toBeVisible();
  expect(giveaways('erase', await allText(page))).toEqual([]);
  await page
    .getByRole('group', { name: 'Erase everything' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await page.screenshot({ path: test.info().outputPath('discreet-body-data.png'), fullPage: true });
});
