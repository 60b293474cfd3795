import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loginAs } from './support/accounts';
import { aLocation, aPerson, aPrinter, aTenant, type Created } from './support/factories';
import { startTestApp, type Session, type TestApp } from './support/test-app';

let api: TestApp;
let tenantA: Created;
let tenantB: Created;
let tenantC: Created;
let a1: Created;
let a2: Created;
let printerA1: Created;
let printerA2: Created;
let printerB: Created;
const as: Record<string, Session> = {};

beforeAll(async () => {
  api = await startTestApp('roles');
  [tenantA, tenantB, tenantC] = [await aTenant().create(api), await aTenant().create(api), await aTenant().create(api)];
  a1 = await aLocation().of(tenantA).create(api);
  a2 = await aLocation().of(tenantA).create(api);
  const b = await aLocation().of(tenantB).create(api);
  await aLocation().of(tenantC).create(api);
  printerA1 = await aPrinter().at(a1).create(api);
  printerA2 = await aPrinter().at(a2).create(api);
  printerB = await aPrinter().at(b).create(api);
  await aPerson().at(a1).create(api);
  await aPerson().at(a2).create(api);
  as.coordinator = await loginAs(api, 'COORDINATOR', { tenantIds: [tenantA.id] });
  as.viewer = await loginAs(api, 'VIEWER', { tenantIds: [tenantA.id] });
  as.technician = await loginAs(api, 'TECHNICIAN', { locationIds: [a1.id] });
  as.pm = await loginAs(api, 'PROJECT_MANAGER', { tenantIds: [tenantA.id, tenantB.id] });
});
afterAll(() => api.close());

const ids = (items: { id: string }[]): string[] => items.map((i) => i.id).sort();
const code = (res: { errors?: { extensions?: { code?: string } }[] }): string | undefined =>
  res.errors?.[0]?.extensions?.code;

async function visible(session: Session) {
  return api.gql<{
    tenants: { items: { id: string }[] };
    locations: { items: { id: string }[] };
    printers: { items: { id: string }[] };
    persons: { items: { locationId: string }[] };
  }>(
    `{ tenants { items { id } } locations(limit: 1000) { items { id } } printers(limit: 1000) { items { id } }
       persons(limit: 1000) { items { locationId } } }`,
    {},
    { session },
  );
}

const UPDATE_PRINTER = `mutation($id: ID!) { updatePrinter(input: { id: $id, version: 1, room: "R1" }) { id room } }`;

describe('what each role sees', () => {
  it('admin: every tenant', async () => {
    const all = await visible(api.admin);
    expect(ids(all.tenants.items)).toEqual(ids([tenantA, tenantB, tenantC]));
  });

  it('coordinator: only their own tenant; another tenant’s object is not found', async () => {
    const seen = await visible(as.coordinator);
    expect(ids(seen.tenants.items)).toEqual([tenantA.id]);
    expect(ids(seen.printers.items)).toEqual(ids([printerA1, printerA2]));
    const other = await api.request(`{ printer(id: "${printerB.id}") { name } }`, {}, { session: as.coordinator });
    expect(code(other)).toBe('NOT_FOUND');
    const tenant = await api.request(`{ tenant(id: "${tenantB.id}") { name } }`, {}, { session: as.coordinator });
    expect(code(tenant)).toBe('NOT_FOUND');
  });

  it('technician: only the assigned locations and what stands there', async () => {
    const seen = await visible(as.technician);
    expect(ids(seen.tenants.items)).toEqual([tenantA.id]);
    expect(ids(seen.locations.items)).toEqual([a1.id]);
    expect(ids(seen.printers.items)).toEqual([printerA1.id]);
    expect(new Set(seen.persons.items.map((p) => p.locationId))).toEqual(new Set([a1.id]));
    const sameTenantOtherSite = await api.request(
      `{ printer(id: "${printerA2.id}") { name } }`,
      {},
      {
        session: as.technician,
      },
    );
    expect(code(sameTenantOtherSite)).toBe('NOT_FOUND');
  });

  it('project manager: exactly the assigned tenants', async () => {
    const seen = await visible(as.pm);
    expect(ids(seen.tenants.items)).toEqual(ids([tenantA, tenantB]));
    const c = await api.request(`{ tenant(id: "${tenantC.id}") { name } }`, {}, { session: as.pm });
    expect(code(c)).toBe('NOT_FOUND');
  });
});

describe('what each role may change', () => {
  it('viewer and technician cannot write, not even in their own scope', async () => {
    for (const session of [as.viewer, as.technician]) {
      expect(code(await api.request(UPDATE_PRINTER, { id: printerA1.id }, { session }))).toBe('FORBIDDEN');
      const create = await api.request(
        `mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }`,
        { input: aLocation().of(tenantA).build() },
        { session },
      );
      expect(code(create)).toBe('FORBIDDEN');
    }
    const [{ room }] = await api.dataSource.query<{ room: string | null }[]>(`SELECT room FROM printer WHERE id = $1`, [
      printerA1.id,
    ]);
    expect(room).toBeNull();
  });

  it('coordinator edits their tenant’s inventory but not the tenant, other tenants or accounts', async () => {
    const ok = await api.gql<{ updatePrinter: { room: string } }>(
      UPDATE_PRINTER,
      { id: printerA1.id },
      {
        session: as.coordinator,
      },
    );
    expect(ok.updatePrinter.room).toBe('R1');
    expect(code(await api.request(UPDATE_PRINTER, { id: printerB.id }, { session: as.coordinator }))).toBe('NOT_FOUND');
    const tenantEdit = await api.request(
      `mutation { updateTenant(input: { id: "${tenantA.id}", version: 1, inhabitants: 1 }) { id } }`,
      {},
      { session: as.coordinator },
    );
    expect(code(tenantEdit)).toBe('FORBIDDEN');
    expect(code(await api.request('{ accounts { totalCount } }', {}, { session: as.coordinator }))).toBe('FORBIDDEN');
  });

  it('project manager edits inside assigned tenants only, and may not create tenants or manage accounts', async () => {
    const edit = await api.request(
      `mutation { updateTenant(input: { id: "${tenantB.id}", version: 1, inhabitants: 4711 }) { inhabitants } }`,
      {},
      { session: as.pm },
    );
    expect(edit.data).toEqual({ updateTenant: { inhabitants: 4711 } });
    const outside = await api.request(
      `mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }`,
      { input: aLocation().of(tenantC).build() },
      { session: as.pm },
    );
    expect(code(outside)).toBe('FORBIDDEN');
    const create = await api.request(
      `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`,
      { input: aTenant().build() },
      { session: as.pm },
    );
    expect(code(create)).toBe('FORBIDDEN');
    expect(code(await api.request('{ accounts { totalCount } }', {}, { session: as.pm }))).toBe('FORBIDDEN');
  });
});
