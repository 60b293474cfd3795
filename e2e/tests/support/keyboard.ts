import { expect, type Locator, type Page } from '@playwright/test';

/** The bits of the page's DOM these helpers read (e2e has no DOM typings). */
interface El {
  matches(selector: string): boolean;
}
interface Doc {
  activeElement: El | null;
  getAnimations(): { playState: string }[];
}
type Style = Record<
  | 'outlineStyle'
  | 'outlineWidth'
  | 'outlineColor'
  | 'boxShadow'
  | 'borderColor'
  | 'backgroundColor'
  | 'textDecorationLine',
  string
>;
interface Win {
  document: Doc;
  getComputedStyle(el: El): Style;
}

/** What makes focus visible on an element: outline, ring, border, background, underline (runs in the page). */
function look(el: unknown): string {
  const s = (globalThis as unknown as Win).getComputedStyle(el as El);
  return [
    s.outlineStyle,
    s.outlineWidth,
    s.outlineColor,
    s.boxShadow,
    s.borderColor,
    s.backgroundColor,
    s.textDecorationLine,
  ].join('|');
}

const isFocused = (target: Locator) =>
  target.evaluate((el) => el === (globalThis as unknown as Win).document.activeElement);

/** Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { back?: boolean; max?: number } = {},
): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < (options.max ?? 80) && !(await isFocused(target)); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * The focused `target` looks different from the same element without focus (WCAG 2.4.7): compared
 * by leaving it with Shift+Tab and coming back with Tab.
 */
export async function expectVisibleFocus(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  expect(await target.evaluate((el) => (el as unknown as El).matches(':focus-visible'))).toBe(true);
  const focused = await target.evaluate(look);
  await page.keyboard.press('Shift+Tab');
  await expect(target).not.toBeFocused();
  // Inputs fade their border: compare once the transition has ended.
  await page.waitForFunction(() =>
    (globalThis as unknown as Win).document.getAnimations().every((a) => a.playState !== 'running'),
  );
  const unfocused = await target.evaluate(look);
  await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  expect(focused, 'focus is visible').not.toBe(unfocused);
}
