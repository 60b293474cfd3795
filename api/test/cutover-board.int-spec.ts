import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loginAs } from './support/accounts';
import {
  located as locatedIn,
  setStatus as setStatusOf,
  workstations as workstationsAt,
  type Wave,
} from './support/cutover-board';
import { aTenant, type Created } from './support/factories';
import { asOwner } from './support/plan';
import { seedLocations } from './support/sql-seed';
import { startTestApp, type Session, type TestApp } from './support/test-app';

const COUNTS = 'total planned prepared migrated accepted rolledBack requiredSteps requiredStepsDone openBlockers';
const BOARD = `query($tenantId: ID!) { cutoverBoard(tenantId: $tenantId) {
  tenantId generatedAt totals { ${COUNTS} }
  locations { locationId locationName cutoverDate windowStart windowEnd counts { ${COUNTS} } }
} }`;

interface Counts {
  total: number;
  planned: number;
  prepared: number;
  migrated: number;
  accepted: number;
  rolledBack: number;
  requiredSteps: number;
  requiredStepsDone: number;
  openBlockers: number;
}
interface BoardLocation {
  locationId: string;
  locationName: string;
  cutoverDate: string;
  windowStart: string | null;
  windowEnd: string | null;
  counts: Counts;
}
interface Board {
  tenantId: string;
  generatedAt: string;
  totals: Counts;
  locations: BoardLocation[];
}

/** The default template: seven steps, all required. */
const STEPS = 7;
const zero: Counts = {
  total: 0,
  planned: 0,
  prepared: 0,
  migrated: 0,
  accepted: 0,
  rolledBack: 0,
  requiredSteps: 0,
  requiredStepsDone: 0,
  openBlockers: 0,
};

let api: TestApp;
let tenant: Created;
let other: Created;

const located = (name: string, wave?: Wave) => locatedIn(api, tenant, name, wave);
const workstations = (location: Created, n: number) => workstationsAt(api, location, n);
const setStatus = (ws: Created, status: string) => setStatusOf(api, ws, status);
/** Ticks the first n steps of a workstation's checklist. */
const tick = (ws: Created, n: number) =>
  asOwner(
    api,
    `UPDATE checklist_step SET done_at = now(), evidence = CASE WHEN needs_evidence THEN 'N-1' END
     WHERE workstation_id = $1 AND position <= $2`,
    [ws.id, n],
  );
const blocker = (location: Created | null, open = true) =>
  asOwner(api, `INSERT INTO blocker (tenant_id, title, location_id, open) VALUES ($1, 'Switch fehlt', $2, $3)`, [
    tenant.id,
    location?.id ?? null,
    open,
  ]);

const board = async (tenantId: string, session?: Session): Promise<Board> =>
  (await api.gql<{ cutoverBoard: Board }>(BOARD, { tenantId }, { session })).cutoverBoard;

beforeAll(async () => {
  api = await startTestApp('cutover_board');
  tenant = await aTenant().create(api);
  other = await aTenant().create(api);
}, 60_000);
afterAll(() => api.close());

