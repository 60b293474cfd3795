import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { screenshot } from './support/screenshot';
import { DEMO, signIn } from './support/sign-in';

/** One GraphQL call with the session of `request`'s context; fails the test on any error. */
async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors ?? []).toEqual([]);
  return body.data as T;
}

interface Setup {
  tenantId: string;
  locationName: string;
  department: string;
  first: { id: string; name: string };
  second: { id: string; name: string };
  extraPrinter: string;
  fachverfahren: string;
}

/**
 * A fresh, small Standort of Amt Musterland (not the point of the journey, so through the API
 * as the project manager): two persons of one department, two printers with target queues,
 * one Fachverfahren used by the first person, a cutover date and a technician.
 */
async function createSmallLocation(request: APIRequestContext): Promise<Setup> {
  const n = Date.now() % 100000;
  const { tenants } = await gql<{ tenants: { items: { id: string }[] } }>(
    request,
    'query { tenants(search: "Amt Musterland") { items { id name } } }',
  );
  const tenantId = tenants.items[0]?.id ?? '';
  expect(tenantId).not.toBe('');
  const { createLocation: location } = await gql<{ createLocation: { id: string; version: number } }>(
    request,
    'mutation($input: CreateLocationInput!) { createLocation(input: $input) { id version } }',
    { input: { tenantId, kind: 'FREIBAD', name: `Freibad Seeblick ${n}`, city: 'Musterland' } },
  );
  const printer = async (name: string) =>
    (
      await gql<{ createPrinter: { id: string } }>(
        request,
        'mutation($input: CreatePrinterInput!) { createPrinter(input: $input) { id } }',
        { input: { tenantId, locationId: location.id, name, targetQueue: `\\\\print-cloud\\${name}` } },
      )
    ).createPrinter.id;
  const kasse = await printer(`FB-KASSE-${n}`);
  const extraPrinter = `FB-BUERO-${n}`;
  await printer(extraPrinter);
  const department = `Bäderbetrieb ${n}`;
  const person = async (accountName: string, displayName: string) =>
    (
      await gql<{ createPerson: { id: string } }>(
        request,
        'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
        { input: { tenantId, locationId: location.id, accountName, displayName, department } },
      )
    ).createPerson.id;
  const first = { id: await person(`mbade${n}`, `Mia Bade ${n}`), name: `Mia Bade ${n}` };
  const second = { id: await person(`lschwimm${n}`, `Leo Schwimmer ${n}`), name: `Leo Schwimmer ${n}` };
  for (const p of [first, second]) {
    await gql(
      request,
      'mutation($p: ID!, $r: ID!) { assignPrinter(personId: $p, printerId: $r, isDefault: true) { id } }',
      {
        p: p.id,
        r: kasse,
      },
    );
  }
  const fachverfahren = `Bäderkasse ${n}`;
  const { createFachverfahren: fv } = await gql<{ createFachverfahren: { id: string } }>(
    request,
    'mutation($input: CreateFachverfahrenInput!) { createFachverfahren(input: $input) { id } }',
    { input: { tenantId, area: 'FINANZWESEN', name: fachverfahren, responsibleDepartment: department } },
  );
  await gql(request, 'mutation($p: ID!, $f: ID!) { assignFachverfahren(personId: $p, fachverfahrenId: $f) { id } }', {
    p: first.id,
    f: fv.id,
  });
  await gql(request, 'mutation($input: UpdateLocationWaveInput!) { updateLocationWave(input: $input) { id } }', {
    input: {
      locationId: location.id,
      version: location.version,
      cutoverDate: '2027-03-06',
      windowStart: '16:00',
      windowEnd: '22:00',
    },
  });
  const { planAccounts } = await gql<{ planAccounts: { id: string; role: string }[] }>(
    request,
    'query($t: ID!) { planAccounts(tenantId: $t) { id role } }',
    { t: tenantId },
  );
  const technician = planAccounts.find((a) => a.role === 'TECHNICIAN');
  expect(technician).toBeDefined();
  await gql(request, 'mutation($l: ID!, $a: [ID!]!) { setWaveTechnicians(locationId: $l, accountIds: $a) { id } }', {
    l: location.id,
    a: [technician?.id],
  });
  return { tenantId, locationName: `Freibad Seeblick ${n}`, department, first, second, extraPrinter, fachverfahren };
}

