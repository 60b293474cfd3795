import fs from 'node:fs';
import { expect, test, type Download } from '@playwright/test';
import { screenshot } from './support/screenshot';
import { DEMO, signIn } from './support/sign-in';
import { planTechnicianDay } from './support/technician-day';

async function pdfOf(download: Download): Promise<Buffer> {
  const file = await download.path();
  const body = fs.readFileSync(file);
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return body;
}

// Project manager: the Verwaltung's overview offers the committee's status report as a PDF.
test('download the committee status report from the Verwaltung overview', async ({ page }, testInfo) => {
  await signIn(page, DEMO.projectManager);
  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amt Musterland' })).toBeVisible();
  const link = page.getByRole('link', { name: 'Statusbericht (PDF)' });
  await expect(link).toBeVisible();
  await screenshot(page, testInfo, 'reports-tenant-overview');

  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Statusbericht-Amt-Musterland-\d{4}-\d{2}-\d{2}\.pdf$/);
  await pdfOf(download);
});

// Coordinator: a Standort's page offers the technicians' sheet to print.
test('download the technician sheet from a Standort page', async ({ page }, testInfo) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).first().click();
  const locations = page.getByRole('table', { name: 'Standorte mit Anzahl des Bestands' });
  const first = locations.getByRole('link').first();
  const name = (await first.textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const link = page.getByRole('link', { name: `Technikerblatt (PDF): ${name}` });
  await expect(link).toHaveText('Technikerblatt (PDF)');
  await screenshot(page, testInfo, 'reports-location-page');

  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Technikerblatt-.+-\d{4}-\d{2}-\d{2}\.pdf$/);
  await pdfOf(download);
});

// The viewer reads the report but gets no technician-only surprises; the technician gets no report.
test('offers the status report only to roles that may read it', async ({ page }) => {
  await signIn(page, DEMO.viewer);
  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).first().click();
  await expect(page.getByRole('link', { name: 'Statusbericht (PDF)' })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, DEMO.technician);
  await page.goto('/');
  await page.getByRole('link', { name: 'Kreis Musterkreis' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kreis Musterkreis' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Statusbericht (PDF)' })).toHaveCount(0);
});

// Technician on the cutover day: each Standort group on /technik links its sheet.
test('download the technician sheet from the technician view', async ({ page, request }) => {
  await planTechnicianDay(request);
  await signIn(page, DEMO.technician);
  await page.goto('/technik');
  const link = page.getByRole('link', { name: 'Technikerblatt (PDF): Straßenmeisterei Altenbrück' });
  await expect(link).toBeVisible();
  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Technikerblatt-Straßenmeisterei-Altenbrück-\d{4}-\d{2}-\d{2}\.pdf$/);
  await pdfOf(download);
});
