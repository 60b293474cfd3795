import { expect, test } from '@playwright/test';
import { screenshot } from './support/screenshot';
import { DEMO, DEMO_PASSWORD, signIn } from './support/sign-in';

/** The id of a Verwaltung, looked up as the admin in a context of its own. */
async function tenantId(request: import('@playwright/test').APIRequestContext, name: string): Promise<string> {
  const post = (query: string, variables: Record<string, unknown> = {}) =>
    request.post('/graphql', { data: { query, variables } });
  await post('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: DEMO.admin,
    p: DEMO_PASSWORD,
  });
  const res = await post('query($s: String) { tenants(search: $s) { items { id name } } }', { s: name });
  const body = (await res.json()) as { data: { tenants: { items: { id: string; name: string }[] } } };
  const tenant = body.data.tenants.items.find((item) => item.name === name);
  if (!tenant) throw new Error(`no tenant ${name}`);
  return tenant.id;
}

test('the coordinator signs in through the login page, sees only their Verwaltung, and signs out', async ({
  page,
  playwright,
  baseURL,
}, testInfo) => {
  // Without a session every page leads to the login page, which remembers where the user wanted to go.
  await page.goto('/mein-konto');
  await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fmein-konto/);
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toHaveCount(0);
  await screenshot(page, testInfo, 'login-de');

  // One generic message, whatever was wrong.
  await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(DEMO.coordinator);
  await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'E-Mail oder Passwort falsch.' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/mein-konto$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: /Mein Konto: .*, Koordination/ })).toBeVisible();
  await expect(header.getByRole('link', { name: 'Konten' })).toHaveCount(0);
  await screenshot(page, testInfo, 'my-account-de');

  // Mein Konto: a wrong current password lands on its field.
  await page.getByRole('textbox', { name: 'Aktuelles Passwort', exact: true }).fill('not-the-password');
  await page.getByRole('textbox', { name: 'Neues Passwort', exact: true }).fill('ein ganz neues Passwort');
  await page.getByRole('textbox', { name: 'Neues Passwort wiederholen', exact: true }).fill('ein ganz neues Passwort');
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page.getByText('Das aktuelle Passwort ist nicht richtig.')).toBeVisible();

  // Only their own Verwaltung, and nothing to create there.
  await header.getByRole('link', { name: 'Verwaltungen' }).click();
  const tenants = page.getByRole('table', { name: 'Verwaltungen' });
  await expect(tenants.getByRole('link', { name: 'Amt Musterland' })).toBeVisible();
  await expect(tenants.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Verwaltung anlegen' })).toHaveCount(0);

  // Another Verwaltung's address typed by hand: "keine Berechtigung", no data.
  const admin = await playwright.request.newContext({ baseURL });
  const otherId = await tenantId(admin, 'Kreis Musterkreis');
  await admin.dispose();
  await page.goto(`/verwaltungen/${otherId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  await expect(page.getByText('Kreis Musterkreis')).toHaveCount(0);

  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/anmelden$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/anmelden/);
});

test('a read-only account sees the inventory without edit buttons', async ({ page }) => {
  await page.goto('/anmelden');
  await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(DEMO.viewer);
  await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('link', { name: 'Amt Musterland' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Amt Musterland/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Löschen' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Bearbeiten' })).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Bereiche der Verwaltung' })
    .getByRole('link', { name: 'Drucker' })
    .click();
  await expect(page.getByRole('table', { name: 'Drucker' }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('link', { name: /anlegen/ })).toHaveCount(0);
});

test('the technician sees only their locations; an ended session leads back to the login page', async ({
  page,
}, testInfo) => {
  await signIn(page, DEMO.technician);
  await page.goto('/');
  const tenants = page.getByRole('table', { name: 'Verwaltungen' });
  await expect(tenants.getByRole('link', { name: 'Kreis Musterkreis' })).toBeVisible();
  await expect(tenants.getByRole('row')).toHaveCount(2);
  await tenants.getByRole('link', { name: 'Kreis Musterkreis' }).click();
  const sections = page.getByRole('navigation', { name: 'Bereiche der Verwaltung' });
  await sections.getByRole('link', { name: 'Standorte' }).click();
  const locations = page.getByRole('table', { name: 'Standorte' });
  await expect(locations.getByRole('link', { name: 'Kreishaus', exact: true })).toBeVisible();
  await expect(locations.getByRole('link', { name: 'Straßenmeisterei Altenbrück' })).toBeVisible();
  await expect(locations.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('link', { name: 'Standort anlegen' })).toHaveCount(0);
  await screenshot(page, testInfo, 'technician-locations-de');

  // The session ends on the server (here: signed out from elsewhere). The page learns of it with
  // its next request, the person's click, or at once if its live connection is closed for it:
  // either way it shows the login page (a click whose link has just been replaced is tried again).
  await page.request.post('/graphql', { data: { query: 'mutation { logout }' } });
  await expect(async () => {
    if (!new URL(page.url()).pathname.startsWith('/anmelden'))
      await sections.getByRole('link', { name: 'Personen' }).click({ timeout: 2_000 });
    await expect(page).toHaveURL(/\/anmelden\?weiter=/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Ihre Sitzung ist abgelaufen' })).toBeVisible();
});

test('the project manager may edit a Verwaltung but neither delete it nor manage accounts', async ({ page }) => {
  await signIn(page, DEMO.projectManager);
  await page.goto('/');
  const tenants = page.getByRole('table', { name: 'Verwaltungen' });
  await expect(tenants.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('link', { name: 'Verwaltung anlegen' })).toHaveCount(0);
  await tenants.getByRole('link', { name: 'Amt Musterland' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Amt Musterland/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bearbeiten' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Löschen' })).toHaveCount(0);
  await page.goto('/konten');
  await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
});

test('after five failed attempts for one address, the login page says when to try again', async ({ page }) => {
  const email = `unbekannt-${Date.now() % 1_000_000}@example.org`;
  await page.goto('/anmelden');
  const password = page.getByRole('textbox', { name: 'Passwort', exact: true });
  await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(email);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await password.fill(`falsch-${attempt}`);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    // A failed attempt empties the password field.
    await expect(password).toHaveValue('');
    await expect(page.getByRole('alert')).toContainText('E-Mail oder Passwort falsch.');
  }
  await password.fill('noch ein Versuch');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Zu viele Fehlversuche. Bitte versuchen Sie es in 15 Minuten erneut.',
  );
});
