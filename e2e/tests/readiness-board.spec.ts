import { expect, test } from '@playwright/test';
import { axeFindings } from './support/axe-findings';
import { screenshot } from './support/screenshot';
import { storedSession } from './support/sessions';

// Project manager journey: the Umstellungsplan lists every Standort by cutover date; giving an
// undated Standort an early date moves it to the top, and each row says why it is not ready.
test.use({ storageState: storedSession('projectManager') });

test('set a cutover date on the wave form and see the location move up the board', async ({ page }, testInfo) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Umstellungsplan' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Umstellungsplan' })).toBeVisible();

  const table = page.getByRole('table', { name: 'Standorte mit Umstellungstermin und Bereitschaft' });
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  await screenshot(page, testInfo, 'readiness-board-before');

  // The last row is undated (undated sort last); give it a date before every other one.
  const last = rows.filter({ hasText: 'Kein Termin' }).last();
  const locationLink = last.getByRole('link').nth(1);
  const locationName = (await locationLink.textContent())?.trim() ?? '';
  expect(locationName).not.toBe('');
  await locationLink.click();

  await expect(page.getByRole('heading', { level: 2, name: 'Umstellung an diesem Standort' })).toBeVisible();
  await page.getByLabel('Umstellungstermin').fill('2020-01-06');
  await page.getByLabel('Zeitfenster von').fill('18:00');
  await page.getByLabel('Zeitfenster bis').fill('23:30');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: /gespeichert/i })).toBeVisible();
  await screenshot(page, testInfo, 'readiness-wave-form');

  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Umstellungsplan' })
    .click();
  const first = table.locator('tbody tr').first();
  await expect(first).toContainText(locationName);
  await expect(first).toContainText('18:00–23:30');

  // Why it is not ready: open its criteria and the failing items of the scheduling criterion.
  await first.getByRole('button', { name: `Kriterien für ${locationName} anzeigen` }).click();
  await expect(page.getByText(/Umstellung geplant \(Termin und mindestens ein Techniker\)/).first()).toBeVisible();
  await expect(page.getByText('Keine offenen Blocker — erfüllt').first()).toBeVisible();
  // The items behind a failing criterion, each linked to its page.
  await page.getByRole('button', { name: 'Zeigen', exact: true }).first().click();
  await expect(page.getByText(/noch nicht bestätigt/).first()).toBeVisible();
  await screenshot(page, testInfo, 'readiness-board-after');

  // The Verwaltung's Zeitplan shows the new cutover day among its Standorte.
  await first.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zeitplan' })).toBeVisible();
  const cutovers = page.getByRole('table', { name: 'Umstellungstermine der Standorte' });
  await expect(cutovers.getByRole('row', { name: new RegExp(locationName) })).toContainText('06.01.2020');

  // The project manager plans a phase in the form; the table (and the bar) show it.
  await page.getByRole('button', { name: 'Phase „Testläufe“ bearbeiten' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Geplanter Beginn').fill('2026-01-12');
  await dialog.getByLabel('Geplantes Ende').fill('2026-02-27');
  await dialog.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Läuft' }).click();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Testläufe.*gespeichert/ })).toBeVisible();
  const phases = page.getByRole('table', { name: 'Projektphasen' });
  await expect(phases.getByRole('row', { name: /Testläufe/ })).toContainText('12.01.2026 – 27.02.2026');
  await expect(phases.getByRole('row', { name: /Testläufe/ })).toContainText('Läuft');
  await screenshot(page, testInfo, 'readiness-timeline');
});

// Opened directly, the board's first requests leave from the early script (web/src/early) before
// the app's code has run; the app takes their answers instead of asking the server again.
test('opened directly, the Umstellungsplan asks the server once per query', async ({ page }) => {
  const operations: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST')
      operations.push(String((request.postDataJSON() as { operationName?: string }).operationName));
  });
  await page.goto('/umstellungsplan');
  const table = page.getByRole('table', { name: 'Standorte mit Umstellungstermin und Bereitschaft' });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bestätigungen im Zeitverlauf' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Every early answer was taken by the app (none left over for a later request).
  const left = await page.evaluate(
    () => (globalThis as unknown as { schaltplanEarly?: Map<string, unknown> }).schaltplanEarly?.size,
  );
  expect(left).toBe(0);
  expect(operations.sort()).toEqual(['ConfirmationTimeline', 'Me', 'ReadinessBoard']);
});

// Umstellungsplan, Zeitplan, its phase form and the wave form are in the axe matrix
// (accessibility-matrix.spec.ts); the board with a row's criteria and failing items open is not.
test('the Umstellungsplan with a row’s criteria and failing items open passes axe (WCAG 2.1 AA)', async ({ page }) => {
  await page.goto('/umstellungsplan');
  const table = page.getByRole('table', { name: 'Standorte mit Umstellungstermin und Bereitschaft' });
  await table
    .getByRole('button', { name: /^Kriterien für/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Zeigen', exact: true }).first().click();
  await expect(page.getByRole('button', { name: 'Ausblenden', exact: true }).first()).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
});
