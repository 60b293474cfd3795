import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { screenshot } from './support/screenshot';
import ExcelJS from 'exceljs';
import { storedSession } from './support/sessions';

test.use({ storageState: storedSession('coordinator') });

// Coordinator (Amt Musterland): Personen → Exportieren → Excel (XLSX) → the file has the German headers.
test('export the persons list as XLSX', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).click();
  await page
    .getByRole('navigation', { name: 'Bereiche der Verwaltung' })
    .getByRole('link', { name: 'Personen' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personen' })).toBeVisible();

  await page.getByRole('button', { name: 'Exportieren: Personen' }).click();
  await expect(page.getByRole('menuitem', { name: /Drucker-Zuordnungen als Excel/ })).toBeVisible();
  await screenshot(page, testInfo, 'export-menu');
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Personen als Excel (XLSX) herunterladen' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Personen-Amt-Musterland-\d{4}-\d{2}-\d{2}\.xlsx$/);

  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('Personen');
  expect(sheet).toBeDefined();
  const header = (sheet?.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(['Benutzername', 'Vorname', 'Nachname', 'Anzeigename', 'Abteilung', 'Standort', 'E-Mail']);
  expect(sheet?.rowCount ?? 0).toBeGreaterThan(1);
  fs.rmSync(file);
});
