import { expect, test } from '@playwright/test';

test('the app shell loads with a main landmark and the product name in the title', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Schaltplan/);
  await expect(page.getByRole('main')).toBeVisible();
});
