import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

/**
 * With E2E_SCREENSHOTS=1: a full-page screenshot, attached to the report and kept in
 * e2e/screenshots/ (git-ignored) for review. Otherwise nothing: pictures assert nothing, and
 * waiting for the network to settle and painting the whole page for each cost the test run
 * minutes of CPU (failures get their screenshot from Playwright either way).
 */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  // Lists refetch in the background (cache-and-network): wait until the data has settled.
  await page.waitForLoadState('networkidle');
  const file = path.join(__dirname, '..', '..', 'screenshots', `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}
