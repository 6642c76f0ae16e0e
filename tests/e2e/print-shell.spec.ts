import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, type Extension } from './support/extension';

const CANARY = 'Canarybank6120';
/** Words that tell what the paper is for, or where it came from. */
const GIVEAWAYS = [
  CANARY,
  'canarybank.example',
  'Gmail',
  'Lockstep',
  '799-7233',
  'hotline',
  'Hotline',
  'Quick exit',
  'protective order',
  'safety plan',
  'chrome-extension',
  'dashboard.html',
  'session-print',
];

let ext: Extension;
test.afterEach(async () => ext.close());

/**
 * The page printed as Chromium prints it with "Headers and footers" ticked: CDP's printToPDF with
 * displayHeaderFooter and no templates (Playwright's page.pdf() passes empty ones), read with
 * poppler's pdftotext.
 */
async function printedText(page: Page, name: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send('Page.printToPDF', { displayHeaderFooter: true });
  await cdp.detach();
  const file = test.info().outputPath(name);
  writeFileSync(file, Buffer.from(data, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('the printout is neutral by default, with no browser header or footer, and quick exit on screen', async () => {
  test.setTimeout(90_000);
  ext = await launchExtension();
  await closeStartupTabs(ext);
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  const page = dash.page;
  await page.getByRole('link', { name: 'Start a session with an advocate' }).click();
  await page.getByRole('button', { name: 'Start with a copy of my saved plan' }).click();
  await expect(page.locator('.session-banner')).toBeVisible();
  await page.goto(ext.url('dashboard.html#/plan'));
  await dash.ready();
  await dash.addAccount(CANARY, 'Banking and payments', 'canarybank.example');

  await page.goto(ext.url('dashboard.html#/session'));
  await page.getByRole('link', { name: 'Open the print view' }).click();
  await expect(page.getByTestId('take-away')).toContainText('Banking');
  await expect(page).toHaveTitle('Notes');
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await expect(page.getByText('untick “Print headers and footers”')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('print-view.png'), fullPage: true });

  const neutral = await printedText(page, 'neutral.pdf');
  writeFileSync(test.info().outputPath('neutral.txt'), neutral);
  expect(neutral).toContain('Banking');
  for (const word of GIVEAWAYS) expect(neutral, word).not.toContain(word);

  // Chosen on purpose: names, title, help lines and reasons are printed.
  await page.getByLabel('Show account and site names').check();
  await page.getByLabel(/Say what this paper is for/).check();
  const chosen = await printedText(page, 'chosen.pdf');
  for (const word of [CANARY, 'My account safety plan', '1-800-799-7233', 'START to 88788'])
    expect(chosen).toContain(word);
  // Still no header or footer from the browser.
  for (const word of ['chrome-extension', 'session-print', 'Notes'])
    expect(chosen).not.toContain(word);

  // Control: without the shell's empty margin boxes, Chromium prints the title and the address.
  await page.evaluate(() => {
    for (const sheet of Array.from(document.styleSheets))
      for (let i = sheet.cssRules.length - 1; i >= 0; i--)
        if (sheet.cssRules[i] instanceof CSSPageRule) sheet.deleteRule(i);
  });
  const bare = await printedText(page, 'control.pdf');
  expect(bare).toContain('chrome-extension');
});
