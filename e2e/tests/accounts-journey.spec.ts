import { expect, test } from '@playwright/test';
import { screenshot } from './support/screenshot';
import { DEMO, signIn } from './support/sign-in';

// Admin journey: create a coordinator, pass on the set-password link; the new account sets its
// password (in a browser of its own) and signs in.
test('the admin creates a coordinator, who sets a password and signs in', async ({ page, browser }, testInfo) => {
  const stamp = Date.now() % 1_000_000;
  const email = `e2e-koordination-${stamp}@amt-musterland.example`;
  const name = `Kim Koordination ${stamp}`;
  const password = 'ein langer Satz als Passwort';

  await signIn(page, DEMO.admin);
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Konten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Konten' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Konten' });
  await expect(table.getByRole('row', { name: /admin@schaltplan\.example/ })).toBeVisible();
  await screenshot(page, testInfo, 'accounts-list-de');

  await page.getByRole('link', { name: 'Konto anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Konto anlegen' })).toBeVisible();
  await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(email);
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('combobox', { name: 'Rolle' }).click();
  await page.getByRole('option', { name: 'Koordination' }).click();
  // A coordinator needs exactly one Verwaltung.
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Bitte genau eine Verwaltung wählen.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Verwaltung' }).click();
  await page.getByRole('option', { name: 'Amt Musterland' }).click();
  await screenshot(page, testInfo, 'account-form-de');
  await page.getByRole('button', { name: 'Speichern' }).click();

  // The one-time link, to copy and pass on (no mail server).
  await expect(page.getByText(/Es gibt keinen Mailserver/)).toBeVisible();
  const linkField = page.getByRole('textbox', { name: 'Link zum Setzen des Passworts' });
  const link = await linkField.inputValue();
  expect(link).toMatch(/\/passwort-setzen#token=.+/);
  await expect(page.getByRole('button', { name: 'Link kopieren' })).toBeVisible();
  await screenshot(page, testInfo, 'account-created-link-de');

  // The new account, in a browser of its own.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('heading', { level: 1, name: 'Passwort festlegen' })).toBeVisible();
  await fresh.getByRole('textbox', { name: 'Neues Passwort', exact: true }).fill('zu kurz');
  await fresh.getByRole('textbox', { name: 'Neues Passwort wiederholen', exact: true }).fill('zu kurz');
  await fresh.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(fresh.getByText('Das Passwort muss mindestens 12 Zeichen lang sein.')).toBeVisible();
  await fresh.getByRole('textbox', { name: 'Neues Passwort', exact: true }).fill(password);
  await fresh.getByRole('textbox', { name: 'Neues Passwort wiederholen', exact: true }).fill(password);
  await fresh.getByRole('button', { name: 'Passwort speichern' }).click();

  await expect(fresh).toHaveURL(/\/anmelden$/);
  await expect(fresh.getByRole('status').filter({ hasText: 'Ihr Passwort ist gespeichert' })).toBeVisible();
  await fresh.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(email);
  await fresh.getByRole('textbox', { name: 'Passwort', exact: true }).fill(password);
  await fresh.getByRole('button', { name: 'Anmelden' }).click();
  await expect(
    fresh.getByRole('banner').getByRole('link', { name: `Mein Konto: ${name}, Koordination` }),
  ).toBeVisible();
  await expect(
    fresh.getByRole('table', { name: 'Verwaltungen' }).getByRole('link', { name: 'Amt Musterland' }),
  ).toBeVisible();

  // The link works only once.
  await fresh.goto(link);
  await fresh.getByRole('textbox', { name: 'Neues Passwort', exact: true }).fill(password);
  await fresh.getByRole('textbox', { name: 'Neues Passwort wiederholen', exact: true }).fill(password);
  await fresh.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(
    fresh.getByRole('alert').filter({
      hasText: 'Der Link ist ungültig oder abgelaufen. Bitte wenden Sie sich an die Administration.',
    }),
  ).toBeVisible();

  // The admin deactivates the account (after a warning): its session ends at once.
  await page.getByRole('switch', { name: 'Konto aktiv' }).click();
  await page.getByRole('button', { name: 'Speichern' }).click();
  const dialog = page.getByRole('dialog', { name: `Konto ${name} deaktivieren?` });
  await expect(dialog).toContainText('Alle laufenden Sitzungen enden sofort.');
  await dialog.getByRole('button', { name: 'Deaktivieren und speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Konten' })).toBeVisible();
  await fresh.getByRole('banner').getByRole('link', { name: 'Verwaltungen' }).click();
  await expect(fresh).toHaveURL(/\/anmelden/);
  await expect(fresh.getByRole('status').filter({ hasText: 'Ihre Sitzung ist abgelaufen' })).toBeVisible();
  await context.close();

  // Resetting the password yields a new one-time link.
  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Passwort zurücksetzen' }).click();
  await page
    .getByRole('dialog', { name: `Passwort von ${name} zurücksetzen?` })
    .getByRole('button', { name: 'Passwort zurücksetzen' })
    .click();
  const newLink = await page.getByRole('textbox', { name: 'Link zum Setzen des Passworts' }).inputValue();
  expect(newLink).toMatch(/\/passwort-setzen#token=.+/);
  expect(newLink).not.toBe(link);

  // The admin sees that the account has signed in and is deactivated; in English this time.
  await page.getByRole('banner').getByRole('link', { name: 'Konten' }).click();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill(email);
  await expect(page.getByRole('table', { name: 'Accounts' }).getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('table', { name: 'Accounts' }).getByText('Deactivated')).toBeVisible();
  await screenshot(page, testInfo, 'accounts-list-en');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit account ${name}` })).toBeVisible();
  await screenshot(page, testInfo, 'account-form-en');
  await page.getByRole('button', { name: 'Auf Deutsch umschalten' }).click();
});
