import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { aLocation, aPerson, aPrinter, aTenant, aWorkstation, type Created } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

// The list maps its rows itself and loads locations, persons and printers as JSON in its own
// statement (just the selected columns; all of them, or the location's DataLoader, when a field
// resolver or a date column is selected: workstations.service.ts); a single workstation comes
// through TypeORM and the DataLoaders. Both must give exactly the same objects.

let api: TestApp;
let tenant: Created;
const workstations: Created[] = [];

const RELATIONS = `fragment Relations on Workstation {
  id name
  location { id name cutoverDate cutoverWindowStart }
  persons { id version createdAt updatedAt tenantId notInSourceSince locationId accountName givenName surname
    displayName department email printers { isDefault printer { id } } }
  printers { id version createdAt updatedAt tenantId notInSourceSince locationId name kind model address
    shareName room targetQueue notes }
}`;

const LIST = `query($tenantId: ID!) {
  workstations(tenantId: $tenantId, limit: 100) { totalCount items { ...Relations } }
} ${RELATIONS}`;

const ONE = `query($id: ID!) { workstation(id: $id) { ...Relations } } ${RELATIONS}`;

interface Listed {
  id: string;
  persons: { displayName: string }[];
  printers: { name: string }[];
}

beforeAll(async () => {
  api = await startTestApp('workstation-list');
  tenant = await aTenant().create(api);
  const north = await aLocation().of(tenant).create(api);
  const south = await aLocation().of(tenant).create(api);
  const shared = await aPrinter().at(north).with({ name: 'B-Drucker', targetQueue: 'Q1' }).create(api);
  const own = await aPrinter().at(south).with({ name: 'a-Drucker' }).create(api);
  const zora = await aPerson().at(north).with({ displayName: 'Zora Zander' }).create(api);
  const anna = await aPerson().at(south).with({ displayName: 'anna Abel', department: 'Kasse' }).create(api);
  const bert = await aPerson().at(north).with({ displayName: 'Bert Brandt' }).create(api);
  for (const [person, printer, isDefault] of [
    [zora, shared, true],
    [anna, shared, false],
    [anna, own, true],
  ] as const) {
    await api.gql(
      `mutation($p: ID!, $r: ID!, $d: Boolean) { assignPrinter(personId: $p, printerId: $r, isDefault: $d) { id } }`,
      { p: person.id, r: printer.id, d: isDefault },
    );
  }
  workstations.push(await aWorkstation().at(north).with({ name: 'AP-2' }).create(api));
  workstations.push(await aWorkstation().at(south).with({ name: 'ap-1' }).create(api));
  workstations.push(await aWorkstation().at(north).with({ name: 'AP-3' }).create(api));
  for (const [ws, person] of [
    [workstations[0], zora],
    [workstations[0], anna],
    [workstations[1], bert],
  ] as const) {
    await api.gql(`mutation($p: ID!, $w: ID!) { assignWorkstationPerson(personId: $p, workstationId: $w) { id } }`, {
      p: person.id,
      w: ws.id,
    });
  }
});
afterAll(() => api.close());

describe('workstations list with its relations', () => {
  it('gives the same persons, printers and locations as the single workstation (DataLoaders)', async () => {
    const res = await api.request<{ workstations: { totalCount: number; items: Listed[] } }>(LIST, {
      tenantId: tenant.id,
    });
    expect(res.errors).toBeUndefined();
    const { totalCount, items } = res.data!.workstations;
    expect(totalCount).toBe(3);
    expect(items.map((w) => w.id)).toEqual([workstations[1].id, workstations[0].id, workstations[2].id]);
    expect(items[1].persons.map((p) => p.displayName)).toEqual(['anna Abel', 'Zora Zander']);
    // The shared printer once, sorted case-insensitively.
    expect(items[1].printers.map((p) => p.name)).toEqual(['a-Drucker', 'B-Drucker']);
    expect(items[2].persons).toEqual([]);
    for (const item of items) {
      const one = await api.gql<{ workstation: Listed }>(ONE, { id: item.id });
      expect(item).toEqual(one.workstation);
    }
  });

  it("reads only the selected person and printer columns and still gives the DataLoaders' answer", async () => {
    const slim = `{ id persons { displayName accountName } printers { name } location { name } }`;
    const res = await api.request<{ workstations: { items: Listed[] } }>(
      `query($tenantId: ID!) { workstations(tenantId: $tenantId, limit: 100) { items ${slim} } }`,
      { tenantId: tenant.id },
      { countStatements: true },
    );
    expect(res.errors).toBeUndefined();
    // The transaction's scope, then the page with its locations, persons and printers.
    expect(res.extensions?.sqlStatements).toBe(2);
    const items = res.data!.workstations.items;
    expect(items[1].persons).toEqual([
      { displayName: 'anna Abel', accountName: expect.any(String) },
      { displayName: 'Zora Zander', accountName: expect.any(String) },
    ]);
    for (const item of items) {
      const one = await api.gql<{ workstation: Listed }>(`query($id: ID!) { workstation(id: $id) ${slim} }`, {
        id: item.id,
      });
      expect(item).toEqual(one.workstation);
    }
  });

  it('leaves out the total it was not asked for and still pages', async () => {
    const data = await api.gql<{ workstations: { items: { name: string }[] } }>(
      `query($tenantId: ID!) { workstations(tenantId: $tenantId, limit: 2, offset: 1) { items { name } } }`,
      { tenantId: tenant.id },
    );
    expect(data.workstations.items.map((w) => w.name)).toEqual(['AP-2', 'AP-3']);
  });
});
