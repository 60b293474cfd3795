import { expect, test } from '@playwright/test';
import { checkPage } from './support/axe-findings';
import type { Language } from './support/sessions';
import { PAGE_PROBES, settle } from './support/spa';
import { uiText } from './support/ui-text';

// Issue 8: the matrix's axe check (accessibility-matrix.spec.ts) for the pages before signing in,
// in German and English. A file of its own so it runs in the journeys lane: it needs no demo data
// and evens out the two lanes (the matrix's is the longer).

const LANGUAGES: readonly Language[] = ['de', 'en'];

for (const language of LANGUAGES) {
  test(`login and set-password pages pass axe (${language})`, async ({ browser }, testInfo) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await context.addInitScript(`localStorage.setItem('schaltplan.language', '${language}'); ${PAGE_PROBES}`);
    const page = await context.newPage();
    await page.goto('/anmelden');
    await settle(page);
    await checkPage(page, testInfo, 'Anmelden');
    // Sent empty: both fields say what is missing.
    await page.getByRole('button', { name: uiText(language, 'auth.signIn'), exact: true }).click();
    await expect(page.getByText(uiText(language, 'validation.required')).first()).toBeVisible();
    await checkPage(page, testInfo, 'Anmelden mit Fehlern');
    for (const path of ['/passwort-setzen#token=not-a-token', '/passwort-setzen']) {
      // A full load: both addresses show the same route, so a client-side switch keeps its elements.
      await page.goto(path);
      await settle(page);
      await checkPage(page, testInfo, path);
    }
    await context.close();
  });
}
