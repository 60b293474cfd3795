import { expect as baseExpect, test, type Page } from '@playwright/test';
import {
  createCutoverSite,
  technicianWorkstations,
  tick,
  transition,
  withdrawTechnicianAccess,
} from './support/cutover-setup';
import { screenshot } from './support/screenshot';
import { DEMO, signIn } from './support/sign-in';

// The shared 2-core machine can be slow; a save or a first render may take longer than 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

/** The board's row of the Standort. */
const rowOf = (page: Page, name: string) =>
  page
    .getByRole('table', { name: 'Standorte mit Umstellungstermin und Fortschritt' })
    .locator('tbody tr')
    .filter({ hasText: name });

// Issue 6: the project manager watches the board while a technician works; no reload needed.
test('the live board shows a technician’s tick and status change without a reload', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(150_000);
  const managerContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const manager = await managerContext.newPage();
  await signIn(manager, DEMO.projectManager);
  const site = await createCutoverSite(manager.request, 2);
  try {
    const technicianContext = await browser.newContext();
    const technician = await technicianContext.newPage();
    await signIn(technician, DEMO.technician);
    const workstations = await technicianWorkstations(technician.request, site.locationId);
    expect(workstations).toHaveLength(2);
    const required = workstations.flatMap((w) => w.checklist.filter((s) => s.required)).length;
    expect(required).toBeGreaterThan(0);

    await manager.goto(`/verwaltungen/${site.tenantId}/umstellung-live`);
    await expect(manager.getByRole('heading', { level: 1, name: 'Umstellung live' })).toBeVisible();
    const row = rowOf(manager, site.locationName);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(`0 % (0 von ${required} Pflichtschritten)`);
    await expect(row).toContainText('im Zeitfenster');
    await expect(manager.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
    // A marker on the window: a reload or navigation would drop it.
    await manager.evaluate(() => {
      (globalThis as unknown as { boardMarker: string }).boardMarker = 'still here';
    });
    const navigations: string[] = [];
    manager.on('framenavigated', (frame) => {
      if (frame === manager.mainFrame()) navigations.push(frame.url());
    });

    // The technician ticks the first step of the first workstation…
    const [first] = workstations;
    const step = first.checklist.find((s) => s.required && !s.needsEvidence) ?? first.checklist[0];
    await tick(technician.request, step.id);
    await expect(row).toContainText(`(1 von ${required} Pflichtschritten)`, { timeout: 5_000 });

    // …and reports the other one as vorbereitet.
    const prepared = async () => Number(/(\d+) Vorbereitet/.exec((await row.textContent()) ?? '')?.[1] ?? -1);
    const before = await prepared();
    const second = workstations[1];
    await transition(technician.request, second.id, second.cutoverStatus, 'PREPARED');
    await expect.poll(prepared, { timeout: 5_000 }).toBe(before + 1);

    expect(navigations).toEqual([]);
    expect(await manager.evaluate(() => (globalThis as unknown as { boardMarker?: string }).boardMarker)).toBe(
      'still here',
    );
    await screenshot(manager, testInfo, 'cutover-board-desktop');

    // The Standort's detail: its numbers and the burndown, with the same data as a table.
    await row.getByRole('link', { name: site.locationName }).click();
    await expect(
      manager.getByRole('heading', { level: 1, name: `Umstellung live: ${site.locationName}` }),
    ).toBeVisible();
    await expect(manager.getByRole('heading', { name: 'Verbleibende Arbeitsplätze (Burndown)' })).toBeVisible();
    await expect(manager.getByRole('img', { name: /Burndown: von 2 Arbeitsplätzen sind noch 2 offen/ })).toBeVisible();
    await screenshot(manager, testInfo, 'cutover-location-desktop');
    await manager.getByRole('button', { name: 'Als Tabelle zeigen' }).click();
    await expect(
      manager.getByRole('table', { name: 'Verbleibende Arbeitsplätze, geplant und tatsächlich' }),
    ).toBeVisible();

    // Tablet width: the board stays readable.
    await manager.setViewportSize({ width: 820, height: 1180 });
    await manager.goto(`/verwaltungen/${site.tenantId}/umstellung-live`);
    await expect(rowOf(manager, site.locationName)).toContainText(`${before + 1} Vorbereitet`);
    await screenshot(manager, testInfo, 'cutover-board-tablet');
    await manager.goto(`/verwaltungen/${site.tenantId}/umstellung-live/${site.locationId}`);
    await expect(manager.getByRole('img', { name: /Burndown/ })).toBeVisible();
    await screenshot(manager, testInfo, 'cutover-location-tablet');

    await technicianContext.close();
  } finally {
    await withdrawTechnicianAccess(request, site.locationId);
  }
  await managerContext.close();
});
