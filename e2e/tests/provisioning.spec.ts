import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { screenshot } from './support/screenshot';
import { storedSession } from './support/sessions';

interface BuildList {
  format: string;
  version: number;
  filter: { location: string | null; includeUnconfirmed: boolean };
  persons: { accountName: string; location: string | null; confirmed: boolean; confirmationState: string }[];
}

test.use({ storageState: storedSession('projectManager') });

// Issue 7: the project manager downloads the build list of one Standort of Amt Musterland.
test('project manager downloads the build list of one Standort as JSON', async ({ page }, testInfo) => {
  // Sign-in, a cold first page, axe and a download: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).click();
  await page
    .getByRole('navigation', { name: 'Bereiche der Verwaltung' })
    .getByRole('link', { name: 'Bereitstellung' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bereitstellung' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Standort' }).click();
  // Other journeys add Standorte such as "Bauhof Nachtschicht …" to this Verwaltung: pick the demo one.
  await page.getByRole('option', { name: /^Bauhof \(/ }).click();
  // The demo data has no confirmations: ask for everyone, flagged, so the file is not empty.
  await page.getByRole('checkbox', { name: 'Auch nicht bestätigte Personen (gekennzeichnet)' }).check();
  await expect(page.getByRole('radio', { name: /^JSON/ })).toBeChecked();
  // With everyone included, the export holds all persons of the Standort.
  await expect(page.getByText(/^Im Export: (\d+) von \1 Personen\.$/)).toBeVisible();
  await screenshot(page, testInfo, 'provisioning-page');

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Bauliste herunterladen' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Bereitstellung-Amt-Musterland-Bauhof-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const list = JSON.parse(fs.readFileSync(file, 'utf8')) as BuildList;
  fs.rmSync(file);

  expect(list).toMatchObject({
    format: 'schaltplan-provisioning',
    version: 1,
    filter: { location: 'Bauhof', includeUnconfirmed: true },
  });
  expect(list.persons.length).toBeGreaterThan(0);
  expect(new Set(list.persons.map((p) => p.location))).toEqual(new Set(['Bauhof']));
  // Whoever is not confirmed says so.
  for (const person of list.persons) expect(person.confirmed).toBe(person.confirmationState === 'CONFIRMED');
});
