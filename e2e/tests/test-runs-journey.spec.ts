import { expect, test, type Page } from '@playwright/test';
import { axeFindings } from './support/axe-findings';
import { screenshot } from './support/screenshot';
import { DEMO, signIn } from './support/sign-in';

const violations = (page: Page) => axeFindings(page);

async function openSection(page: Page, section: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).click();
  await page.getByRole('navigation', { name: 'Bereiche der Verwaltung' }).getByRole('link', { name: section }).click();
  await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
}

// Project manager records a passed test run; the coordinator (the department) signs it off.
test('a passed test run is recorded by the project manager and signed off by the coordinator', async ({
  page,
}, testInfo) => {
  await signIn(page, DEMO.projectManager);
  await openSection(page, 'Testläufe');
  const table = page.getByRole('table', { name: 'Testläufe' });
  // Row 0 is the header, row 1 the standard workplace, then the Fachverfahren.
  await expect(table.getByRole('row').nth(1)).toContainText('Standardarbeitsplatz');
  const row = table.getByRole('row').nth(2);
  const name = ((await row.getByRole('cell').first().textContent()) ?? '').trim();
  expect(name).not.toBe('');
  await expect(row).toContainText('Noch nicht getestet');

  await page.getByRole('button', { name: `Testlauf erfassen für ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Testlauf erfassen' });
  await dialog.getByRole('textbox', { name: 'Getestet von' }).fill('Frau Sommer (Bürgerbüro)');
  await expect(dialog.getByRole('radio', { name: 'Bestanden', exact: true })).toBeChecked();
  await dialog.getByRole('textbox', { name: 'Feststellungen' }).fill('Anmeldung, Suche und Druck funktionieren.');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Der Testlauf wurde gespeichert.' })).toBeVisible();
  const fvRow = table.getByRole('row').filter({ hasText: name }).first();
  await expect(fvRow).toContainText('Bestanden, Abnahme fehlt');
  // Project managers plan and record; signing off is the department's.
  await expect(page.getByRole('button', { name: `Testlauf abnehmen für ${name}` })).toHaveCount(0);
  await screenshot(page, testInfo, 'test-runs-recorded-by-project-manager');

  await page.context().clearCookies();
  await signIn(page, DEMO.coordinator);
  await openSection(page, 'Testläufe');
  await page.getByRole('button', { name: `Testlauf abnehmen für ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Testlauf für ${name} abnehmen?` });
  await expect(confirm).toContainText('Frau Sommer (Bürgerbüro)');
  await confirm.getByRole('button', { name: 'Ja, abnehmen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} ist abgenommen.` })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: name }).first()).toContainText('Bestanden und abgenommen');

  await page.getByRole('button', { name: `Verlauf von ${name}` }).click();
  const history = page.getByRole('table', { name: 'Verlauf' });
  await expect(history).toContainText('Abgenommen von');
  await expect(history).toContainText('Anmeldung, Suche und Druck funktionieren.');
  expect(await violations(page)).toEqual([]);
  await screenshot(page, testInfo, 'test-runs-signed-off-by-coordinator');
});

test('the coordinator records a blocker at a location and closes it', async ({ page }, testInfo) => {
  const title = `Netzwerkdose defekt ${Date.now() % 100000}`;
  await signIn(page, DEMO.coordinator);
  await openSection(page, 'Blocker');
  await page.getByRole('button', { name: 'Blocker erfassen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Blocker erfassen' });
  await dialog.getByRole('textbox', { name: 'Titel' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Zuständig' }).fill('Hausmeister');
  await dialog.getByRole('combobox', { name: 'Standort' }).click();
  await page.getByRole('option').first().click();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Der Blocker wurde gespeichert.' })).toBeVisible();

  const table = page.getByRole('table', { name: 'Blocker' });
  const row = table.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Offen');
  await screenshot(page, testInfo, 'blockers-open');

  // The Standort names its open blockers at the top of its page.
  const locationName = ((await row.getByRole('cell').nth(1).textContent()) ?? '').trim();
  await page
    .getByRole('navigation', { name: 'Bereiche der Verwaltung' })
    .getByRole('link', { name: 'Standorte' })
    .click();
  await page.getByRole('link', { name: locationName, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: locationName })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: title })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await screenshot(page, testInfo, 'location-with-open-blocker');
  await page.getByRole('link', { name: 'Blocker dieses Standorts ansehen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Blocker' })).toBeVisible();

  await page.getByRole('button', { name: `Blocker „${title}“ als erledigt schließen` }).click();
  await expect(page.getByRole('status').filter({ hasText: `„${title}“ ist erledigt.` })).toBeVisible();
  await expect(row).toHaveCount(0);
  await page.getByText('Erledigt', { exact: true }).first().click();
  await expect(table.getByRole('row').filter({ hasText: title })).toContainText('Erledigt');
  await screenshot(page, testInfo, 'blockers-closed');
});
