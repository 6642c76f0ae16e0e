import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { expectNoViolations } from './support/axe';
import { DashboardPage } from './support/dashboard-page';
import { pdfText } from './pdf-text';
import {
  closeStartupTabs,
  launchExtension,
  TEST_BUILD_DIR,
  type Extension,
} from './support/extension';

// The test build adds a small fake second language (tests/fixtures/locales/en_XA: a few
// pseudo-accented messages); the shipped build has none of it.
let ext: Extension;
test.beforeEach(async () => {
  ext = await launchExtension(undefined, TEST_BUILD_DIR);
  await closeStartupTabs(ext);
});
test.afterEach(async () => {
  await ext.close();
});

const FAKE = 'English (Pseudo-Accents)';

test('the language chosen on the first page is spoken everywhere, the lock screen too', async () => {
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  const page = dash.page;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Before you start/);
  await page.getByLabel('Language').selectOption({ label: FAKE });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\[Béföré ýöû stàrt/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');

  // Messages the fake language lacks stay readable (the browser's English).
  await page.getByRole('button', { name: 'Skip this introduction' }).click();
  await page.getByRole('link', { name: 'Safety & data' }).click();
  await expect(page.getByLabel('[Làñgûàgé]')).toHaveValue('en-XA');
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase').fill('orbit violet tundra 42');
  await page.getByLabel('Type it again').fill('orbit violet tundra 42');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  // Key derivation takes seconds on a busy machine: wait for the outcome, however long.
  await expect(page.getByRole('status')).toContainText('The lock is on', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: '[Lockstep îs löçkéd]' })).toBeVisible();

  // A page opened while locked speaks it from its first render.
  const other = await ext.open('dashboard.html');
  await expect(other.getByRole('heading', { name: '[Lockstep îs löçkéd]' })).toBeVisible();
  await expect(other.locator('html')).toHaveAttribute('lang', 'en-XA');

  // Back to English on the lock screen: this page, and the other one, follow.
  await other.getByLabel('[Làñgûàgé]').selectOption({ label: 'English' });
  await expect(other.getByRole('heading', { name: 'Lockstep is locked' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Lockstep is locked' })).toBeVisible();
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  await other.reload();
  await expect(other.getByRole('heading', { name: 'Lockstep is locked' })).toBeVisible();
  await expect(other.getByLabel('Language')).toHaveValue('en');
});

test('Spanish chosen on an English browser: the plan, an axe scan and the printout in Spanish', async () => {
  test.setTimeout(120_000);
  const page = (await new DashboardPage(await ext.open('dashboard.html')).ready()).page;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Before you start/);
  await page.getByLabel('Language').selectOption({ label: 'Español' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Antes de empezar: su seguridad va primero',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: 'Saltar esta introducción' }).click();

  // An account added as a person does: a few letters typed, then picked from the list.
  await page.getByRole('link', { name: 'Agregar una cuenta' }).first().click();
  const notNow = page.getByRole('button', { name: 'Ahora no' });
  await expect(page.getByLabel('Nombre de la cuenta')).toBeVisible();
  if (await notNow.isVisible()) await notNow.click();
  await page
    .getByRole('combobox', { name: 'Buscar el sitio en el directorio (opcional)' })
    .fill('gmai');
  await page.getByRole('option').filter({ hasText: 'Gmail' }).first().click();
  await expect(page.getByLabel('Nombre de la cuenta')).toHaveValue('Gmail');
  await page.getByLabel('¿Qué tipo de cuenta es?').selectOption({ label: 'Correo principal' });
  await page.getByRole('button', { name: 'Agregar a mi plan' }).click();

  await expect(
    page.getByRole('heading', { name: 'Su plan para recuperar sus cuentas' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Su próximo paso' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Your reset plan');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectNoViolations(page, 'the plan in Spanish');

  // The print view, through a session as an advocate opens it.
  await page.getByRole('link', { name: 'Empezar una sesión con una persona de apoyo' }).click();
  await page.getByRole('button', { name: 'Empezar con una copia de mi plan guardado' }).click();
  await expect(page.locator('.session-banner')).toBeVisible();
  await page.getByRole('link', { name: 'Abrir la vista para imprimir' }).click();
  const paper = page.getByTestId('take-away');
  await expect(paper).toContainText('Correo principal');
  await expect(paper).toContainText('Siguiente:');
  await page.getByLabel(/Decir para qué es este papel/).check();
  await expect(paper).toContainText('espanol.thehotline.org');
  await expectNoViolations(page, 'the print view in Spanish');

  const printed = pdfText(await page.pdf(), 'spanish.pdf');
  writeFileSync(test.info().outputPath('spanish.txt'), printed);
  for (const words of [
    'Mi plan para proteger mis cuentas',
    'Correo principal',
    'Siguiente:',
    'Línea Nacional contra la Violencia Doméstica',
    'START al 88788',
    'espanol.thehotline.org',
  ])
    expect(printed, words).toContain(words);
  // The date as Spanish writes it ("8 dic 2026"), never "Dec 8, 2026".
  expect(printed).toMatch(
    /Hecho el \d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\.? \d{4}/,
  );
  for (const english of ['Next:', 'Made on', 'START to', 'Main email', 'Hotline'])
    expect(printed, english).not.toContain(english);
});
