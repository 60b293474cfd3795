import { expect as baseExpect, test } from '@playwright/test';
import { screenshot } from './support/screenshot';
import { gql, musterlandId } from './support/cutover-setup';
import { expectVisibleFocus, tabTo } from './support/keyboard';
import { sessionFile } from './support/sessions';
import { DEMO, DEMO_PASSWORD } from './support/sign-in';

// The shared 2-core machine can be slow; a save with its refetch may take longer than 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

const n = Date.now() % 100000;
const COMMENT = `Drucker im 2. OG fehlt (${n})`;
const DEPARTMENT = `Wasserwerk ${n}`;
const PERSONS = [`Anna Quelle ${n}`, `Bruno Brunnen ${n}`, `Clara Pegel ${n}`];

interface Confirmations {
  personConfirmations: { totalCount: number; items: { displayName: string; state: string }[] };
}

// Issues 5 and 8: the coordinator signs in, confirms a department and rejects one person with the
// keyboard alone (no mouse); the project manager sees the rejection as a task.
test('keyboard only: the coordinator signs in, confirms a department and rejects one person; the project manager sees the rejection', async ({
  browser,
  playwright,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  // A department of its own (through the API, with the coordinator's stored session).
  const api = await playwright.request.newContext({ baseURL, storageState: sessionFile('coordinator', baseURL) });
  const tenantId = await musterlandId(api);
  const { locations } = await gql<{ locations: { items: { id: string }[] } }>(
    api,
    'query($t: ID!) { locations(tenantId: $t, search: "Amtsverwaltung") { items { id } } }',
    { t: tenantId },
  );
  for (const [i, displayName] of PERSONS.entries()) {
    await gql(api, 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', {
      input: {
        tenantId,
        locationId: locations.items[0]?.id,
        accountName: `ww${n}-${i}`,
        displayName,
        department: DEPARTMENT,
      },
    });
  }

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();

  // Sign in on the login page.
  await page.goto('/anmelden');
  const email = page.getByRole('textbox', { name: 'E-Mail-Adresse' });
  await tabTo(page, email);
  await expectVisibleFocus(page, email);
  await page.keyboard.type(DEMO.coordinator);
  await tabTo(page, page.getByRole('textbox', { name: 'Passwort', exact: true }));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Verwaltungen' })).toBeVisible();

  // Verwaltung → Bestätigungen, through links.
  const tenantLink = page.getByRole('table', { name: 'Verwaltungen' }).getByRole('link', { name: 'Amt Musterland' });
  await tabTo(page, tenantLink);
  await expectVisibleFocus(page, tenantLink);
  await page.keyboard.press('Enter');
  const sectionLink = page
    .getByRole('navigation', { name: 'Bereiche der Verwaltung' })
    .getByRole('link', { name: 'Bestätigungen' });
  await tabTo(page, sectionLink);
  await expectVisibleFocus(page, sectionLink);
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: 'Bestätigungen' });
  await expect(heading).toBeVisible();
  // After the navigation the focus is on the new page's heading, not left in the menu.
  await expect(heading).toBeFocused();

  // The department: type into the select, pick the offered one with the arrow keys.
  const departmentSelect = page.getByRole('combobox', { name: 'Abteilung' });
  await tabTo(page, departmentSelect);
  await expectVisibleFocus(page, departmentSelect);
  await page.keyboard.type(DEPARTMENT);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`abteilung=${encodeURIComponent(DEPARTMENT).replace(/%20/g, '(\\+|%20)')}`));
  const table = page.getByRole('table', { name: 'Personen mit ihren Zuordnungen zur Bestätigung' });
  await expect(table.getByRole('row')).toHaveCount(PERSONS.length + 1);
  await expect(table.getByText('Noch nicht bestätigt')).toHaveCount(PERSONS.length);

  // Confirm all shown.
  const confirmAll = page.getByRole('button', { name: `Alle angezeigten bestätigen (${PERSONS.length})` });
  await tabTo(page, confirmAll);
  await expectVisibleFocus(page, confirmAll);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${PERSONS.length} Personen sind bestätigt.`)).toBeVisible();
  await expect(table.getByText('Noch nicht bestätigt')).toHaveCount(0);
  await expect(table.getByText('Bestätigt', { exact: true })).toHaveCount(PERSONS.length);
  await screenshot(page, testInfo, 'department-confirmed');

  // The server agrees: every person of the department is confirmed.
  const confirmed = await gql<Confirmations>(
    api,
    'query($t: ID!, $d: String!) { personConfirmations(tenantId: $t, department: $d) { totalCount items { displayName state } } }',
    { t: tenantId, d: DEPARTMENT },
  );
  expect(confirmed.personConfirmations.totalCount).toBe(PERSONS.length);
  expect(confirmed.personConfirmations.items.map((p) => p.state)).toEqual(PERSONS.map(() => 'CONFIRMED'));

  // Reject one person: the dialog opens on its comment field; an empty comment is refused.
  const rejectButton = table.getByRole('button', { name: `${PERSONS[1]} ablehnen` });
  await tabTo(page, rejectButton);
  await expectVisibleFocus(page, rejectButton);
  await page.keyboard.press('Space');
  const dialog = page.getByRole('dialog');
  const comment = dialog.getByRole('textbox', { name: 'Was stimmt nicht?' });
  await expect(comment).toBeFocused();
  const rejectInDialog = dialog.getByRole('button', { name: 'Ablehnen' });
  await tabTo(page, rejectInDialog);
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Bitte schreiben Sie kurz, was nicht stimmt.')).toBeVisible();
  await tabTo(page, comment, { back: true });
  await page.keyboard.type(COMMENT);
  await tabTo(page, rejectInDialog);
  await expectVisibleFocus(page, rejectInDialog);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const rejectedRow = table.getByRole('row').filter({ hasText: PERSONS[1] });
  await expect(rejectedRow.getByText(`„${COMMENT}“`)).toBeVisible();
  await expect(rejectedRow.getByText('Abgelehnt', { exact: true })).toBeVisible();
  await screenshot(page, testInfo, 'department-after-reject');
  await context.close();

  // The project manager sees the rejection as a task of Amt Musterland.
  const managerContext = await browser.newContext({ storageState: sessionFile('projectManager', baseURL) });
  const manager = await managerContext.newPage();
  await manager.goto(`/verwaltungen/${tenantId}/zu-tun`);
  const tasks = manager.getByRole('list', { name: /Ablehnung(en)? offen/ });
  await expect(tasks.getByText(`„${COMMENT}“`)).toBeVisible();
  await expect(tasks.getByText(PERSONS[1], { exact: false }).first()).toBeVisible();
  await managerContext.close();
  await api.dispose();
});
