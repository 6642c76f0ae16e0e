import { expect, type Page } from '@playwright/test';
import { waitReady } from './extension';

/** The dashboard, as a person uses it. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  async ready(): Promise<this> {
    await waitReady(this.page);
    return this;
  }

  /** Leaves the safety introduction if it is showing. */
  async pastWelcome(): Promise<this> {
    // Pages load their code when first opened: wait for one to be on screen before looking.
    await expect(this.page.locator('main h1').first()).toBeVisible();
    const skip = this.page.getByRole('button', { name: 'Skip this introduction' });
    if (await skip.isVisible()) await skip.click();
    return this;
  }

  /** Turns the lock on from Safety & data, as a person does (typed twice). */
  async turnOnLock(passphrase: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Safety & data' }).click();
    await this.page.getByRole('button', { name: 'Set a passphrase' }).click();
    await this.page.getByLabel('New passphrase').fill(passphrase);
    await this.page.getByLabel('Type it again').fill(passphrase);
    await this.page.getByRole('button', { name: 'Turn on the lock' }).click();
    const said = this.page.getByRole('status').filter({ hasText: 'The lock is on' });
    await expect(said).toBeVisible({ timeout: 30_000 }); // the key is made slowly on purpose
  }

  async addAccount(name: string, kind: string, site = ''): Promise<void> {
    await this.page.getByRole('link', { name: 'Add an account' }).first().click();
    await expect(this.page.getByLabel('Account name')).toBeVisible();
    // The lock is offered before the first account: these journeys decline it.
    const notNow = this.page.getByRole('button', { name: 'Not now' });
    if (await notNow.isVisible()) await notNow.click();
    await this.page.getByLabel('Account name').fill(name);
    if (site) await this.page.getByLabel('Site address (optional)').fill(site);
    await this.page.getByLabel('What kind of account is it?').selectOption({ label: kind });
    await this.page.getByRole('button', { name: 'Add to my plan' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your reset plan' })).toBeVisible();
  }

  /** Ticks "Show my next step in the toolbar popup" (off at first with the lock off). */
  async showPlanInPopup(): Promise<void> {
    await this.page.getByRole('link', { name: 'Safety & data' }).first().click();
    await this.page.getByLabel('Show my next step in the toolbar popup').check();
  }

  accountNames() {
    return this.page.locator('.account-list .account-name');
  }

  async openAccount(name: string): Promise<void> {
    await this.page.locator('.account-list').getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** The "Mark: <step>" group of the n-th step (1-based) on an account page. */
  step(n: number) {
    return this.page.locator('.steps > li').nth(n - 1);
  }
}