describe('cutoverBoard', () => {
  let rathaus: Created;
  let bauhof: Created;
  let nacht: Created;
  let undated: Created;

  beforeAll(async () => {
    // Same day as the Rathaus, name sorts first; the Nacht window runs past midnight.
    rathaus = await located('Rathaus', { date: '2026-05-09', start: '18:00', end: '23:00' });
    bauhof = await located('Bauhof', { date: '2026-05-09' });
    nacht = await located('Außenstelle Nacht', { date: '2026-05-10', start: '20:00', end: '02:00' });
    undated = await located('Freibad');
    const [r1, r2, r3] = await workstations(rathaus, 3);
    const [n1, n2] = await workstations(nacht, 2);
    await workstations(undated, 2);
    await setStatus(r1, 'MIGRATED');
    await tick(r1, STEPS);
    await setStatus(r2, 'ACCEPTED');
    await tick(r2, STEPS);
    await tick(r3, 2);
    await setStatus(n1, 'ROLLED_BACK');
    await tick(n1, 3);
    await setStatus(n2, 'PREPARED');
    await blocker(rathaus);
    await blocker(rathaus, false);
    await blocker(null);
    await blocker(undated);
  }, 60_000);

  it('counts statuses, required steps and open blockers per location with a wave, in date and name order', async () => {
    const b = await board(tenant.id);
    expect(b.tenantId).toBe(tenant.id);
    expect(Math.abs(Date.parse(b.generatedAt) - Date.now())).toBeLessThan(60_000);
    expect(b.locations.map((l) => l.locationName)).toEqual(['Bauhof', 'Rathaus', 'Außenstelle Nacht']);
    const [bau, rat, nac] = b.locations;
    expect(bau).toEqual({
      locationId: bauhof.id,
      locationName: 'Bauhof',
      cutoverDate: '2026-05-09',
      windowStart: null,
      windowEnd: null,
      counts: zero,
    });
    expect(rat.counts).toEqual({
      ...zero,
      total: 3,
      planned: 1,
      migrated: 1,
      accepted: 1,
      requiredSteps: 3 * STEPS,
      requiredStepsDone: 2 * STEPS + 2,
      openBlockers: 1,
    });
    expect(nac.counts).toEqual({
      ...zero,
      total: 2,
      prepared: 1,
      rolledBack: 1,
      requiredSteps: 2 * STEPS,
      requiredStepsDone: 3,
    });
    // Totals: the board's locations plus blockers without a location (not those of undated ones).
    expect(b.totals).toEqual({
      total: 5,
      planned: 1,
      prepared: 1,
      migrated: 1,
      accepted: 1,
      rolledBack: 1,
      requiredSteps: 5 * STEPS,
      requiredStepsDone: 2 * STEPS + 5,
      openBlockers: 2,
    });
  });

  it('gives the window as instants in Europe/Berlin time, the end on the next day past midnight', async () => {
    const b = await board(tenant.id);
    const rat = b.locations.find((l) => l.locationId === rathaus.id) as BoardLocation;
    const nac = b.locations.find((l) => l.locationId === nacht.id) as BoardLocation;
    // May: CEST, UTC+2.
    expect([rat.windowStart, rat.windowEnd]).toEqual(['2026-05-09T16:00:00.000Z', '2026-05-09T21:00:00.000Z']);
    expect([nac.windowStart, nac.windowEnd]).toEqual(['2026-05-10T18:00:00.000Z', '2026-05-11T00:00:00.000Z']);
  });

  it('shows a technician only their locations', async () => {
    const technician = await loginAs(api, 'TECHNICIAN', { locationIds: [nacht.id] });
    const b = await board(tenant.id, technician);
    expect(b.locations.map((l) => l.locationId)).toEqual([nacht.id]);
    expect(b.totals).toMatchObject({ total: 2, prepared: 1, rolledBack: 1, requiredSteps: 2 * STEPS, openBlockers: 1 });
  });

  it('answers NOT_FOUND for an unknown or foreign Verwaltung', async () => {
    const manager = await loginAs(api, 'PROJECT_MANAGER', { tenantIds: [tenant.id] });
    const technician = await loginAs(api, 'TECHNICIAN', { locationIds: [rathaus.id] });
    const cases: [string, Session | undefined][] = [
      ['00000000-0000-4000-8000-000000000000', undefined],
      [other.id, manager],
      [other.id, technician],
    ];
    for (const [tenantId, session] of cases) {
      const res = await api.request<{ cutoverBoard: Board }>(BOARD, { tenantId }, { session });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    }
    expect((await board(tenant.id, manager)).locations).toHaveLength(3);
  });

  it('runs the same number of statements for 5 and for 50 locations', async () => {
    const count = async () => {
      const res = await api.request<{ cutoverBoard: Board }>(BOARD, { tenantId: other.id }, { countStatements: true });
      expect(res.errors).toBeUndefined();
      return { statements: res.extensions?.sqlStatements ?? -1, rows: res.data?.cutoverBoard.locations.length };
    };
    const dated = (prefix: string) =>
      asOwner(
        api,
        `UPDATE location SET cutover_date = '2026-06-01', cutover_window_start = '19:00',
        cutover_window_end = '01:00' WHERE tenant_id = $1 AND name LIKE $2 || ' %'`,
        [other.id, prefix],
      );
    await seedLocations(api.databaseUrl, other.id, { locations: 5, workstationsPerLocation: 3, prefix: 'Fuenf' });
    await dated('Fuenf');
    const five = await count();
    await seedLocations(api.databaseUrl, other.id, { locations: 45, workstationsPerLocation: 3, prefix: 'Mehr' });
    await dated('Mehr');
    const fifty = await count();
    expect([five.rows, fifty.rows]).toEqual([5, 50]);
    expect(fifty.statements).toBe(five.statements);
    expect(five.statements).toBeLessThanOrEqual(2);
    const b = await board(other.id);
    expect(b.totals).toMatchObject({ total: 150, planned: 150, requiredSteps: 150 * STEPS, requiredStepsDone: 0 });
  }, 60_000);
});
