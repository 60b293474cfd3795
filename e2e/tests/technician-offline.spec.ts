import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeFindings } from './support/axe-findings';
import { screenshot } from './support/screenshot';
import { DEMO, signIn } from './support/sign-in';
import { checklistState, planTechnicianDay } from './support/technician-day';

// A phone in the technician's hand.
// The service worker keeps the page and queued ticks offline (blocked for the other specs).
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, serviceWorkers: 'allow' });

const STEPS = ['Thin Client aufgestellt', 'Anmeldung erfolgreich', 'Standarddrucker druckt'];

/** The bits of the page's globals the test reads (e2e has no DOM typings). */
interface BrowserGlobals {
  navigator: { serviceWorker: { controller: object | null } };
}

/** What the phone shows (viewport, or one element) in e2e/screenshots/ for review: the full page is very long. */
async function glance(target: Page | Locator, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return; // as support/screenshot.ts
  await target.screenshot({ path: path.join(__dirname, '..', 'screenshots', `${name}.png`) });
}

const violations = (page: Page) => axeFindings(page);

test('offline ticks survive a reload and arrive exactly once when the phone is back online', async ({
  page,
  context,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const day = await planTechnicianDay(request);

  await signIn(page, DEMO.technician);
  await page.goto('/technik');
  await expect(page.getByRole('heading', { level: 1, name: 'Umstellung heute' })).toBeVisible();
  const card = page.getByRole('article', { name: day.workstationName });
  await expect(card).toBeVisible();
  await expect(card.getByText(day.personName)).toBeVisible();
  await expect(card.getByText('Standard', { exact: true })).toBeVisible();
  await expect(card.getByText(/Noch offen bis umgestellt: Thin Client aufgestellt/)).toBeVisible();
  // The service worker has cached the app shell and controls the page before the network goes.
  await page.waitForFunction(
    () => (globalThis as unknown as BrowserGlobals).navigator.serviceWorker.controller !== null,
  );
  await screenshot(page, testInfo, 'technician-day-de');
  await glance(page, 'technician-day-top-de');
  await glance(card, 'technician-card-de');

  await context.setOffline(true);
  await expect(page.getByText('Offline', { exact: true })).toBeVisible();
  for (const step of STEPS) {
    const row = card.getByRole('checkbox', { name: new RegExp(step) });
    await row.tap();
    await expect(row).toHaveAttribute('aria-checked', 'true');
  }
  await expect(page.getByText('3 Änderungen noch nicht übertragen')).toBeVisible();

  // Reload without network: the shell comes from the service worker, list and ticks from the device.
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByText('3 Änderungen noch nicht übertragen')).toBeVisible();
  const cardAfter = page.getByRole('article', { name: day.workstationName });
  for (const step of STEPS) {
    const row = cardAfter.getByRole('checkbox', { name: new RegExp(step) });
    await expect(row).toHaveAttribute('aria-checked', 'true');
    await expect(row.getByText('nicht übertragen')).toBeVisible();
  }
  await expect(cardAfter.getByRole('checkbox', { name: /Laufwerke verbunden/ })).toHaveAttribute(
    'aria-checked',
    'false',
  );
  await expect(page.getByText(/auf dem Gerät gespeicherte Stand/)).toBeVisible();
  await screenshot(page, testInfo, 'technician-offline-pending-de');
  await glance(page, 'technician-offline-top-de');
  await glance(cardAfter, 'technician-offline-card-de');
  expect(await violations(page)).toEqual([]);

  await context.setOffline(false);
  await expect(page.getByText(/noch nicht übertragen/)).toHaveCount(0, { timeout: 30_000 });
  await expect(cardAfter.getByText('Vorbereitet', { exact: true })).toBeVisible();

  // On the server: exactly these three steps done, each ticked once.
  const state = await checklistState(request, day.workstationId);
  const done = state.checklist.filter((s) => s.done).map((s) => s.label);
  expect(done.sort()).toEqual([...STEPS].sort());
  const idsOf = (labels: string[]) => state.checklist.filter((s) => labels.includes(s.label)).map((s) => s.id);
  expect(state.ticks.map((t) => t.stepId).sort()).toEqual(idsOf(STEPS).sort());
  await screenshot(page, testInfo, 'technician-synced-de');
  await glance(cardAfter, 'technician-synced-card-de');

  // Online, a reload comes from the service worker's cache, so the app may start before the early
  // requests' script (web/src/early): whichever runs first, each first query is sent once.
  const operations: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/graphql'))
      operations.push(String((r.postDataJSON() as { operationName?: string }).operationName));
  });
  const online = await page.reload();
  expect(online?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('article', { name: day.workstationName })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(operations.filter((o) => o === 'Me' || o === 'TechnicianWorkstations').sort()).toEqual([
    'Me',
    'TechnicianWorkstations',
  ]);
});
