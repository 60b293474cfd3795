import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './support/screenshot';
import { DEMO, signIn } from './support/sign-in';

/** WCAG 2.1 A/AA findings of axe on the current page (none expected). */
async function violations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('login, set-password and failed-login pages pass axe (WCAG 2.1 AA)', async ({ page }) => {
  await page.goto('/anmelden');
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByText('Bitte ausfüllen.').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.goto('/passwort-setzen#token=not-a-token');
  expect(await violations(page)).toEqual([]);
  await page.goto('/passwort-setzen');
  expect(await violations(page)).toEqual([]);
});

test('Mein Konto, Konten and the account form pass axe (WCAG 2.1 AA)', async ({ page }, testInfo) => {
  await signIn(page, DEMO.admin);
  await page.goto('/mein-konto');
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.goto('/konten');
  await expect(page.getByRole('table', { name: 'Konten' }).getByRole('row').nth(1)).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.goto('/konten/neu');
  await page.getByRole('combobox', { name: 'Rolle' }).click();
  await page.getByRole('option', { name: 'Technik' }).click();
  // Technicians are linked to Standorte, grouped by their Verwaltung.
  await page.getByRole('combobox', { name: 'Standorte' }).click();
  await expect(page.getByRole('option', { name: 'Kreishaus (Musterstadt)' })).toBeVisible();
  await screenshot(page, testInfo, 'account-form-technician-de');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Bitte mindestens einen Standort wählen.')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
