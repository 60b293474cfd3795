import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { axeFindings } from './support/axe-findings';
import { screenshot } from './support/screenshot';
import { DEMO, signIn } from './support/sign-in';

/** The bits of the page's globals the test reads (e2e has no DOM typings). */
interface BrowserGlobals {
  document: { documentElement: { scrollWidth: number } };
  innerWidth: number;
}

interface Entry {
  link: string;
  url: RegExp;
}

const ROLES = [
  {
    who: 'technician',
    email: DEMO.technician,
    role: 'Technik',
    entries: [
      { link: 'Umstellung heute', url: /\/technik$/ },
      { link: 'Umstellungsplan', url: /\/umstellungsplan$/ },
      { link: 'Verwaltungen', url: /\/$/ },
    ],
  },
  {
    who: 'project manager',
    email: DEMO.projectManager,
    role: 'Projektleitung',
    entries: [
      { link: 'Umstellung heute', url: /\/technik$/ },
      { link: 'Umstellungsplan', url: /\/umstellungsplan$/ },
      { link: 'Verwaltungen', url: /\/$/ },
    ],
  },
] as const satisfies readonly { who: string; email: string; role: string; entries: readonly Entry[] }[];

const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'tablet', viewport: { width: 820, height: 1180 } },
] as const;

/** The page itself never scrolls sideways (wide tables scroll inside their own box). */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => {
    const g = globalThis as unknown as BrowserGlobals;
    return { scrollWidth: g.document.documentElement.scrollWidth, innerWidth: g.innerWidth };
  });
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

/**
 * Serious and critical WCAG 2.1 A/AA findings of axe (none expected); with the menu open only in
 * the menu (the pages behind it are checked by accessibility-matrix.spec.ts).
 */
async function expectAccessible(page: Page, include?: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await axeFindings(page, include)).toEqual([]);
}

const burger = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Hauptmenü' });
const menu = (page: Page) => page.getByRole('dialog', { name: 'Menü' });

async function openMenu(page: Page) {
  await expect(burger(page)).toHaveAttribute('aria-expanded', 'false');
  await burger(page).click();
  await expect(menu(page)).toBeVisible();
  await expect(burger(page)).toHaveAttribute('aria-expanded', 'true');
  // The page keeps a single banner landmark while the menu is open.
  await expect(page.getByRole('banner')).toHaveCount(1);
  return menu(page);
}

