import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

/** A full-page screenshot, attached to the report and kept in e2e/screenshots/ (git-ignored) for review. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // Lists refetch in the background (cache-and-network): wait until the data has settled.
  await page.waitForLoadState('networkidle');
  const file = path.join(__dirname, '..', '..', 'screenshots', `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}
