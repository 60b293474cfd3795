import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loginAs } from './support/accounts';
import { aLocation, aPerson, aPrinter, aTenant, type Created } from './support/factories';
import { startTestApp, type GqlResponse, type Session, type TestApp } from './support/test-app';

interface AuditEntry {
  action: string;
  context: string | null;
  changes: { field: string; oldValue: string | null; newValue: string | null }[];
}

let api: TestApp;
let tenant: Created;
let location: Created;
let other: { tenant: Created; location: Created };

beforeAll(async () => {
  api = await startTestApp('bulk-edit');
  tenant = await aTenant().create(api);
  location = await aLocation().of(tenant).create(api);
  const otherTenant = await aTenant().create(api);
  other = { tenant: otherTenant, location: await aLocation().of(otherTenant).create(api) };
});
afterAll(() => api.close());

const BULK = `mutation($input: BulkUpdateInput!) { bulkUpdate(input: $input) { matched changed } }`;

function bulk(
  input: { objectType: string; ids: string[]; field: string; value: string | null; tenantId?: string },
  session?: Session | null,
): Promise<GqlResponse<{ bulkUpdate: { matched: number; changed: number } }>> {
  return api.request(BULK, { input: { tenantId: tenant.id, ...input } }, { session });
}

async function persons(ids: string[]): Promise<{ id: string; version: number; department: string | null }[]> {
  return Promise.all(
    ids.map(async (id) => {
      const data = await api.gql<{ person: { id: string; version: number; department: string | null } }>(
        `query($id: ID!) { person(id: $id) { id version department } }`,
        { id },
      );
      return data.person;
    }),
  );
}

async function auditOf(objectId: string): Promise<AuditEntry[]> {
  const data = await api.gql<{ auditEntries: { items: AuditEntry[] } }>(
    `query($id: ID) { auditEntries(objectId: $id, limit: 100) { items { action context changes { field oldValue newValue } } } }`,
    { id: objectId },
  );
  return data.auditEntries.items;
}

