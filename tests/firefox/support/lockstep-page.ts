import type { ElementHandle, Page } from 'puppeteer-core';
import { until, waitReady } from './firefox';

type Role = 'button' | 'link' | 'heading' | 'field';

/**
 * Finds, inside the page, the first visible element of a role by its accessible name (text or
 * aria-label; for a field, its label's text). Runs in the page: Firefox's extension pages block
 * puppeteer's own query helpers' eval, but accept a plain evaluated function.
 */
function find(role: Role, name: string, exact: boolean): Element | null {
  const selectors: Record<Role, string> = {
    button: 'button, [role="button"], input[type="submit"]',
    link: 'a[href]',
    heading: 'h1, h2, h3, h4',
    field: 'input, textarea, select',
  };
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const matches = (text: string) => (exact ? text === name : text.includes(name));
  const visible = (el: Element) => el.checkVisibility();
  for (const el of document.querySelectorAll(selectors[role])) {
    if (!visible(el)) continue;
    let label = clean(el.getAttribute('aria-label'));
    if (!label && role === 'field') {
      const byFor = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
      label = clean((byFor ?? el.closest('label'))?.textContent);
    }
    if (!label) {
      // The element's own text, without the description it points to (aria-describedby).
      const own = el.cloneNode(true) as Element;
      for (const id of (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean))
        own.querySelector(`[id="${id}"]`)?.remove();
      label = clean(own.textContent);
    }
    if (matches(label)) return el;
  }
  return null;
}

/** A Lockstep page in Firefox, as a person uses it: by what the page says, not by its markup. */
export class LockstepPage {
  constructor(readonly page: Page) {}

  /**
   * Brings the tab (and its window) to the front, as a person must before typing or clicking:
   * Firefox is slow to take input into a window that is not in front (tens of seconds).
   */
  async front(): Promise<void> {
    await this.page.bringToFront();
  }

  ready(): Promise<void> {
    return waitReady(this.page);
  }

  /** The page's address, as the page itself sees it (puppeteer's can lag for moz-extension). */
  href(): Promise<string> {
    return this.page.evaluate(() => location.href);
  }

  /** Everything the page shows, as text. */
  text(): Promise<string> {
    return this.page.evaluate(() => document.body.innerText);
  }

  async waitForText(text: string | RegExp, timeoutMs = 20_000): Promise<void> {
    await until(
      async () => {
        const shown = await this.text();
        return typeof text === 'string' ? shown.includes(text) : text.test(shown);
      },
      `"${String(text)}" on the page`,
      timeoutMs,
    );
  }

  async has(role: Role, name: string, exact = true): Promise<boolean> {
    return this.page.evaluate(find, role, name, exact).then((el) => el !== null);
  }

  /** The element, once it shows. */
  async get(role: Role, name: string, exact = true): Promise<ElementHandle<Element>> {
    let found: ElementHandle<Element> | null = null;
    await until(async () => {
      const handle = await this.page.evaluateHandle(find, role, name, exact);
      found = handle.asElement() as ElementHandle<Element> | null;
      return found !== null;
    }, `the ${role} "${name}"`);
    return found as unknown as ElementHandle<Element>;
  }

  /** Clicks as a person does (real input events, not a script's click()). */
  async click(role: 'button' | 'link', name: string, exact = true): Promise<void> {
    await this.front();
    const el = await this.get(role, name, exact);
    await el.click();
  }

  /** Replaces a field's text by typing it. */
  async fill(label: string, value: string): Promise<void> {
    await this.front();
    const field = await this.get('field', label);
    await field.click({ count: 3 });
    await field.evaluate((el) => {
      (el as HTMLInputElement).value = '';
    });
    await field.type(value);
  }

