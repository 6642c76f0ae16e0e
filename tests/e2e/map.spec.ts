import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension } from './support/extension';

/** Look first at one account: the password is not known; its recovery email is `email`. */
async function lookFirst(dash: DashboardPage, name: string, email: string) {
  const page = dash.page;
  await page.getByRole('link', { name: 'My plan' }).first().click();
  await dash.openAccount(name);
  await page.locator('.reach').getByRole('link', { name: 'Look first' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Look first: ${name}` })).toBeVisible();
  const offer = page.locator('.lock-offer');
  if (await offer.isVisible()) await offer.getByRole('button', { name: 'Not now' }).click();
  await page
    .getByRole('group', { name: /know this password/ })
    .getByLabel('No', { exact: true })
    .check();
  await page
    .getByRole('group', { name: 'Which email gets its password resets?' })
    .getByLabel('Account')
    .selectOption({ label: email });
  await page.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Gmail's codes go to "My cell", a line of mine. */
async function gmailLine(page: Page) {
  await page.getByRole('button', { name: 'Add a phone line' }).click();
  await page.getByLabel('A name for this line').fill('My cell');
  await page.getByLabel('Mine alone').check();
  await page.getByRole('button', { name: 'Add this line' }).click();
  await expect(page.getByLabel('Phone line')).toHaveValue(/.+/);
}

/** The phone "My cell" is in: they know its passcode. */
async function addPhone(page: Page) {
  await page.getByRole('link', { name: 'Devices' }).click();
  await page.getByRole('button', { name: 'Add a device' }).click();
  await page.getByLabel('Your name for it').fill('My iPhone');
  await page.getByLabel('What kind of device is it?').selectOption({ label: 'iPhone or iPad' });
  await page
    .getByRole('group', { name: 'Does the other person know its passcode?' })
    .getByLabel('Yes', { exact: true })
    .check();
  await page.getByLabel('Which phone number is in it?').selectOption({ label: 'My cell' });
  await page.getByRole('button', { name: 'Save device' }).click();
  await expect(page.getByRole('listitem', { name: 'My iPhone' })).toBeVisible();
}

/**
 * Outlook's recovery step marked done: the way in from Gmail "may be closed — confirm" on its page
 * and on the map alike, until the answer changes; then it goes from both, and the loop with it.
 */
async function closeThenConfirm(dash: DashboardPage) {
  const page = dash.page;
  const closing = 'Gmail is the recovery email of Outlook — may be closed — confirm';
  const reach = page.getByRole('region', { name: 'Who can still get in' });
  const list = page.getByRole('list', { name: 'The map as a list' });
  const map = page.getByRole('group', { name: /Map of who can get in/ });
  await page.getByRole('link', { name: 'My plan' }).first().click();
  await dash.openAccount('Outlook');
  // The recovery step is part of the one sitting: the person opens its first step and starts
  // it, then opens the recovery step (later steps are one row each).
  await page
    .locator('.steps > li', { has: page.getByText('Part of the sitting') })
    .first()
    .getByRole('button', { name: 'Open this step' })
    .click();
  await page.getByRole('button', { name: 'I’m ready' }).click();
  await page
    .locator('.steps > li', { hasText: 'Make the recovery email and phone yours alone' })
    .getByRole('button', { name: 'Open this step' })
    .click();
  await page
    .getByRole('group', { name: 'Mark: Make the recovery email and phone yours alone' })
    .getByRole('button', { name: 'Mark done' })
    .click();
  const marked = reach.getByRole('listitem').filter({ hasText: 'may be closed' });
  await expect(marked).toHaveText([closing]);
  await reach.getByRole('link', { name: 'See the map of who can get in' }).click();
  await expect(list.getByRole('listitem').filter({ hasText: 'may be closed' })).toHaveText([
    closing,
  ]);
  await expect(map.getByText('may be closed — confirm', { exact: true })).toHaveCount(1);

  // The person confirms: Gmail no longer gets Outlook's resets, and they cannot read that email.
  await list.getByRole('link', { name: 'may be closed — confirm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Look first: Outlook' })).toBeVisible();
  await page
    .getByRole('group', { name: 'Which email gets its password resets?' })
    .getByLabel('Account')
    .selectOption({ label: 'Not one in my plan, or I don’t know' });
  await page
    .getByRole('group', { name: 'Can the other person read that email?' })
    .getByLabel('No', { exact: true })
    .check();
  await page.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outlook' })).toBeVisible();
  await expect(reach).not.toContainText('may be closed');
  await expect(reach).not.toContainText('Gmail is the recovery email of Outlook');

  await reach.getByRole('link', { name: 'See the map of who can get in' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(5);
  await expect(list).not.toContainText('Gmail is the recovery email of Outlook');
  // Drawn just after the words: wait for the drawing before looking for what is gone from it.
  await expect(map.getByRole('link', { name: 'Outlook', exact: true })).toBeVisible();
  await expect(map.getByText('may be closed — confirm', { exact: true })).toHaveCount(0);
  await expect(map.locator('.map-loop')).toHaveCount(0);
}

test('the map: a phone whose passcode they know, then a chain of recovery emails, drawn and listed; a done step may close a way in', async () => {
  const ext = await launchExtension();
  try {
    await closeStartupTabs(ext);
    const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
    await dash.pastWelcome();
    await dash.addAccount('Gmail', 'Main email', 'gmail.com');
    await dash.addAccount('Outlook', 'Other email');
    await dash.addAccount('My bank', 'Banking and payments');
    const page = dash.page;

    // Gmail: codes to "My cell"; its recovery email is Outlook, whose own is Gmail (a loop).
    await dash.openAccount('Gmail');
    await page.locator('.reach').getByRole('link', { name: 'Look first' }).click();
    await page.locator('.lock-offer').getByRole('button', { name: 'Not now' }).click();
    await gmailLine(page);
    await page
      .getByRole('group', { name: 'Which email gets its password resets?' })
      .getByLabel('Account')
      .selectOption({ label: 'Outlook' });
    await page.getByRole('button', { name: 'Save answers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gmail' })).toBeVisible();
    await lookFirst(dash, 'Outlook', 'Gmail');
    await lookFirst(dash, 'My bank', 'Outlook');
    await addPhone(page);

    // From the plan's links to the map.
    await page.getByRole('link', { name: 'My plan' }).first().click();
    await page.getByRole('link', { name: 'See the map of who can get in' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Map of who can get in' }),
    ).toBeVisible();

    // The text list carries exactly the graph's links (in the graph's order: compared as a set).
    const items = page.getByRole('list', { name: 'The map as a list' }).getByRole('listitem');
    await expect(items).toHaveCount(6);
    expect((await items.allInnerTexts()).sort()).toEqual(
      [
        'they may know the passcode of your device “My iPhone”',
        '“My iPhone” gets the texts and calls of the line “My cell”',
        '“My cell” gets the codes and resets for Gmail',
        'Outlook is the recovery email of Gmail',
        'Gmail is the recovery email of Outlook',
        'Outlook is the recovery email of My bank',
      ].sort(),
    );

    const map = page.getByRole('group', { name: /Map of who can get in/ });
    for (const label of [
      'The other person',
      'Device: My iPhone',
      'Phone line: My cell',
      'Gmail loop',
      'Outlook loop',
      'My bank',
    ])
      await expect(map.getByRole('link', { name: label, exact: true })).toBeVisible();
    await expect(map.getByText('their way in')).toHaveCount(1);
    await expect(map.locator('.map-loop')).toHaveText(['loop', 'loop']);
    await expect(page.locator('.map-page')).toContainText(
      /(Gmail, Outlook|Outlook, Gmail) can each reset the other/,
    );

    await expectNoViolations(page, 'map');
    await page.setViewportSize({ width: 1440, height: 900 });
    const shot = test.info().outputPath('map.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`The map of this plan: ${shot}`);
    await map.screenshot({ path: test.info().outputPath('map-drawing.png') });

    // On paper: no header, and the drawing within 150 mm of a landscape page.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header')).toBeHidden();
    expect((await map.boundingBox())?.height).toBeLessThanOrEqual(567);
    // Printed to PDF as Chromium prints it (the page's own @page size): one landscape page.
    const pdf = test.info().outputPath('map.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+1$/m);
    const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info) ?? [];
    expect(Number(width)).toBeGreaterThan(Number(height));
    await page.emulateMedia({ media: 'screen' });

    // A node opens its account from the keyboard.
    await map.getByRole('link', { name: 'My bank', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'My bank' })).toBeVisible();
    await closeThenConfirm(dash);
  } finally {
    await ext.close();
  }
});
