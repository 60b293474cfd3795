import { expect, test } from '@playwright/test';
import { axeFindings } from './support/axe-findings';
import { screenshot } from './support/screenshot';
import { storedSession } from './support/sessions';

// Login, set-password, Mein Konto, Konten and the empty account form are in the axe matrix
// (accessibility-matrix.spec.ts); this is the form in a state the matrix does not reach.
test.use({ storageState: storedSession('admin') });

test('the account form for a technician, with its Standorte and a validation error, passes axe (WCAG 2.1 AA)', async ({
  page,
}, testInfo) => {
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
  expect(await axeFindings(page)).toEqual([]);
});
