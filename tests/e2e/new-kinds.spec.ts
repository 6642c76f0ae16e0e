import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, newProfile } from './support/extension';

// Issue 32: a kind added for the rest of a survivor's life, worked as a person does, and the
// "they post as me" journey reached from the plan.
test('a home internet account: its steps, a step worked, kept after a reload and a restart', async () => {
  const profile = newProfile();
  let ext = await launchExtension(profile);
  await closeStartupTabs(ext);
  let dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('Our internet', 'Home internet');
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  await expect(dash.accountNames()).toHaveText(['Gmail', 'Our internet']);

  await dash.openAccount('Our internet');
  await expect(dash.step(1)).toContainText('Take screenshots before you change anything');
  await expect(dash.step(2)).toContainText('Find your router and who runs the internet account');
  await dash.step(2).getByRole('button', { name: 'Open this step' }).click();
  await dash.step(2).getByRole('button', { name: 'Mark done' }).click();
  await expect(dash.step(2)).toContainText('Done on');
  await expectNoViolations(dash.page, 'home internet account');

  await dash.page.reload();
  dash = await new DashboardPage(dash.page).ready();
  await expect(dash.page.getByRole('heading', { level: 1, name: 'Our internet' })).toBeVisible();
  await expect(dash.step(2)).toContainText('Done on');
  await expect(dash.step(1)).toContainText('To do');
  await ext.close();

  // A real restart: the browser closed, then opened again on the same profile.
  ext = await launchExtension(profile);
  await closeStartupTabs(ext, false);
  dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await expect(dash.accountNames()).toHaveText(['Gmail', 'Our internet']);
  await dash.openAccount('Our internet');
  await expect(dash.step(2)).toContainText('Done on');
  await expect(dash.step(1)).toContainText('To do');
  await ext.close();
});

test('"They post as me" opens from the plan, notice first, and goes back', async () => {
  const ext = await launchExtension(newProfile());
  await closeStartupTabs(ext);
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('Instagram', 'Social media', 'instagram.com');

  await dash.page
    .getByRole('link', { name: 'Someone posts as me, or shares pictures of me' })
    .click();
  const heading = dash.page.getByRole('heading', {
    level: 1,
    name: 'They post as me, or share pictures of me',
  });
  await expect(heading).toBeVisible();
  await expect(dash.page.locator('.warning').first()).toContainText(
    'If you report a post or an account, they may see it come down.',
  );
  await expect(
    dash.page.getByText(/Never keep or copy a picture of anyone under 18/),
  ).toBeVisible();
  await expect(dash.page.getByRole('link', { name: 'Take It Down' })).toHaveAttribute(
    'href',
    'https://takeitdown.ncmec.org/',
  );
  await expectNoViolations(dash.page, 'they post as me');
  await dash.page.getByRole('link', { name: 'Back to your plan' }).click();
  await expect(dash.accountNames()).toHaveText(['Instagram']);
  await ext.close();
});