  /** Chooses an option of a select by its visible text. */
  async choose(label: string, option: string): Promise<void> {
    const field = await this.get('field', label);
    const value = await field.evaluate(
      (el, text) =>
        [...(el as HTMLSelectElement).options].find((o) => o.textContent?.trim() === text)?.value,
      option,
    );
    if (value === undefined) throw new Error(`No option "${option}" in "${label}"`);
    await field.select(value);
  }

  /** Goes to a dashboard page by its address hash, as a bookmark would. */
  async goTo(hash: string): Promise<void> {
    await this.page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await this.waitForHeading();
  }

  /** Waits for a page heading to be on screen (pages load their code when first opened). */
  async waitForHeading(name?: string): Promise<void> {
    await until(
      () =>
        this.page.evaluate(
          (n) =>
            [...document.querySelectorAll('main h1')].some(
              (h) => h.checkVisibility() && (!n || h.textContent?.includes(n)),
            ),
          name ?? '',
        ),
      `a heading${name ? ` "${name}"` : ''}`,
    );
  }
}

/** The dashboard: the reset plan and its accounts. */
export class Dashboard extends LockstepPage {
  /** Leaves the safety introduction if it is showing. */
  async pastWelcome(): Promise<this> {
    await this.waitForHeading();
    if (await this.has('button', 'Skip this introduction'))
      await this.click('button', 'Skip this introduction');
    await this.waitForHeading('Your reset plan');
    return this;
  }

  async addAccount(name: string, kind: string, site = ''): Promise<void> {
    await this.click('link', 'Add an account');
    await this.get('field', 'Account name');
    // The lock is offered before the first account: these journeys decline it.
    if (await this.has('button', 'Not now')) await this.click('button', 'Not now');
    await this.fill('Account name', name);
    if (site) await this.fill('Site address (optional)', site);
    await this.choose('What kind of account is it?', kind);
    await this.click('button', 'Add to my plan');
    await this.waitForHeading('Your reset plan');
    await until(async () => (await this.accountNames()).includes(name), `${name} in the plan`);
  }

  accountNames(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.account-list .account-name')].map(
        (el) => el.textContent?.trim() ?? '',
      ),
    );
  }

  async openAccount(name: string): Promise<void> {
    await this.click('link', name);
    await this.waitForHeading(name);
  }

  /** What the n-th step (1-based) of an account page says. */
  stepText(n: number): Promise<string> {
    return this.page
      .evaluate(
        (i) => (document.querySelectorAll('.steps > li')[i] as HTMLElement | undefined)?.innerText,
        n - 1,
      )
      .then((text) => text ?? '');
  }

  /** Marks the n-th step with one of its buttons ("Mark done", "Skip for now"…). */
  async markStep(n: number, button: string): Promise<void> {
    const handle = await this.page.evaluateHandle(
      (i, name) =>
        [...(document.querySelectorAll('.steps > li')[i]?.querySelectorAll('button') ?? [])].find(
          (b) => b.textContent?.trim() === name,
        ) ?? null,
      n - 1,
      button,
    );
    const el = handle.asElement() as ElementHandle<Element> | null;
    if (!el) throw new Error(`Step ${n} has no "${button}" button`);
    await el.click();
  }

  /** Turns the passphrase lock on from Safety & data. */
  async turnOnLock(passphrase: string): Promise<void> {
    await this.click('link', 'Safety & data');
    await this.click('button', 'Set a passphrase');
    await this.fill('New passphrase', passphrase);
    await this.fill('Type it again', passphrase);
    await this.click('button', 'Turn on the lock');
    // Sealing runs PBKDF2 at 600,000 iterations: slow on a loaded two-core machine.
    await this.waitForText('The lock is on', 45_000);
  }

  async unlock(passphrase: string): Promise<void> {
    await this.fill('Passphrase', passphrase);
    await this.click('button', 'Unlock');
  }

  async eraseEverything(): Promise<void> {
    await this.click('link', 'Safety & data');
    await this.click('button', 'Erase everything…');
    await this.click('button', 'Yes, erase everything');
    await this.waitForText('is erased');
  }
}
