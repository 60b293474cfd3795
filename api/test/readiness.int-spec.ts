import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAccount } from './support/accounts';
import {
  aFachverfahren,
  aLocation,
  aPerson,
  aPrinter,
  aSoftware,
  aTenant,
  aWorkstation,
  type Created,
} from './support/factories';
import { asOwner, BOARD, confirm, FAILURES, TECHNICIANS, testRun, WAVE, type BoardRow } from './support/plan';
import { seedLocations } from './support/sql-seed';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let tenant: Created;
let location: Created;
let person: Created;
let printer: Created;
let workstation: Created;
let verfahren: Created;
let technician: { id: string };

beforeAll(async () => {
  api = await startTestApp('readiness');
  // A location where all five criteria hold.
  tenant = await aTenant().create(api);
  location = await aLocation().of(tenant).create(api);
  person = await aPerson().at(location).create(api);
  workstation = await aWorkstation().at(location).create(api);
  printer = await aPrinter().at(location).with({ targetQueue: 'PQ-RATHAUS-01' }).create(api);
  verfahren = await aFachverfahren().of(tenant).create(api);
  await api.gql(
    `mutation { assignFachverfahren(personId: "${person.id}", fachverfahrenId: "${verfahren.id}") { id } }`,
  );
  await testRun(api, tenant.id, verfahren.id, '2026-03-01', 'PASSED', true);
  await confirm(api, tenant.id, person.id);
  await api.gql(WAVE, { input: { locationId: location.id, version: location.version, cutoverDate: '2026-05-09' } });
  technician = await createAccount(api, { role: 'TECHNICIAN' });
  await api.gql(TECHNICIANS, { id: location.id, ids: [technician.id] });
}, 60_000);
afterAll(() => api.close());

async function row(): Promise<BoardRow> {
  const data = await api.gql<{ readinessBoard: BoardRow[] }>(BOARD, { tenantId: tenant.id });
  return data.readinessBoard.find((r) => r.locationId === location.id) as BoardRow;
}

const failing = (r: BoardRow): Record<string, number> =>
  Object.fromEntries(r.criteria.filter((c) => !c.met).map((c) => [c.criterion, c.failingCount]));

async function failures(criterion: string) {
  const data = await api.gql<{ readinessFailures: { id: string; type: string; label: string; reason: string }[] }>(
    FAILURES,
    { id: location.id, c: criterion },
  );
  return data.readinessFailures;
}

