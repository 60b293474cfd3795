import { expect as baseExpect, test } from '@playwright/test';
import { gql, musterlandId } from './support/cutover-setup';
import { screenshot } from './support/screenshot';
import { DEMO, signIn } from './support/sign-in';

// The shared 2-core machine can be slow; a save or a first render may take longer than 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

test('a project manager builds a checklist template: edits, reorders and removes steps, with row-named validation', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.projectManager);
  const tenantId = await musterlandId(page.request);
  const name = `Nachtschicht ${Date.now() % 100000}`;

  await page.goto(`/verwaltungen/${tenantId}/checklisten`);
  await expect(page.getByRole('heading', { level: 1, name: 'Checklisten-Vorlagen' })).toBeVisible();
  const list = page.getByRole('table', { name: 'Checklisten-Vorlagen dieser Verwaltung' });
  await expect(list.locator('tbody tr').first()).toContainText('Standard');

  await page.getByRole('link', { name: 'Neue Vorlage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Checklisten-Vorlage' })).toBeVisible();
  // A new template starts from the standard runbook's seven steps.
  await expect(page.getByTestId('template-step')).toHaveCount(7);
  await page.getByRole('textbox', { name: 'Name' }).fill(name);

  // Validation names the row.
  await page.getByRole('textbox', { name: 'Schritt 3: Bezeichnung' }).fill('');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Schritt 3: Bitte eine Bezeichnung eingeben.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Schritt 3: Bezeichnung' }).fill('Drucker im Flur druckt');

  // Edit a label, move it up by keyboard, make it optional, drop the last step.
  await page.getByRole('textbox', { name: 'Schritt 2: Bezeichnung' }).fill('Anmeldung mit Smartcard');
  const up = page.getByRole('button', { name: 'Schritt 2 nach oben' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Schritt 1: Bezeichnung' })).toHaveValue('Anmeldung mit Smartcard');
  const requiredSwitch = page.getByRole('switch', { name: 'Pflicht (Schritt 1)' });
  await requiredSwitch.focus();
  await page.keyboard.press('Space');
  await expect(requiredSwitch).not.toBeChecked();
  await page.getByRole('button', { name: 'Schritt 7 entfernen' }).click();
  await expect(page.getByTestId('template-step')).toHaveCount(6);
  await screenshot(page, testInfo, 'checklist-template-form');
  await page.getByRole('button', { name: 'Speichern' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Checklisten-Vorlagen' })).toBeVisible();
  const row = list.locator('tbody tr').filter({ hasText: name });
  await expect(row).toContainText('6 Schritte (5 Pflicht)');
  await screenshot(page, testInfo, 'checklist-templates-list');
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('textbox', { name: 'Schritt 1: Bezeichnung' })).toHaveValue('Anmeldung mit Smartcard');
  await expect(page.getByRole('textbox', { name: 'Schritt 2: Bezeichnung' })).toHaveValue('Thin Client aufgestellt');
  await expect(page.getByRole('textbox', { name: 'Schritt 3: Bezeichnung' })).toHaveValue('Drucker im Flur druckt');
  await expect(page.getByRole('switch', { name: 'Pflicht (Schritt 1)' })).not.toBeChecked();

  // Edit once more and save: the change is there after the round trip.
  await page.getByRole('textbox', { name: 'Schritt 6: Bezeichnung' }).fill('Altgerät eingesammelt');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(row).toContainText('6 Schritte (5 Pflicht)');
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('textbox', { name: 'Schritt 6: Bezeichnung' })).toHaveValue('Altgerät eingesammelt');

  // A Standort's wave uses it: chosen in the wave form, kept after a reload.
  const { createLocation: location } = await gql<{ createLocation: { id: string } }>(
    page.request,
    'mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }',
    { input: { tenantId, kind: 'BAUHOF', name: `Bauhof ${name}`, city: 'Musterland' } },
  );
  await page.goto(`/verwaltungen/${tenantId}/standorte/${location.id}/umstellung`);
  const select = page.getByRole('combobox', { name: 'Checkliste' });
  await expect(select).toHaveAttribute('placeholder', 'Standard (Standard-Arbeitsplatz)');
  await select.click();
  await page.getByRole('option', { name }).click();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText(`Umstellung für Bauhof ${name} gespeichert.`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Checkliste' })).toHaveValue(name);
});

test('a coordinator reads the templates but cannot change them', async ({ page }) => {
  await signIn(page, DEMO.coordinator);
  const tenantId = await musterlandId(page.request);
  await page.goto(`/verwaltungen/${tenantId}/checklisten`);
  await expect(page.getByRole('heading', { level: 1, name: 'Checklisten-Vorlagen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Neue Vorlage' })).toHaveCount(0);
  const list = page.getByRole('table', { name: 'Checklisten-Vorlagen dieser Verwaltung' });
  await list.locator('tbody tr').first().getByRole('link').click();
  await expect(page.getByRole('table', { name: 'Schritte in Reihenfolge' })).toContainText('Thin Client aufgestellt');
  await expect(page.getByRole('button', { name: 'Speichern' })).toHaveCount(0);
});

test('saving over someone else’s change shows the conflict banner instead of overwriting', async ({ page }) => {
  await signIn(page, DEMO.projectManager);
  const tenantId = await musterlandId(page.request);
  const name = `Konflikt ${Date.now() % 100000}`;
  const steps = [{ label: 'Thin Client aufgestellt', required: true }];
  const { createChecklistTemplate: template } = await gql<{ createChecklistTemplate: { id: string; version: number } }>(
    page.request,
    'mutation($input: CreateChecklistTemplateInput!) { createChecklistTemplate(input: $input) { id version } }',
    { input: { tenantId, name, steps } },
  );
  await page.goto(`/verwaltungen/${tenantId}/checklisten/${template.id}`);
  await expect(page.getByRole('textbox', { name: 'Schritt 1: Bezeichnung' })).toHaveValue('Thin Client aufgestellt');

  // Meanwhile someone else saves the template.
  await gql(
    page.request,
    'mutation($input: UpdateChecklistTemplateInput!) { updateChecklistTemplate(input: $input) { id } }',
    {
      input: {
        id: template.id,
        version: template.version,
        name,
        steps: [...steps, { label: 'Drucker', required: false }],
      },
    },
  );
  await page.getByRole('textbox', { name: 'Schritt 1: Bezeichnung' }).fill('Thin Client verkabelt');
  await page.getByRole('button', { name: 'Speichern' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Zwischenzeitlich geändert' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Neu laden' }).click();
  await expect(page.getByTestId('template-step')).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Schritt 1: Bezeichnung' })).toHaveValue('Thin Client aufgestellt');
});
