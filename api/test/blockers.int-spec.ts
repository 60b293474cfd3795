import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loginAs } from './support/accounts';
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
import { startTestApp, type Session, type TestApp } from './support/test-app';

let api: TestApp;
let tenant: Created;
let location: Created;
let coordinator: Session;

beforeAll(async () => {
  api = await startTestApp('blockers');
  tenant = await aTenant().create(api);
  location = await aLocation().of(tenant).create(api);
  coordinator = await loginAs(api, 'COORDINATOR', { tenantIds: [tenant.id] });
});
afterAll(() => api.close());

interface Blocker {
  id: string;
  version: number;
  open: boolean;
  locationId: string | null;
  objectType: string | null;
  objectId: string | null;
  objectLabel: string | null;
}
const BLOCKER = 'id version open locationId objectType objectId objectLabel';

const create = (input: Record<string, unknown>, session?: Session) =>
  api.request<{ createBlocker: Blocker }>(
    `mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { ${BLOCKER} } }`,
    { input: { tenantId: tenant.id, title: 'Switch im Keller fehlt', owner: 'Herr Netz', ...input } },
    { session },
  );
async function created(input: Record<string, unknown>, session?: Session): Promise<Blocker> {
  const res = await create(input, session);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createBlocker;
}
const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  ((res.errors?.[0].extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);

describe('blockers', () => {
  it('derives the location from a linked object that stands at one', async () => {
    const printer = await aPrinter().at(location).create(api);
    const workstation = await aWorkstation().at(location).create(api);
    const person = await aPerson().at(location).create(api);
    for (const [objectType, object] of [
      ['PRINTER', printer],
      ['WORKSTATION', workstation],
      ['PERSON', person],
      ['LOCATION', location],
    ] as const) {
      const b = await created({ objectType, objectId: object.id });
      expect(b).toMatchObject({ locationId: location.id, objectType, objectId: object.id });
      expect(b.objectLabel).toBeTruthy();
    }
    // Tenant-wide objects keep the location given (or none).
    const software = await aSoftware().of(tenant).create(api);
    expect(await created({ objectType: 'SOFTWARE', objectId: software.id })).toMatchObject({ locationId: null });
    expect(await created({ objectType: 'SOFTWARE', objectId: software.id, locationId: location.id })).toMatchObject({
      locationId: location.id,
    });
    // A location that contradicts the object's is refused, naming the field.
    const elsewhere = await aLocation().of(tenant).create(api);
    expect(fieldsOf(await create({ objectType: 'PRINTER', objectId: printer.id, locationId: elsewhere.id }))).toEqual([
      'locationId',
    ]);
  });

  it('refuses objects and locations of another Verwaltung, naming the field', async () => {
    const other = await aTenant().create(api);
    const otherLocation = await aLocation().of(other).create(api);
    const foreignPrinter = await aPrinter().at(otherLocation).create(api);
    const foreignFv = await aFachverfahren().of(other).create(api);
    expect(fieldsOf(await create({ objectType: 'PRINTER', objectId: foreignPrinter.id }))).toEqual(['objectId']);
    expect(fieldsOf(await create({ objectType: 'FACHVERFAHREN', objectId: foreignFv.id }))).toEqual(['objectId']);
    expect(fieldsOf(await create({ locationId: otherLocation.id }))).toEqual(['locationId']);
    // A coordinator cannot put a blocker into another Verwaltung at all.
    const res = await create({ tenantId: other.id }, coordinator);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('names the fields of bad input', async () => {
    expect(fieldsOf(await create({ title: '' }))).toEqual(['title']);
    expect(fieldsOf(await create({ objectId: location.id }))).toEqual(['objectType']);
    expect(fieldsOf(await create({ objectType: 'PRINTER' }))).toEqual(['objectId']);
    expect(fieldsOf(await create({ description: 'x'.repeat(4001) }))).toEqual(['description']);
  });

  it('closes and reopens; open blockers show on the location', async () => {
    const site = await aLocation().of(tenant).create(api);
    const b = await created({ locationId: site.id }, coordinator);
    const openAt = async () =>
      (
        await api.gql<{ location: { openBlockers: { id: string }[] } }>(
          `query($id: ID!) { location(id: $id) { openBlockers { id } } }`,
          { id: site.id },
        )
      ).location.openBlockers.map((x) => x.id);
    expect(await openAt()).toEqual([b.id]);
    const closed = await api.gql<{ closeBlocker: Blocker }>(
      `mutation($id: ID!, $v: Int!) { closeBlocker(id: $id, version: $v) { ${BLOCKER} } }`,
      { id: b.id, v: b.version },
      { session: coordinator },
    );
    expect(closed.closeBlocker).toMatchObject({ open: false, version: b.version + 1 });
    expect(await openAt()).toEqual([]);
    const list = (open: boolean) =>
      api.gql<{ blockers: { items: { id: string }[] } }>(
        `query($t: ID!, $l: ID, $o: Boolean) { blockers(tenantId: $t, locationId: $l, open: $o) { items { id } } }`,
        { t: tenant.id, l: site.id, o: open },
      );
    expect((await list(false)).blockers.items).toEqual([{ id: b.id }]);
    expect((await list(true)).blockers.items).toEqual([]);
    const reopened = await api.gql<{ reopenBlocker: Blocker }>(
      `mutation($id: ID!, $v: Int!) { reopenBlocker(id: $id, version: $v) { ${BLOCKER} } }`,
      { id: b.id, v: closed.closeBlocker.version },
    );
    expect(reopened.reopenBlocker.open).toBe(true);
    expect(await openAt()).toEqual([b.id]);
    // A stale version is a conflict, not a silent overwrite.
    const stale = await api.request(`mutation($id: ID!, $v: Int!) { closeBlocker(id: $id, version: $v) { id } }`, {
      id: b.id,
      v: b.version,
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('re-links on update and refuses technicians and viewers', async () => {
    const b = await created({ title: 'Zeiterfassung fehlt' });
    const printer = await aPrinter().at(location).create(api);
    const updated = await api.gql<{ updateBlocker: Blocker }>(
      `mutation($input: UpdateBlockerInput!) { updateBlocker(input: $input) { ${BLOCKER} } }`,
      { input: { id: b.id, version: b.version, objectType: 'PRINTER', objectId: printer.id } },
    );
    expect(updated.updateBlocker).toMatchObject({ locationId: location.id, objectId: printer.id });
    for (const role of ['TECHNICIAN', 'VIEWER'] as const) {
      const session = await loginAs(api, role, { tenantIds: [tenant.id], locationIds: [location.id] });
      expect((await create({}, session)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('writes audit entries for create, close, reopen and delete', async () => {
    const b = await created({ locationId: location.id });
    const closed = await api.gql<{ closeBlocker: Blocker }>(
      `mutation($id: ID!, $v: Int!) { closeBlocker(id: $id, version: $v) { version } }`,
      { id: b.id, v: b.version },
    );
    // Closing again changes nothing and writes nothing.
    await api.gql(`mutation($id: ID!, $v: Int!) { closeBlocker(id: $id, version: $v) { version } }`, {
      id: b.id,
      v: closed.closeBlocker.version,
    });
    await api.gql(`mutation($id: ID!, $v: Int!) { deleteBlocker(id: $id, version: $v) }`, {
      id: b.id,
      v: closed.closeBlocker.version,
    });
    const data = await api.gql<{ auditEntries: { items: { action: string; changes: { field: string }[] }[] } }>(
      `query($id: ID!) { auditEntries(objectId: $id, objectType: BLOCKER) { items { action changes { field } } } }`,
      { id: b.id },
    );
    expect(data.auditEntries.items.map((e) => e.action)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
    expect(data.auditEntries.items[1].changes).toEqual([{ field: 'open' }]);
  });
});
