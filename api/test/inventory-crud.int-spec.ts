import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  aFachverfahren,
  aFileShare,
  aLocation,
  aPerson,
  aPrinter,
  aSoftware,
  aTenant,
  aWorkstation,
  type Builder,
  type Created,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let tenant: Created;
let location: Created;

beforeAll(async () => {
  api = await startTestApp('crud');
  tenant = await aTenant().create(api);
  location = await aLocation().of(tenant).create(api);
});
afterAll(() => api.close());

interface Case {
  type: string;
  list: string;
  make: () => Builder<Record<string, unknown>>;
  /** A field to change and its new value. */
  change: [string, unknown];
  /** The natural key and a clash of it in other case. */
  key?: [string, (v: string) => string];
}

const cases: Case[] = [
  {
    type: 'Location',
    list: 'locations',
    make: () => aLocation().of(tenant),
    change: ['city', 'Neustadt'],
    key: ['name', (v) => v.toUpperCase()],
  },
  {
    type: 'Person',
    list: 'persons',
    make: () => aPerson().at(location),
    change: ['department', 'Bauamt'],
    key: ['accountName', (v) => v.toUpperCase()],
  },
  {
    type: 'Workstation',
    list: 'workstations',
    make: () => aWorkstation().at(location),
    change: ['room', '1. OG 1.04'],
    key: ['name', (v) => v.toLowerCase()],
  },
  {
    type: 'Printer',
    list: 'printers',
    make: () => aPrinter().at(location),
    change: ['targetQueue', '\\\\print01\\EG-01'],
    key: ['name', (v) => v.toLowerCase()],
  },
  {
    type: 'Software',
    list: 'softwareList',
    make: () => aSoftware().of(tenant),
    change: ['delivery', 'PUBLISHED_APP'],
    key: ['product', (v) => v.toUpperCase()],
  },
  {
    type: 'FileShare',
    list: 'fileShares',
    make: () => aFileShare().at(location),
    change: ['targetPath', '\\\\cloud\\ablage'],
    key: ['uncPath', (v) => v.toUpperCase()],
  },
  {
    type: 'Fachverfahren',
    list: 'fachverfahrenList',
    make: () => aFachverfahren().of(tenant),
    change: ['criticality', 'HIGH'],
    key: ['name', (v) => v.toUpperCase()],
  },
  {
    type: 'Tenant',
    list: 'tenants',
    make: () => aTenant(),
    change: ['inhabitants', 4711],
    key: ['name', (v) => v.toUpperCase()],
  },
];

const single = (type: string): string => type.charAt(0).toLowerCase() + type.slice(1);

describe.each(cases)('$type', ({ type, list, make, change, key }) => {
  const [field, value] = change;

  it('is created, read, listed, updated with its version, and deleted', async () => {
    const builder = make();
    const created = await builder.create(api);
    expect(created.version).toBe(1);

    const read = await api.gql<Record<string, Created>>(`query($id: ID!) { ${single(type)}(id: $id) { id version } }`, {
      id: created.id,
    });
    expect(read[single(type)]).toEqual({ id: created.id, version: 1 });

    const listed = await api.gql<Record<string, { totalCount: number; items: { id: string }[] }>>(
      `{ ${list}(limit: 1000) { totalCount items { id } } }`,
    );
    expect(listed[list].items.map((i) => i.id)).toContain(created.id);

    const updated = await api.gql<Record<string, Record<string, unknown>>>(
      `mutation($input: Update${type}Input!) { update${type}(input: $input) { version ${field} } }`,
      { input: { id: created.id, version: 1, [field]: value } },
    );
    expect(updated[`update${type}`]).toEqual({ version: 2, [field]: value });

    const stale = await api.request(
      `mutation($input: Update${type}Input!) { update${type}(input: $input) { version } }`,
      {
        input: { id: created.id, version: 1, [field]: value },
      },
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', sentVersion: 1, currentVersion: 2 });
    expect(stale.errors?.[0].message).toMatch(/Reload/);

    const staleDelete = await api.request(`mutation { delete${type}(id: "${created.id}", version: 1) }`);
    expect(staleDelete.errors?.[0].extensions?.code).toBe('CONFLICT');
    const deleted = await api.gql<Record<string, string>>(
      `mutation { delete${type}(id: "${created.id}", version: 2) }`,
    );
    expect(deleted[`delete${type}`]).toBe(created.id);

    const gone = await api.request(`query($id: ID!) { ${single(type)}(id: $id) { id } }`, { id: created.id });
    expect(gone.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: created.id });
  });

  if (key) {
    it(`refuses a second one with the same ${key[0]} in other letter case, naming the key`, async () => {
      const first = make();
      await first.create(api);
      const original = String(first.build()[key[0]]);
      const clash = make().with({ [key[0]]: key[1](original) });
      const res = await api.request(`mutation($input: Create${type}Input!) { create${type}(input: $input) { id } }`, {
        input: clash.build(),
      });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNIQUE_VIOLATION', field: key[0] });
      expect(res.data).toBeNull();
    });
  }
});

