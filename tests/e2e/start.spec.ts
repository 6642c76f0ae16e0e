import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, waitReady } from './support/extension';
import { rawIndexedDb } from './support/storage';

const things = (page: Page) => page.locator('.start-card ol.things > li');
const save = (page: Page) => page.getByRole('button', { name: 'Save and see my plan' }).click();
const pick = (page: Page, group: RegExp, label: string) =>
  page.getByRole('group', { name: group }).getByLabel(label, { exact: true }).check();

test('a person who has left and fears being found sees location first; "planning to leave" is kept only if chosen, never in the popup', async () => {
  const ext = await launchExtension();
  try {
    await closeStartupTabs(ext);
    const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
    await dash.pastWelcome();
    const page = dash.page;

    // First use: the start is offered before "add your first account".
    const offer = page.getByRole('link', { name: 'Answer a few questions' });
    await expect(offer).toBeVisible();
    await offer.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Where you are now' })).toBeVisible();
    await expect(page.getByText(/Cutting off their access can make them angry/)).toBeVisible();
    await expectNoViolations(page, 'start');

    await pick(page, /What worries you most/, 'Where I am');
    await pick(page, /Do you live with them/, 'I have left');
    await save(page);
    await expect(page.getByRole('heading', { name: 'Three things to do first' })).toBeVisible();
    await expect(things(page).first()).toContainText('Add the apps that can show where you are');

    await dash.addAccount('Gmail', 'Main email', 'gmail.com');
    await dash.addAccount('Chase', 'Banking and payments');
    await dash.addAccount('Tile', 'Trackers and family locators');
    await expect(things(page)).toHaveCount(3);
    await expect(things(page).first()).toContainText('Tile');
    await expect(things(page).first()).toContainText('You said you worry about being found.');
    await page.getByRole('button', { name: 'Use the recommended order' }).click();
    await expect(dash.accountNames()).toHaveText(['Tile', 'Gmail', 'Chase']);

    // "Planning to leave", not ticked to keep: it is not written anywhere.
    await page.getByRole('link', { name: 'Change your answers about where you are now' }).click();
    await pick(page, /Do you live with them/, 'I am planning to leave');
    await expect(page.getByLabel('Keep this answer in my plan')).not.toBeChecked();
    await save(page);
    await expect(page.getByRole('heading', { name: 'Three things to do first' })).toBeVisible();
    await expect(
      things(page).getByRole('link', { name: 'Write down what happened' }),
    ).toBeVisible();
    expect(await rawIndexedDb(page)).not.toContain('planning');

    // Ticked: kept with the plan, and still never in the popup.
    await page.getByRole('link', { name: 'Change your answers about where you are now' }).click();
    await expect(page.getByLabel('I am planning to leave')).toBeChecked();
    await page.getByLabel('Keep this answer in my plan').check();
    await save(page);
    await expect(page.getByRole('heading', { name: 'Three things to do first' })).toBeVisible();
    expect(await rawIndexedDb(page)).toContain('"living":"planning"');

    await page.reload();
    await waitReady(page);
    await expect(
      things(page).getByRole('link', { name: 'Write down what happened' }),
    ).toBeVisible();
    await dash.showPlanInPopup();
    const popup = await ext.open('popup.html');
    await waitReady(popup);
    await expect(popup.getByText(/For: /)).toBeVisible();
    await expect(popup.locator('body')).not.toContainText(/planning|leave them|where you are/i);
  } finally {
    await ext.close();
  }
});
