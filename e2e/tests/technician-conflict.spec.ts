import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { screenshot } from './support/screenshot';
import { DEMO, signIn } from './support/sign-in';
import { checklistState, gql, planTechnicianDay } from './support/technician-day';

// The service worker keeps the page and queued ticks offline (blocked for the other specs).
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, serviceWorkers: 'allow' });

interface BrowserGlobals {
  navigator: { serviceWorker: { controller: object | null } };
}

test('a tick queued offline on a workstation rolled back meanwhile is shown as refused, with who and why', async ({
  page,
  context,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const day = await planTechnicianDay(request);

  await signIn(page, DEMO.technician);
  await page.goto('/technik');
  const card = page.getByRole('article', { name: day.workstationName });
  await expect(card).toBeVisible();
  await page.waitForFunction(
    () => (globalThis as unknown as BrowserGlobals).navigator.serviceWorker.controller !== null,
  );

  await context.setOffline(true);
  const row = card.getByRole('checkbox', { name: /Thin Client aufgestellt/ });
  await row.tap();
  await expect(page.getByText('1 Änderung noch nicht übertragen')).toBeVisible();

  // Meanwhile, on the project side (admin's session of `request`): the workstation is rolled back.
  await gql(request, 'mutation($input: TransitionWorkstationInput!) { transitionWorkstation(input: $input) { id } }', {
    input: {
      opId: randomUUID(),
      workstationId: day.workstationId,
      from: 'PLANNED',
      to: 'ROLLED_BACK',
      reason: 'Netzwerkdose defekt',
    },
  });

  await context.setOffline(false);
  const alert = page.getByRole('alert').filter({ hasText: 'vom Server abgelehnt' });
  await expect(alert).toContainText('1 Änderung vom Server abgelehnt', { timeout: 30_000 });
  await expect(alert).toContainText('Thin Client aufgestellt');
  await expect(alert).toContainText('zurückgestellt: Netzwerkdose defekt');
  await expect(page.getByText(/noch nicht übertragen/)).toHaveCount(0);
  await screenshot(page, testInfo, 'technician-conflict-de');

  // Nothing was applied on the server, and the refusal stays until the technician dismisses it.
  const state = await checklistState(request, day.workstationId);
  expect(state.checklist.filter((s) => s.done)).toEqual([]);
  expect(state.ticks).toEqual([]);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'vom Server abgelehnt' })).toBeVisible();
  await page.getByRole('button', { name: /^Hinweis zu „.*Thin Client aufgestellt“ schließen$/ }).click();
  await expect(page.getByText(/vom Server abgelehnt/)).toHaveCount(0);
});
