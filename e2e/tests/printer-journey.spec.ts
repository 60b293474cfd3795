import { expect, test } from '@playwright/test';
import { screenshot } from './support/screenshot';
import { storedSession } from './support/sessions';

test.use({ storageState: storedSession('coordinator') });

// Coordinator journey (Amt Musterland): Verwaltung → Standort → Drucker → edit the target queue → it is kept.
test('edit a printer at a location, reload, and see the change', async ({ page }, testInfo) => {
  const queue = `\\\\print-cloud\\RH-${Date.now() % 100000}`;

  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Amt Musterland/ })).toBeVisible();

  await page.getByRole('link', { name: 'Amtsverwaltung (Rathaus)', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Amtsverwaltung \(Rathaus\)/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Bestand am Standort' }).getByRole('link', { name: 'Drucker' }).click();

  const table = page.getByRole('table', { name: 'Drucker' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const printerLink = table.getByRole('row').nth(1).getByRole('link').first();
  const printerName = (await printerLink.textContent())?.trim() ?? '';
  expect(printerName).not.toBe('');
  await printerLink.click();
  await expect(page.getByRole('heading', { level: 1, name: printerName })).toBeVisible();

  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  const field = page.getByRole('textbox', { name: 'Zielwarteschlange' });
  await field.fill(queue);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: /gespeichert/i })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: printerName })).toBeVisible();
  // In the printer's facts (the change history below may name the value too).
  await expect(page.getByRole('definition').filter({ hasText: queue })).toBeVisible();
  await screenshot(page, testInfo, 'printer-after-reload');
});
