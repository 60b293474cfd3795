import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { screenshot } from './support/screenshot';
import { DEMO, signIn } from './support/sign-in';

interface AccessReportJson {
  format: string;
  version: number;
  person: { id: string; displayName: string; accountName: string };
  auditEntries: unknown[];
}

// Project manager (Amt Musterland): Personen → a person → "Auskunft nach Art. 15 DSGVO" → JSON.
test('download the DSGVO access report of a person as JSON', async ({ page }, testInfo) => {
  await signIn(page, DEMO.projectManager);
  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).click();
  await page
    .getByRole('navigation', { name: 'Bereiche der Verwaltung' })
    .getByRole('link', { name: 'Personen' })
    .click();
  const table = page.getByRole('table', { name: 'Personen' });
  const personLink = table.getByRole('row').nth(1).getByRole('link').first();
  const name = (await personLink.textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await personLink.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const section = page.getByRole('region', { name: 'Auskunft nach Art. 15 DSGVO' });
  await expect(
    section.getByRole('link', { name: `Auskunft als PDF herunterladen (Art. 15 DSGVO, ${name})` }),
  ).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'access-report-person');

  const downloading = page.waitForEvent('download');
  await section
    .getByRole('link', { name: new RegExp(`^Auskunft als JSON herunterladen \\(Art. 15 DSGVO, ${name},`) })
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Auskunft-Art15-.+-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as AccessReportJson;
  expect(report).toMatchObject({ format: 'schaltplan-access-report', version: 1, person: { displayName: name } });
  expect(page.url()).toContain(report.person.id);
  fs.rmSync(file);
});

test('a coordinator does not get the access report', async ({ page }) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).click();
  await page
    .getByRole('navigation', { name: 'Bereiche der Verwaltung' })
    .getByRole('link', { name: 'Personen' })
    .click();
  const personLink = page.getByRole('table', { name: 'Personen' }).getByRole('row').nth(1).getByRole('link').first();
  const name = (await personLink.textContent())?.trim() ?? '';
  await personLink.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Änderungsverlauf' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Auskunft nach Art. 15 DSGVO' })).toHaveCount(0);
});