describe('updates', () => {
  it('keep fields the client did not send, even those with a default on create', async () => {
    const t = await aTenant()
      .with({ memberMunicipalities: ['Nordheim', 'Südheim'] })
      .create(api);
    const tenantAfter = await api.gql<{ updateTenant: { memberMunicipalities: string[] } }>(
      `mutation { updateTenant(input: { id: "${t.id}", version: 1, inhabitants: 999 }) { memberMunicipalities } }`,
    );
    expect(tenantAfter.updateTenant.memberMunicipalities).toEqual(['Nordheim', 'Südheim']);

    const sw = await aSoftware().of(tenant).with({ delivery: 'PUBLISHED_APP' }).create(api);
    const swAfter = await api.gql<{ updateSoftware: { delivery: string } }>(
      `mutation { updateSoftware(input: { id: "${sw.id}", version: 1, vendor: "Neu" }) { delivery } }`,
    );
    expect(swAfter.updateSoftware.delivery).toBe('PUBLISHED_APP');

    const pr = await aPrinter().at(location).with({ kind: 'MULTIFUNCTION' }).create(api);
    const prAfter = await api.gql<{ updatePrinter: { kind: string } }>(
      `mutation { updatePrinter(input: { id: "${pr.id}", version: 1, room: "1.01" }) { kind } }`,
    );
    expect(prAfter.updatePrinter.kind).toBe('MULTIFUNCTION');

    const fv = await aFachverfahren()
      .of(tenant)
      .with({ criticality: 'HIGH', crisisRelevant: true, interfaces: ['XMELD_OSCI'], targetOperation: 'SAAS' })
      .create(api);
    const fvAfter = await api.gql<{ updateFachverfahren: Record<string, unknown> }>(
      `mutation { updateFachverfahren(input: { id: "${fv.id}", version: 1, vendor: "Neu" }) {
        criticality crisisRelevant interfaces targetOperation personalData } }`,
    );
    expect(fvAfter.updateFachverfahren).toEqual({
      criticality: 'HIGH',
      crisisRelevant: true,
      interfaces: ['XMELD_OSCI'],
      targetOperation: 'SAAS',
      personalData: true,
    });
  });
});

describe('validation', () => {
  it('names every offending field and writes nothing', async () => {
    const res = await api.request(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, {
      input: { name: '', kind: 'AMT', ags: '1234567', inhabitants: -5, memberMunicipalities: [] },
    });
    const fields = (res.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field).sort();
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields).toEqual(['ags', 'inhabitants', 'name']);
    const after = await api.gql<{ tenants: { items: { name: string }[] } }>(
      `{ tenants(limit: 1000) { items { name } } }`,
    );
    expect(after.tenants.items.map((t) => t.name)).not.toContain('');
  });

  it.each([
    ['Location', () => aLocation().of(tenant), { postalCode: '1234' }, 'postalCode'],
    ['FileShare', () => aFileShare().at(location), { uncPath: 'G:\\Ablage' }, 'uncPath'],
    ['FileShare', () => aFileShare().at(location), { driveLetter: 'gg' }, 'driveLetter'],
    ['Person', () => aPerson().at(location), { email: 'not-an-address' }, 'email'],
    ['Printer', () => aPrinter().at(location), { name: 'x'.repeat(201) }, 'name'],
  ] as const)('%s: rejects input with a bad value, naming the field', async (type, make, bad, field) => {
    const input = { ...make().build(), ...bad };
    const res = await api.request(`mutation($input: Create${type}Input!) { create${type}(input: $input) { id } }`, {
      input,
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('bounds the page size', async () => {
    const res = await api.request(`{ persons(limit: 100000) { totalCount } }`);
    expect(res.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'limit' })]);
  });

  it('refuses to delete a Standort that still has inventory', async () => {
    const loc = await aLocation().of(tenant).create(api);
    await aPrinter().at(loc).create(api);
    const res = await api.request(`mutation { deleteLocation(id: "${loc.id}", version: 1) }`);
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0].message).toMatch(/still in use/);
  });
});

describe('lists', () => {
  it('resolve a Verwaltung’s Standorte with all their fields', async () => {
    const res = await api.gql<{ tenant: { locations: { id: string; tenantId: string }[] } }>(
      `query($id: ID!) { tenant(id: $id) { locations { id tenantId name } } }`,
      { id: tenant.id },
    );
    expect(res.tenant.locations.length).toBeGreaterThan(0);
    expect(new Set(res.tenant.locations.map((l) => l.tenantId))).toEqual(new Set([tenant.id]));
  });

  it('filter by location and free text, sort both ways and page with a total', async () => {
    const here = await aLocation().of(tenant).create(api);
    for (const name of ['Zentrale-MFP', 'büro-drucker', 'Amt-Kopierer'])
      await aPrinter().at(here).with({ name }).create(api);
    const query = `query($loc: ID!, $dir: SortDirection!, $search: String) {
      printers(locationId: $loc, sortDirection: $dir, search: $search, limit: 2) { totalCount items { name } } }`;
    const asc = await api.gql<{ printers: { totalCount: number; items: { name: string }[] } }>(query, {
      loc: here.id,
      dir: 'ASC',
    });
    expect(asc.printers.totalCount).toBe(3);
    expect(asc.printers.items.map((p) => p.name)).toEqual(['Amt-Kopierer', 'büro-drucker']);
    const desc = await api.gql<{ printers: { items: { name: string }[] } }>(query, { loc: here.id, dir: 'DESC' });
    expect(desc.printers.items[0].name).toBe('Zentrale-MFP');
    const found = await api.gql<{ printers: { totalCount: number } }>(query, {
      loc: here.id,
      dir: 'ASC',
      search: 'BÜRO',
    });
    expect(found.printers.totalCount).toBe(1);
    const literal = await api.gql<{ printers: { totalCount: number } }>(query, {
      loc: here.id,
      dir: 'ASC',
      search: '%',
    });
    expect(literal.printers.totalCount).toBe(0);
  });
});
