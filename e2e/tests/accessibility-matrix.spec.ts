import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { A11Y_PAGES, pageIds, type A11yPage } from './support/a11y-pages';
import { checkPage, type AxeOptions } from './support/axe-findings';
import { session, type Language, type Role } from './support/sessions';
import { PAGE_PROBES, navigate, settle } from './support/spa';
import { uiText } from './support/ui-text';

// Issue 8: axe (WCAG 2.1 A/AA) on every main page, for every role, in German and English.
// One browser context per role, signed in by the stored session; the pages are opened inside the
// running app (no reload), each checked once it shows its content. Every page is checked in both
// languages on the same visit: the header's language switch re-renders it, as it does for a person
// who switches. Colour contrast is checked in the language the page was opened in (alternating,
// so each language has it on half the pages): the other language shows the same elements in the
// same colours and sizes, and contrast is by far the costliest rule. The signed-out pages are in
// accessibility-signed-out.spec.ts (the other e2e lane).

const ROLES: readonly Role[] = ['admin', 'projectManager', 'coordinator', 'technician', 'viewer'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const other = (language: Language): Language => (language === 'de' ? 'en' : 'de');

/** The header's language button (in the burger's drawer on a phone: switched at desktop width). */
async function switchLanguage(page: Page, from: Language): Promise<void> {
  const button = page.getByRole('banner').getByRole('button', { name: uiText(from, 'shell.switchLanguage') });
  const size = page.viewportSize();
  const narrow = !(await button.isVisible());
  if (narrow) await page.setViewportSize(DESKTOP);
  await button.click();
  await expect(page.locator('html')).toHaveAttribute('lang', other(from));
  if (narrow && size) await page.setViewportSize(size);
  await settle(page);
}

/** Checks the page (with its dialog open, if the entry has one) in the language shown. */
async function checkEntry(page: Page, testInfo: TestInfo, entry: A11yPage, language: Language, contrast: boolean) {
  const name = `${entry.name} (${language})`;
  const options: AxeOptions = contrast ? {} : { skipRules: ['color-contrast'] };
  if (!entry.dialog) return checkPage(page, testInfo, name, options);
  const dialog: Locator = await entry.dialog(page, language);
  await settle(page);
  await checkPage(page, testInfo, name, options);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

for (const role of ROLES) {
  test(`every page the ${role} may open passes axe (de, en)`, async ({ browser, baseURL }, testInfo) => {
    const pages = A11Y_PAGES.filter((p) => p.roles.includes(role));
    test.setTimeout(30_000 + pages.length * 12_000);
    const context = await browser.newContext({
      storageState: session(role, baseURL, 'de'),
      viewport: DESKTOP,
      reducedMotion: 'reduce',
    });
    await context.addInitScript(PAGE_PROBES);
    const page = await context.newPage();
    const ids = await pageIds(page.request, role);
    let language: Language = 'de';
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
      await checkEntry(page, testInfo, entry, language, true);
      await switchLanguage(page, language);
      language = other(language);
      await checkEntry(page, testInfo, entry, language, false);
    }
    await context.close();
  });
}
