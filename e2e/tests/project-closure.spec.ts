import { expect, test, type APIRequestContext } from '@playwright/test';
import { axeFindings } from './support/axe-findings';
import { screenshot } from './support/screenshot';
import { DEMO, signIn } from './support/sign-in';

async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors ?? []).toEqual([]);
  return body.data as T;
}

const PASSWORD = 'Abschluss-Test-2027!';
const PEOPLE = [
  { accountName: 'h.oconnor', givenName: 'Hanne', surname: "O'Connor-Weiß", email: 'h.oconnor@abschluss.example' },
  { accountName: 'a.boehm', givenName: 'Anton', surname: 'Böhm', email: 'a.boehm@abschluss.example' },
  { accountName: 'c.zander', givenName: 'Carla', surname: 'Zander', email: 'c.zander@abschluss.example' },
];
const displayName = (p: (typeof PEOPLE)[number]) => `${p.givenName} ${p.surname}`;

/**
 * As the admin, through the API: a Verwaltung of its own (never a demo one), three persons, a
 * blocker naming one of them, and a project manager account for just this Verwaltung.
 */
async function setUp(admin: APIRequestContext, anonymous: APIRequestContext) {
  const n = Date.now() % 1_000_000;
  const name = `Gemeinde Abschlusstal ${n}`;
  const { createTenant: tenant } = await gql<{ createTenant: { id: string } }>(
    admin,
    'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
    { input: { name, kind: 'GEMEINDE', ags: String(30_000_000 + n).slice(0, 8), inhabitants: 2400 } },
  );
  const { createLocation: location } = await gql<{ createLocation: { id: string } }>(
    admin,
    'mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }',
    { input: { tenantId: tenant.id, kind: 'RATHAUS', name: 'Rathaus Abschlusstal' } },
  );
  const ids: string[] = [];
  for (const p of PEOPLE) {
    const { createPerson } = await gql<{ createPerson: { id: string } }>(
      admin,
      'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      { input: { tenantId: tenant.id, locationId: location.id, displayName: displayName(p), ...p } },
    );
    ids.push(createPerson.id);
  }
  await gql(admin, 'mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { id } }', {
    input: { tenantId: tenant.id, title: `Kein Zugang für ${displayName(PEOPLE[1])}`, locationId: location.id },
  });
  const email = `projektleitung-${n}@abschluss.example`;
  const { createAccount } = await gql<{ createAccount: { setPassword: { token: string } } }>(
    admin,
    'mutation($input: CreateAccountInput!) { createAccount(input: $input) { setPassword { token } } }',
    { input: { email, displayName: 'Paula Projekt', role: 'PROJECT_MANAGER', tenantIds: [tenant.id] } },
  );
  await gql(anonymous, 'mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }', {
    t: createAccount.setPassword.token,
    p: PASSWORD,
  });
  return { tenantId: tenant.id, name, email };
}

// Issue 7: after the Abschluss, the project manager pseudonymises the Verwaltung's persons.
test('the project manager closes the project and pseudonymises the persons in two confirmed steps', async ({
  browser,
  playwright,
}, testInfo) => {
  test.setTimeout(90_000);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  const anonymous = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const setup = await setUp(admin.request, anonymous);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, setup.email, PASSWORD);
  await page.goto(`/verwaltungen/${setup.tenantId}`);
  const sections = page.getByRole('navigation', { name: 'Bereiche der Verwaltung' });
  await sections.getByRole('link', { name: 'Projektabschluss' }).click();
  await expect(page.getByRole('heading', { name: 'Projektabschluss' })).toBeVisible();
  await expect(page.getByText('Erst nach dem Abschluss möglich')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Personen pseudonymisieren …' })).toHaveCount(0);

  // 1. The Abschluss phase is set to done in the Zeitplan.
  await page.getByRole('link', { name: 'Zum Zeitplan' }).click();
  await page.getByRole('button', { name: 'Phase „Abschluss“ bearbeiten' }).click();
  const phase = page.getByRole('dialog', { name: 'Phase „Abschluss“ bearbeiten' });
  await phase.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Abgeschlossen' }).click();
  await phase.getByRole('button', { name: 'Speichern' }).click();
  await expect(phase).toBeHidden();

  // 2. Step one: what will happen, with counts, and that it cannot be undone.
  await sections.getByRole('link', { name: 'Projektabschluss' }).click();
  await page.getByRole('button', { name: 'Personen pseudonymisieren …' }).click();
  const first = page.getByRole('dialog', { name: 'Personen pseudonymisieren – Schritt 1 von 2' });
  await expect(first.getByText('3 Personen erhalten ein Pseudonym', { exact: false })).toBeVisible();
  await expect(first.getByText('Unumkehrbar')).toBeVisible();
  await expect(first.getByRole('button', { name: 'Weiter' })).toBeFocused();
  expect(await axeFindings(page)).toEqual([]);
  await screenshot(page, testInfo, 'project-closure-1-step-one');
  await first.getByRole('button', { name: 'Weiter' }).click();

  // 3. Step two: the final button waits for the Verwaltung's exact name.
  const second = page.getByRole('dialog', { name: 'Personen pseudonymisieren – Schritt 2 von 2' });
  const input = second.getByRole('textbox', { name: 'Name der Verwaltung' });
  const go = second.getByRole('button', { name: 'Endgültig pseudonymisieren' });
  await expect(input).toBeFocused();
  await expect(go).toBeDisabled();
  await input.fill(setup.name.toLowerCase());
  await expect(go).toBeDisabled();
  await input.fill(setup.name);
  await expect(go).toBeEnabled();
  expect(await axeFindings(page)).toEqual([]);
  await screenshot(page, testInfo, 'project-closure-2-step-two');
  await go.click();

  // 4. The result, and the badge in the Verwaltung's frame.
  await expect(page.getByText('Die Personen sind pseudonymisiert.')).toBeVisible();
  await expect(page.getByText('3 Personen tragen jetzt ein Pseudonym.')).toBeVisible();
  await expect(page.getByText(/^Pseudonymisiert am /)).toBeVisible();
  await expect(page.getByText(/^Erledigt am .* von Paula Projekt$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Personen pseudonymisieren …' })).toHaveCount(0);
  await screenshot(page, testInfo, 'project-closure-3-done');

  // 5. The person list shows pseudonyms only, numbered by account name.
  await sections.getByRole('link', { name: 'Personen' }).click();
  for (const pseudonym of ['Person 0001', 'Person 0002', 'Person 0003']) {
    await expect(page.getByRole('link', { name: pseudonym, exact: true })).toBeVisible();
  }
  for (const p of PEOPLE) await expect(page.getByText(p.surname)).toHaveCount(0);
  await screenshot(page, testInfo, 'project-closure-4-persons');

  // The blocker that named a person names the pseudonym (a.boehm is number 1).
  await sections.getByRole('link', { name: 'Blocker' }).click();
  await expect(page.getByText('Kein Zugang für Person 0001')).toBeVisible();

  await anonymous.dispose();
  await context.close();
  await adminContext.close();
});