for (const size of SIZES) {
  test.describe(`the shell on a ${size.name} (${size.viewport.width} px)`, () => {
    test.use({ viewport: size.viewport, hasTouch: true });

    for (const account of ROLES) {
      test(`the ${account.who} reaches every nav entry, the account page, the language switch and logout through the menu`, async ({
        page,
      }, testInfo: TestInfo) => {
        test.setTimeout(60_000);
        await signIn(page, account.email);
        await page.goto('/');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // The header keeps only burger and name; inline nav and logout are gone from view and from the a11y tree.
        await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toHaveCount(0);
        await expect(page.getByRole('button', { name: 'Abmelden' })).toHaveCount(0);
        await expectNoHorizontalOverflow(page);
        await screenshot(page, testInfo, `shell-${size.name}-${account.who.replace(' ', '-')}-closed`);

        let screenshotTaken = false;
        for (const entry of account.entries) {
          const dialog = await openMenu(page);
          const nav = dialog.getByRole('navigation', { name: 'Hauptnavigation' });
          await expect(nav.getByRole('link')).toHaveCount(account.entries.length);
          await expect(nav.getByRole('link', { name: 'Konten' })).toHaveCount(0);
          if (!screenshotTaken) {
            await expectAccessible(page, '[role="dialog"]');
            await screenshot(page, testInfo, `shell-${size.name}-${account.who.replace(' ', '-')}-menu`);
            screenshotTaken = true;
          }
          await nav.getByRole('link', { name: entry.link }).click();
          await expect(page).toHaveURL(entry.url);
          await expect(menu(page)).toHaveCount(0);
          await expect(burger(page)).toHaveAttribute('aria-expanded', 'false');
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await expectNoHorizontalOverflow(page);
          await expectAccessible(page);
        }

        // Escape closes the menu and gives focus back to the burger.
        await openMenu(page);
        await page.keyboard.press('Escape');
        await expect(menu(page)).toHaveCount(0);
        await expect(burger(page)).toBeFocused();
        await expect(burger(page)).toHaveAttribute('aria-expanded', 'false');

        // The account page, then the language: the menu stays open and speaks English.
        let dialog = await openMenu(page);
        await dialog.getByRole('link', { name: /^Mein Konto: / }).click();
        await expect(page).toHaveURL(/\/mein-konto$/);
        await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
        await expect(menu(page)).toHaveCount(0);
        await expectNoHorizontalOverflow(page);

        dialog = await openMenu(page);
        await expect(dialog.getByText(account.role, { exact: true })).toBeVisible();
        await dialog.getByRole('button', { name: 'Switch to English' }).click();
        const english = page.getByRole('dialog', { name: 'Menu' });
        await expect(english.getByRole('link', { name: 'Administrations' })).toBeVisible();
        await english.getByRole('button', { name: 'Auf Deutsch umschalten' }).click();
        await expect(menu(page).getByRole('link', { name: 'Verwaltungen' })).toBeVisible();

        await menu(page).getByRole('button', { name: 'Abmelden' }).click();
        await expect(page).toHaveURL(/\/anmelden$/);
        await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
        await expect(menu(page)).toHaveCount(0);
        await expect(burger(page)).toHaveCount(0);
        await expectNoHorizontalOverflow(page);
        await page.goto('/');
        await expect(page).toHaveURL(/\/anmelden/);
      });
    }

    test('the Verwaltung’s section bar stays one line and scrolls sideways', async ({ page }, testInfo) => {
      await signIn(page, DEMO.projectManager);
      await page.goto('/');
      await page.getByRole('table', { name: 'Verwaltungen' }).getByRole('link', { name: 'Amt Musterland' }).click();
      const sections = page.getByRole('navigation', { name: 'Bereiche der Verwaltung' });
      const overview = sections.getByRole('link', { name: 'Übersicht' });
      const last = sections.getByRole('link').last();
      await expect(overview).toBeVisible();
      const [first, end] = [await overview.boundingBox(), await last.boundingBox()];
      expect(first?.y).toBe(end?.y);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, testInfo, `shell-${size.name}-tenant-sections`);

      await sections.getByRole('link', { name: 'Fachverfahren' }).click();
      await expect(page).toHaveURL(/\/fachverfahren$/);
      await expect(sections.getByRole('link', { name: 'Fachverfahren' })).toHaveAttribute('aria-current', 'page');
      await expect(sections.getByRole('link', { name: 'Fachverfahren' })).toBeInViewport();
      await expectNoHorizontalOverflow(page);
      await expectAccessible(page);
    });
  });
}

test('on a desktop the header shows nav, account and logout inline, without a burger', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, DEMO.projectManager);
  await page.goto('/');
  const header = page.getByRole('banner');
  await expect(header.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link')).toHaveCount(3);
  await expect(header.getByRole('link', { name: /Mein Konto: .*, Projektleitung/ })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Switch to English' })).toBeVisible();
  await expect(burger(page)).toHaveCount(0);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, testInfo, 'shell-desktop-project-manager');
  await header.getByRole('link', { name: 'Umstellungsplan' }).click();
  await expect(page).toHaveURL(/\/umstellungsplan$/);
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/anmelden$/);
});

test('at the narrowest desktop width (1200 px) the admin’s full header fits on one line', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await signIn(page, DEMO.admin);
  await page.goto('/');
  const header = page.getByRole('banner');
  await expect(header.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link')).toHaveCount(4);
  await expect(header.getByRole('button', { name: 'Switch to English' })).toBeInViewport({ ratio: 1 });
  await expect(header.getByRole('button', { name: 'Abmelden' })).toBeInViewport({ ratio: 1 });
  const box = await header.getByRole('button', { name: 'Abmelden' }).boundingBox();
  expect(box?.height).toBeLessThan(40);
  await expectNoHorizontalOverflow(page);
});
