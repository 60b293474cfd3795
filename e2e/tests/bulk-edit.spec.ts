import { expect, test } from '@playwright/test';
import { screenshot } from './support/screenshot';
import { axeFindings } from './support/axe-findings';
import { storedSession } from './support/sessions';

test.use({ storageState: storedSession('coordinator') });

// Coordinator (Amt Musterland): select two printers in the Verwaltung's printer list, give both
// the same target queue in one step, and see it in the list.
test('set the target queue of two selected printers at once', async ({ page }, testInfo) => {
  const queue = `\\\\print-cloud\\SAMMEL-${Date.now() % 100000}`;

  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Amt Musterland/ })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Bereiche der Verwaltung' })
    .getByRole('link', { name: 'Drucker' })
    .click();

  const table = page.getByRole('table', { name: 'Drucker' });
  await expect(table.getByRole('row').nth(2)).toBeVisible();
  const names: string[] = [];
  for (const index of [1, 2]) {
    const name = (await table.getByRole('row').nth(index).getByRole('link').first().textContent())?.trim() ?? '';
    expect(name).not.toBe('');
    names.push(name);
    await table.getByRole('checkbox', { name: `„${name}“ auswählen` }).check();
  }
  await expect(page.getByText('2 Einträge ausgewählt')).toBeVisible();

  const open = page.getByRole('button', { name: 'Auswahl bearbeiten (2)' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Auswahl bearbeiten: 2 Einträge' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Feld' }).click();
  await page.getByRole('option', { name: 'Ziel-Warteschlange' }).click();
  await dialog.getByRole('textbox', { name: 'Neuer Wert für „Ziel-Warteschlange“' }).fill(queue);

  expect(await axeFindings(page, '[role="dialog"]')).toEqual([]);

  await dialog.getByRole('button', { name: 'Bei 2 Einträgen ändern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'wurde bei 2 Einträgen geändert' })).toBeVisible();
  await expect(dialog).toBeHidden();
  // Focus goes back to where the user started; the selection is cleared.
  await expect(page.getByRole('button', { name: 'Auswahl bearbeiten (0)' })).toBeFocused();

  for (const name of names) {
    await expect(table.getByRole('row').filter({ hasText: name }).first()).toContainText(queue);
  }
  await screenshot(page, testInfo, 'printers-after-bulk-edit');
});