/** The readiness board's row of the location, with its gate badge. */
async function expectGate(page: Page, locationName: string, gate: 'bereit' | 'nicht bereit'): Promise<void> {
  await page.goto('/umstellungsplan');
  const table = page.getByRole('table', { name: 'Standorte mit Umstellungstermin und Bereitschaft' });
  const row = table.locator('tbody tr').filter({ hasText: locationName });
  await expect(row).toHaveCount(1);
  await expect(row.getByText(gate, { exact: true })).toBeVisible();
}

async function openConfirmations(page: Page, department: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Amt Musterland' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Bestätigungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bestätigungen' })).toBeVisible();
  // The department filter lives in the URL (a shareable link); the dropdown itself is covered by
  // confirmations-journey.spec.ts — here many departments from earlier tests may crowd it.
  const url = new URL(page.url());
  url.searchParams.set('abteilung', department);
  await page.goto(url.pathname + url.search);
  await expect(page.getByRole('combobox', { name: 'Abteilung' })).toHaveValue(department);
}

// Issue 5: one Standort of Amt Musterland is brought to the gate "bereit", step by step.
test('a location goes from "nicht bereit" to "bereit": confirm, reject, fix, confirm again, test and sign off', async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, DEMO.projectManager);
  const setup = await createSmallLocation(manager.request);
  const comment = `Büro-Drucker fehlt (${setup.first.name})`;

  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, DEMO.coordinator);

  // 1. The coordinator confirms the department and rejects one person with a comment.
  await openConfirmations(coordinator, setup.department);
  const table = coordinator.getByRole('table', { name: 'Personen mit ihren Zuordnungen zur Bestätigung' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await screenshot(coordinator, testInfo, 'plan-1-department-open');
  await coordinator.getByRole('button', { name: 'Alle angezeigten bestätigen (2)' }).click();
  await expect(coordinator.getByText('2 Personen sind bestätigt.')).toBeVisible();
  await coordinator.getByRole('button', { name: `${setup.first.name} ablehnen` }).click();
  const dialog = coordinator.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Was stimmt nicht?' }).fill(comment);
  await dialog.getByRole('button', { name: 'Ablehnen' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByText(`„${comment}“`)).toBeVisible();
  await screenshot(coordinator, testInfo, 'plan-2-confirmed-and-rejected');

  // 2. The project manager sees the rejection as a task.
  await manager.goto('/');
  await manager.getByRole('link', { name: 'Amt Musterland' }).click();
  await manager.getByRole('navigation').getByRole('link', { name: 'Was ist noch zu tun?' }).click();
  const tasks = manager.getByRole('list', { name: /Ablehnung(en)? offen/ });
  await expect(tasks.getByText(`„${comment}“`)).toBeVisible();
  await screenshot(manager, testInfo, 'plan-3-manager-task');

  // 3. The project manager fixes the mapping on the person's page: adds the office printer.
  await manager.goto(`/verwaltungen/${setup.tenantId}/personen/${setup.first.id}`);
  await expect(manager.getByRole('heading', { level: 1, name: setup.first.name })).toBeVisible();
  const printers = manager.getByRole('region', { name: /^Drucker \(/ });
  await printers.getByRole('combobox', { name: 'Drucker hinzufügen' }).fill(setup.extraPrinter);
  await manager.getByRole('option', { name: new RegExp(setup.extraPrinter) }).click();
  await printers.getByRole('button', { name: 'Zuordnen' }).click();
  await expect(printers.getByRole('link', { name: setup.extraPrinter, exact: true })).toBeVisible();
  await screenshot(manager, testInfo, 'plan-4-manager-fixed-printer');

  // Not ready yet: a person is not confirmed and the Fachverfahren is untested.
  await expectGate(manager, setup.locationName, 'nicht bereit');

  // 4. The coordinator confirms the person again.
  await openConfirmations(coordinator, setup.department);
  const row = table.getByRole('row').filter({ hasText: setup.first.name });
  await expect(row).toContainText(setup.extraPrinter);
  await expect(row.getByText(/Geändert seit Bestätigung|Noch nicht bestätigt|Abgelehnt/)).toBeVisible();
  await screenshot(coordinator, testInfo, 'plan-5-changed-since-confirmation');
  await coordinator.getByRole('button', { name: `${setup.first.name} bestätigen` }).click();
  await expect(coordinator.getByText(`${setup.first.name} ist bestätigt.`)).toBeVisible();
  await expect(row.getByText('Bestätigt', { exact: true })).toBeVisible();

  // 5. The project manager records a passed test run; still "nicht bereit" until it is signed off.
  await manager.goto(`/verwaltungen/${setup.tenantId}`);
  await manager
    .getByRole('navigation', { name: 'Bereiche der Verwaltung' })
    .getByRole('link', { name: 'Testläufe' })
    .click();
  await manager.getByRole('button', { name: `Testlauf erfassen für ${setup.fachverfahren}` }).click();
  const record = manager.getByRole('dialog', { name: 'Testlauf erfassen' });
  await record.getByRole('textbox', { name: 'Getestet von' }).fill('Herr Kiel (Bäderbetrieb)');
  await record.getByRole('button', { name: 'Speichern' }).click();
  await expect(manager.getByRole('status').filter({ hasText: 'Der Testlauf wurde gespeichert.' })).toBeVisible();
  await expectGate(manager, setup.locationName, 'nicht bereit');
  await screenshot(manager, testInfo, 'plan-6-board-not-ready');

  // "Was ist noch zu tun?" tells the coordinator (the department) that a sign-off waits …
  await coordinator.goto(`/verwaltungen/${setup.tenantId}`);
  await coordinator
    .getByRole('navigation', { name: 'Bereiche der Verwaltung' })
    .getByRole('link', { name: 'Was ist noch zu tun?' })
    .click();
  const signOffs = coordinator.getByRole('list', { name: /warte(t|n) auf Ihre Abnahme/ });
  await expect(signOffs.getByText(setup.fachverfahren, { exact: true })).toBeVisible();
  await screenshot(coordinator, testInfo, 'plan-6b-todo-sign-off');
  // … and they sign the run off: the gate turns "bereit".
  await coordinator.getByRole('link', { name: 'Zu den Testläufen' }).click();
  await coordinator.getByRole('button', { name: `Testlauf abnehmen für ${setup.fachverfahren}` }).click();
  await coordinator
    .getByRole('dialog', { name: `Testlauf für ${setup.fachverfahren} abnehmen?` })
    .getByRole('button', { name: 'Ja, abnehmen' })
    .click();
  await expect(
    coordinator.getByRole('status').filter({ hasText: `${setup.fachverfahren} ist abgenommen.` }),
  ).toBeVisible();

  await expectGate(manager, setup.locationName, 'bereit');
  await screenshot(manager, testInfo, 'plan-7-board-ready');

  // Below the board: "Bestätigungen im Zeitverlauf", as a chart and on request as a table.
  const chart = manager.getByRole('region', { name: 'Bestätigungen im Zeitverlauf', exact: true });
  await expect(chart.getByRole('img', { name: /^Bestätigungen je Tag/ })).toBeVisible();
  await chart.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
  const today = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(new Date());
  const todayRow = chart.getByRole('table', { name: 'Bestätigungen und Ablehnungen je Tag' }).getByRole('row', {
    name: new RegExp(`^${today.replace(/\./g, '\\.')} `),
  });
  const [confirmed, rejected] = (await todayRow.getByRole('cell').allTextContents()).slice(1).map(Number);
  // This journey alone: 2 + 1 confirmed, 1 rejected today (other tests may add more).
  expect(confirmed).toBeGreaterThanOrEqual(3);
  expect(rejected).toBeGreaterThanOrEqual(1);
  await screenshot(manager, testInfo, 'plan-8-confirmation-chart-table');
  await expectGate(coordinator, setup.locationName, 'bereit');
  await coordinatorContext.close();
  await managerContext.close();
});