describe('readiness gate per location', () => {
  it('is ready when all five criteria hold', async () => {
    const r = await row();
    expect(failing(r)).toEqual({});
    expect(r).toMatchObject({
      ready: true,
      cutoverDate: '2026-05-09',
      technicianCount: 1,
      confirmations: { total: 1, confirmed: 1, changed: 0, rejected: 0, open: 0 },
      testRuns: { used: 1, ready: 1, untested: 0, failed: 0 },
      openBlockers: 0,
    });
  });

  // Each flip breaks exactly one criterion, checks gate and reason, and then restores it.
  const flips: {
    criterion: string;
    breakIt: () => Promise<void>;
    expected: () => { id: string; type: string; reason: string };
    fixIt: () => Promise<void>;
  }[] = [
    {
      criterion: 'PERSONS_CONFIRMED',
      // A later change to a covered mapping makes the confirmation "changed since".
      breakIt: async () => {
        const software = await aSoftware().of(tenant).create(api);
        await api.gql(`mutation { assignSoftware(personId: "${person.id}", softwareId: "${software.id}") { id } }`);
      },
      expected: () => ({ id: person.id, type: 'PERSON', reason: 'CHANGED' }),
      fixIt: () => confirm(api, tenant.id, person.id),
    },
    {
      criterion: 'FACHVERFAHREN_TESTED',
      // The latest run counts: a newer failed run breaks it, a newer passed and signed one fixes it.
      breakIt: () => testRun(api, tenant.id, verfahren.id, '2026-04-01', 'FAILED', false),
      expected: () => ({ id: verfahren.id, type: 'FACHVERFAHREN', reason: 'FAILED' }),
      fixIt: () => testRun(api, tenant.id, verfahren.id, '2026-04-02', 'PASSED', true),
    },
    {
      criterion: 'PRINTERS_HAVE_QUEUE',
      breakIt: () => setQueue(null),
      expected: () => ({ id: printer.id, type: 'PRINTER', reason: 'NO_TARGET_QUEUE' }),
      fixIt: () => setQueue('PQ-RATHAUS-01'),
    },
    {
      criterion: 'WORKSTATIONS_SCHEDULED',
      breakIt: async () => {
        await api.gql(TECHNICIANS, { id: location.id, ids: [] });
      },
      expected: () => ({ id: workstation.id, type: 'WORKSTATION', reason: 'NO_TECHNICIAN' }),
      fixIt: async () => {
        await api.gql(TECHNICIANS, { id: location.id, ids: [technician.id] });
      },
    },
    {
      criterion: 'NO_OPEN_BLOCKERS',
      breakIt: () =>
        asOwner(api, `INSERT INTO blocker (tenant_id, title, location_id) VALUES ($1, 'Switch fehlt', $2)`, [
          tenant.id,
          location.id,
        ]),
      expected: () => ({ id: expect.any(String) as unknown as string, type: 'BLOCKER', reason: 'OPEN_BLOCKER' }),
      fixIt: () => asOwner(api, `UPDATE blocker SET open = false WHERE location_id = $1`, [location.id]),
    },
  ];

  async function setQueue(targetQueue: string | null): Promise<void> {
    const { printer: current } = await api.gql<{ printer: { version: number } }>(
      `{ printer(id: "${printer.id}") { version } }`,
    );
    await api.gql(`mutation($input: UpdatePrinterInput!) { updatePrinter(input: $input) { id } }`, {
      input: { id: printer.id, version: current.version, targetQueue },
    });
  }

  it.each(flips.map((f) => [f.criterion, f] as const))('turns not ready on %s alone, with the reason', async (_, f) => {
    await f.breakIt();
    const broken = await row();
    expect(broken.ready).toBe(false);
    expect(failing(broken)).toEqual({ [f.criterion]: 1 });
    const items = await failures(f.criterion);
    expect(items).toEqual([expect.objectContaining(f.expected())]);
    // The other criteria name nothing.
    for (const other of flips.filter((o) => o !== f)) expect(await failures(other.criterion)).toEqual([]);

    await f.fixIt();
    const fixed = await row();
    expect(failing(fixed)).toEqual({});
    expect(fixed.ready).toBe(true);
    expect(await failures(f.criterion)).toEqual([]);
  });

  it('names a location without date or workstations as its own failing item', async () => {
    const empty = await aLocation().of(tenant).create(api);
    const data = await api.gql<{ readinessBoard: BoardRow[] }>(BOARD, { tenantId: tenant.id });
    const r = data.readinessBoard.find((x) => x.locationId === empty.id) as BoardRow;
    expect(failing(r)).toEqual({ WORKSTATIONS_SCHEDULED: 1 });
    // Dated locations first, undated last.
    expect(data.readinessBoard.map((x) => x.locationId)).toEqual([location.id, empty.id]);
    const items = await api.gql<{ readinessFailures: unknown[] }>(FAILURES, {
      id: empty.id,
      c: 'WORKSTATIONS_SCHEDULED',
    });
    expect(items.readinessFailures).toEqual([
      { id: empty.id, type: 'LOCATION', label: expect.any(String), reason: 'NO_CUTOVER_DATE' },
    ]);
  });
});

describe('readiness board statements', () => {
  it('are the same for 2 and for 20 locations', async () => {
    const other = await aTenant().create(api);
    const count = async () => {
      const res = await api.request<{ readinessBoard: BoardRow[] }>(
        BOARD,
        { tenantId: other.id },
        { countStatements: true },
      );
      expect(res.errors).toBeUndefined();
      return { statements: res.extensions?.sqlStatements ?? -1, rows: res.data?.readinessBoard.length };
    };
    await seedLocations(api.databaseUrl, other.id, { locations: 2, workstationsPerLocation: 5, prefix: 'Zwei' });
    const two = await count();
    await seedLocations(api.databaseUrl, other.id, { locations: 18, workstationsPerLocation: 5, prefix: 'Zwanzig' });
    const twenty = await count();
    expect(two.rows).toBe(2);
    expect(twenty.rows).toBe(20);
    expect(twenty.statements).toBe(two.statements);
    expect(two.statements).toBeLessThanOrEqual(2);
  }, 60_000);
});
