import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { A11Y_PAGES, pageIds } from './support/a11y-pages';
import { axeReport } from './support/axe-findings';
import { session, type Language, type Role } from './support/sessions';
import { PAGE_PROBES, navigate, settle } from './support/spa';
import { uiText } from './support/ui-text';

// Issue 8: axe (WCAG 2.1 A/AA) on every main page, for every role, in German and English.
// One browser context per role and language, signed in by the stored session; the pages are
// opened inside the running app (no reload), each checked once it shows its content.

const ROLES: readonly Role[] = ['admin', 'projectManager', 'coordinator', 'technician', 'viewer'];
const LANGUAGES: readonly Language[] = ['de', 'en'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Serious/critical findings fail the page (soft, so one run lists them all); lesser ones are reported. */
async function check(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const started = Date.now();
  const { blocking, other } = await axeReport(page);
  testInfo.annotations.push({ type: 'axe ms', description: `${name}: ${Date.now() - started}` });
  for (const finding of other)
    testInfo.annotations.push({ type: 'axe (minor/moderate)', description: `${name}: ${finding}` });
  expect.soft(blocking, `${name} (${page.url()})`).toEqual([]);
}

for (const language of LANGUAGES) {
  test(`login and set-password pages pass axe (${language})`, async ({ browser }, testInfo) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await context.addInitScript(`localStorage.setItem('schaltplan.language', '${language}'); ${PAGE_PROBES}`);
    const page = await context.newPage();
    await page.goto('/anmelden');
    await settle(page);
    await check(page, testInfo, 'Anmelden');
    // Sent empty: both fields say what is missing.
    await page.getByRole('button', { name: uiText(language, 'auth.signIn'), exact: true }).click();
    await expect(page.getByText(uiText(language, 'validation.required')).first()).toBeVisible();
    await check(page, testInfo, 'Anmelden mit Fehlern');
    for (const path of ['/passwort-setzen#token=not-a-token', '/passwort-setzen']) {
      // A full load: both addresses show the same route, so a client-side switch keeps its elements.
      await page.goto(path);
      await settle(page);
      await check(page, testInfo, path);
    }
    await context.close();
  });

  for (const role of ROLES) {
    test(`every page the ${role} may open passes axe (${language})`, async ({ browser, baseURL }, testInfo) => {
      const pages = A11Y_PAGES.filter((p) => p.roles.includes(role));
      test.setTimeout(30_000 + pages.length * 10_000);
      const context = await browser.newContext({ storageState: session(role, baseURL, language), viewport: DESKTOP });
      await context.addInitScript(PAGE_PROBES);
      const page = await context.newPage();
      const ids = await pageIds(page.request, role);
      let current = '';
      for (const entry of pages) {
        await page.setViewportSize(entry.phone ? PHONE : DESKTOP);
        const path = entry.path(ids);
        // A dialog entry opens on the page just checked: no navigation needed.
        if (path !== current) {
          if (current) await navigate(page, path);
          else await page.goto(path);
          current = path;
          await settle(page);
        }
        if (entry.dialog) {
          const dialog = await entry.dialog(page, language);
          await settle(page);
          await check(page, testInfo, entry.name);
          await page.keyboard.press('Escape');
          await expect(dialog).toBeHidden();
        } else {
          await check(page, testInfo, entry.name);
        }
      }
      await context.close();
    });
  }
}
