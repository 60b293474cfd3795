import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeFindings } from './support/axe-findings';
import { gql } from './support/cutover-setup';
import { screenshot } from './support/screenshot';
import { storedSession } from './support/sessions';

test.use({ storageState: storedSession('admin') });

const berlinDay = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());

// Admin: Verwaltung bearbeiten → "Exit-Export (ZIP)" → delete the Verwaltung → Verwaltungen →
// "Archiv importieren" → the Verwaltung is back, with its Standorte.
test('exit archive: download, delete, import again', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const n = Date.now() % 1_000_000;
  const name = `Amt Ausstieg ${n}`;
  const { createTenant: tenant } = await gql<{ createTenant: { id: string; version: number } }>(
    page.request,
    'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id version } }',
    { input: { name, kind: 'AMT', ags: String(90_000_000 + n).slice(0, 8), inhabitants: 4200 } },
  );
  const locations = [`Rathaus Ausstieg ${n}`, `Bauhof Ausstieg ${n}`];
  for (const location of locations) {
    await gql(page.request, 'mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }', {
      input: { tenantId: tenant.id, name: location, kind: 'RATHAUS', city: 'Ausstieg' },
    });
  }

  await page.goto(`/verwaltungen/${tenant.id}/bearbeiten`);
  await expect(page.getByRole('heading', { level: 2, name: 'Exit-Export' })).toBeVisible();
  await screenshot(page, testInfo, 'exit-archive-download');
  const downloading = page.waitForEvent('download');
  const dayBefore = berlinDay();
  await page.getByRole('link', { name: `Exit-Export von „${name}“ als ZIP herunterladen` }).click();
  const download = await downloading;
  // The server dates the file: either day, should the download cross midnight in Berlin.
  expect([dayBefore, berlinDay()].map((day) => `Schaltplan-Exit-Amt-Ausstieg-${n}-${day}.zip`)).toContain(
    download.suggestedFilename(),
  );
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);

  await gql(page.request, 'mutation($id: ID!, $version: Int!) { deleteTenant(id: $id, version: $version) }', {
    id: tenant.id,
    version: tenant.version,
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Verwaltungen' })).toBeVisible();
  await expect(page.getByRole('link', { name })).toHaveCount(0);

  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Archiv importieren' }).click();
  await (await choosing).setFiles(file);
  await expect(page.getByRole('status').filter({ hasText: `Verwaltung „${name}“ importiert` })).toBeVisible();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await screenshot(page, testInfo, 'exit-archive-imported');

  // The same archive again: the Verwaltung exists, nothing is created.
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Archiv importieren' }).click();
  await (await again).setFiles(file);
  await expect(page.getByRole('alert').filter({ hasText: 'gibt es hier schon' })).toBeVisible();
  await screenshot(page, testInfo, 'exit-archive-conflict');
  expect(await axeFindings(page)).toEqual([]);

  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  for (const location of locations) await expect(page.getByRole('link', { name: location })).toBeVisible();
  fs.rmSync(file);
});