describe('bulkUpdate', () => {
  it('sets the department of three persons in one go: versions +1, one audit entry each', async () => {
    const created = await Promise.all(
      ['Bauamt', 'Kämmerei', 'Standesamt'].map((department) => aPerson().at(location).with({ department }).create(api)),
    );
    const ids = created.map((p) => p.id);
    const res = await bulk({ objectType: 'PERSON', ids, field: 'department', value: 'Ordnungsamt' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.bulkUpdate).toEqual({ matched: 3, changed: 3 });
    for (const p of await persons(ids)) {
      expect(p).toMatchObject({ department: 'Ordnungsamt', version: 2 });
    }
    const olds = ['Bauamt', 'Kämmerei', 'Standesamt'];
    for (const [i, id] of ids.entries()) {
      const updates = (await auditOf(id)).filter((e) => e.action === 'UPDATE');
      expect(updates).toHaveLength(1);
      expect(updates[0].changes).toEqual([{ field: 'department', oldValue: olds[i], newValue: 'Ordnungsamt' }]);
      expect(JSON.parse(updates[0].context ?? '{}')).toEqual({ bulk: true });
    }
  });

  it('leaves rows that already have the value alone (no version bump, no entry)', async () => {
    const same = await aPerson().at(location).with({ department: 'Bauamt' }).create(api);
    const differs = await aPerson().at(location).with({ department: 'Kasse' }).create(api);
    const res = await bulk({ objectType: 'PERSON', ids: [same.id, differs.id], field: 'department', value: 'Bauamt' });
    expect(res.data?.bulkUpdate).toEqual({ matched: 2, changed: 1 });
    const [a, b] = await persons([same.id, differs.id]);
    expect(a.version).toBe(1);
    expect(b.version).toBe(2);
    expect((await auditOf(same.id)).filter((e) => e.action === 'UPDATE')).toEqual([]);
  });

  it('clears an optional field with null and moves printers to another location', async () => {
    const target = await aLocation().of(tenant).create(api);
    const printers = await Promise.all([1, 2].map(() => aPrinter().at(location).with({ room: '1.01' }).create(api)));
    const ids = printers.map((p) => p.id);
    expect((await bulk({ objectType: 'PRINTER', ids, field: 'location', value: target.id })).errors).toBeUndefined();
    expect((await bulk({ objectType: 'PRINTER', ids, field: 'room', value: null })).errors).toBeUndefined();
    const data = await api.gql<{ printers: { items: { id: string; room: string | null }[] } }>(
      `query($t: ID!, $l: ID!) { printers(tenantId: $t, locationId: $l) { items { id room } } }`,
      { t: tenant.id, l: target.id },
    );
    expect(data.printers.items.map((p) => p.id).sort()).toEqual([...ids].sort());
    expect(data.printers.items.every((p) => p.room === null)).toBe(true);
    const moved = (await auditOf(ids[0])).find((e) => e.changes.some((c) => c.field === 'locationId'));
    expect(moved?.changes).toEqual([{ field: 'locationId', oldValue: location.id, newValue: target.id }]);
  });

  it('refuses the whole request when one id belongs to another Verwaltung, naming it', async () => {
    const mine = await aPrinter().at(location).with({ targetQueue: 'ALT' }).create(api);
    const foreign = await aPrinter().at(other.location).with({ targetQueue: 'ALT' }).create(api);
    const res = await bulk({ objectType: 'PRINTER', ids: [mine.id, foreign.id], field: 'targetQueue', value: 'NEU' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', ids: [foreign.id] });
    expect(res.errors?.[0].message).toContain(foreign.id);
    const data = await api.gql<{ a: { targetQueue: string; version: number }; b: { targetQueue: string } }>(
      `{ a: printer(id: "${mine.id}") { targetQueue version } b: printer(id: "${foreign.id}") { targetQueue } }`,
    );
    expect(data).toEqual({ a: { targetQueue: 'ALT', version: 1 }, b: { targetQueue: 'ALT' } });
    expect((await auditOf(mine.id)).filter((e) => e.action === 'UPDATE')).toEqual([]);
  });

  it('refuses a location of another Verwaltung with a clear message', async () => {
    const printer = await aPrinter().at(location).create(api);
    const res = await bulk({ objectType: 'PRINTER', ids: [printer.id], field: 'location', value: other.location.id });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/location .* does not exist in this Verwaltung/);
  });

  it.each([
    ['a bad choice', 'kind', 'Toaster', /kind: .*not an allowed value/],
    ['too long a text', 'room', 'x'.repeat(201), /room: .*longer than 200/],
    ['an empty required enum', 'kind', null, /kind: The value is missing/],
    ['an empty required location', 'location', null, /location: The value is missing/],
    ['an unknown field', 'serialNumber', 'X', /"serialNumber" cannot be bulk-edited/],
  ])('refuses %s and names the field', async (_label, field, value, message) => {
    const printer = await aPrinter().at(location).create(api);
    const res = await bulk({ objectType: 'PRINTER', ids: [printer.id], field, value });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(message);
  });

  it('validates the id list (duplicates, too many, not UUIDs)', async () => {
    const printer = await aPrinter().at(location).create(api);
    for (const ids of [[printer.id, printer.id], [], Array.from({ length: 1001 }, () => printer.id), ['nope']]) {
      const res = await bulk({ objectType: 'PRINTER', ids, field: 'room', value: '1' });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('is forbidden for viewers and technicians; a coordinator of another Verwaltung touches nothing', async () => {
    const printer = await aPrinter().at(location).with({ room: 'A' }).create(api);
    const input = { objectType: 'PRINTER', ids: [printer.id], field: 'room', value: 'B' };
    const viewer = await loginAs(api, 'VIEWER', { tenantIds: [tenant.id] });
    const technician = await loginAs(api, 'TECHNICIAN', { locationIds: [location.id] });
    for (const session of [viewer, technician]) {
      expect((await bulk(input, session)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const stranger = await loginAs(api, 'COORDINATOR', { tenantIds: [other.tenant.id] });
    for (const tenantId of [tenant.id, other.tenant.id]) {
      const res = await bulk({ ...input, tenantId }, stranger);
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const own = await loginAs(api, 'COORDINATOR', { tenantIds: [tenant.id] });
    expect((await bulk(input, own)).data?.bulkUpdate).toEqual({ matched: 1, changed: 1 });
    const data = await api.gql<{ printer: { room: string } }>(`{ printer(id: "${printer.id}") { room } }`);
    expect(data.printer.room).toBe('B');
  });

  it('writes rows and audit entries in one statement however many rows are selected', async () => {
    const printers = await Promise.all([1, 2, 3, 4].map(() => aPrinter().at(location).create(api)));
    const res = await api.request(
      BULK,
      {
        input: {
          objectType: 'PRINTER',
          tenantId: tenant.id,
          ids: printers.map((p) => p.id),
          field: 'model',
          value: 'M',
        },
      },
      { countStatements: true },
    );
    expect(res.errors).toBeUndefined();
    // The transaction's scope statement, then the one UPDATE + audit INSERT statement.
    expect(res.extensions?.sqlStatements).toBe(2);
  });
});
