import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loginAs } from './support/accounts';
import { aFileShare, aLocation, aPerson, aPrinter, aTenant, type Created } from './support/factories';
import { importFile } from './support/imports';
import { startTestApp, type Session, type TestApp } from './support/test-app';

interface Change {
  area: string;
  kind: string;
  item: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
}
interface Row {
  personId: string;
  displayName: string;
  state: string;
  comment: string | null;
  decidedByName: string | null;
  mappings: { printers: { name: string; isDefault: boolean; targetQueue: string | null }[] };
  changes: Change[];
}

const ROW = `personId displayName state comment decidedByName locationName department
  mappings { printers { name isDefault targetQueue } software { product } fileShares { uncPath driveLetter access }
    fachverfahren { name } }
  changes { area kind item field oldValue newValue }`;

let api: TestApp;
let tenant: Created;
let rathaus: Created;
let bauhof: Created;

const csv = (rows: string[][]): Buffer => Buffer.from(rows.map((r) => r.join(';')).join('\r\n') + '\r\n');

beforeAll(async () => {
  api = await startTestApp('confirmations');
  tenant = await aTenant().create(api);
  rathaus = await aLocation().of(tenant).with({ name: 'Rathaus' }).create(api);
  bauhof = await aLocation().of(tenant).with({ name: 'Bauhof' }).create(api);
});
afterAll(() => api.close());

async function row(personId: string, session?: Session): Promise<Row> {
  const data = await api.gql<{ personConfirmations: { items: Row[] } }>(
    `query($t: ID!) { personConfirmations(tenantId: $t, limit: 1000) { items { ${ROW} } } }`,
    { t: tenant.id },
    { session },
  );
  const found = data.personConfirmations.items.find((r) => r.personId === personId);
  if (!found) throw new Error(`person ${personId} not in the list`);
  return found;
}

const confirm = (personIds: string[], session?: Session | null, tenantId = tenant.id) =>
  api.request<{ confirmPersons: { confirmed: number; unchanged: number } }>(
    `mutation($t: ID!, $ids: [ID!]!) { confirmPersons(tenantId: $t, personIds: $ids) { confirmed unchanged } }`,
    { t: tenantId, ids: personIds },
    { session },
  );

const assignPrinter = (personId: string, printerId: string, isDefault: boolean) =>
  api.gql(
    `mutation($p: ID!, $r: ID!, $d: Boolean) { assignPrinter(personId: $p, printerId: $r, isDefault: $d) { id } }`,
    {
      p: personId,
      r: printerId,
      d: isDefault,
    },
  );

/** A person at the Rathaus with printer DR-x as default; confirmed. */
async function confirmedPerson(accountName: string): Promise<{ person: Created; printer: Created }> {
  const person = await aPerson().at(rathaus).with({ accountName, department: 'Hauptamt' }).create(api);
  const printer = await aPrinter()
    .at(rathaus)
    .with({ name: `DR-${accountName}` })
    .create(api);
  await assignPrinter(person.id, printer.id, true);
  expect((await row(person.id)).state).toBe('OPEN');
  expect((await confirm([person.id])).errors).toBeUndefined();
  expect(await row(person.id)).toMatchObject({ state: 'CONFIRMED', changes: [] });
  return { person, printer };
}

describe('confirmation invalidation', () => {
  it('an edit through the API (printer target queue, new default printer) marks it changed, with what changed', async () => {
    const { person, printer } = await confirmedPerson('edit.person');
    await api.gql(`mutation($input: UpdatePrinterInput!) { updatePrinter(input: $input) { id } }`, {
      input: { id: printer.id, version: printer.version, targetQueue: 'Q-RATHAUS-1' },
    });
    const second = await aPrinter().at(rathaus).with({ name: 'DR-NEU' }).create(api);
    await assignPrinter(person.id, second.id, true);
    const changed = await row(person.id);
    expect(changed.state).toBe('CHANGED');
    expect(changed.changes).toEqual(
      expect.arrayContaining([
        { area: 'PRINTER', kind: 'ADDED', item: 'DR-NEU', field: null, oldValue: null, newValue: null },
        {
          area: 'PRINTER',
          kind: 'CHANGED',
          item: 'DR-edit.person',
          field: 'targetQueue',
          oldValue: null,
          newValue: 'Q-RATHAUS-1',
        },
        {
          area: 'PRINTER',
          kind: 'CHANGED',
          item: 'DR-NEU',
          field: 'isDefault',
          oldValue: 'DR-edit.person',
          newValue: 'DR-NEU',
        },
      ]),
    );
    expect((await confirm([person.id])).data?.confirmPersons).toEqual({ confirmed: 1, unchanged: 0 });
    expect(await row(person.id)).toMatchObject({ state: 'CONFIRMED', changes: [] });
  });

  it('an import (software with its persons) marks it changed', async () => {
    const { person } = await confirmedPerson('import.person');
    const run = await importFile(api, {
      tenantId: tenant.id,
      target: 'SOFTWARE',
      fileName: 'software.csv',
      body: csv([
        ['Produkt', 'Version', 'Hersteller', 'Benutzername'],
        ['Adobe Acrobat Reader', '2024', 'Adobe', 'import.person'],
      ]),
    });
    expect(run.errors).toEqual([]);
    expect(run.failure).toBeNull();
    const changed = await row(person.id);
    expect(changed.state).toBe('CHANGED');
    expect(changed.changes).toEqual([
      {
        area: 'SOFTWARE',
        kind: 'ADDED',
        item: 'Adobe Acrobat Reader 2024',
        field: null,
        oldValue: null,
        newValue: null,
      },
    ]);
    await confirm([person.id]);
    expect((await row(person.id)).state).toBe('CONFIRMED');
  });

  it('a bulk edit of printers’ target queue marks it changed', async () => {
    const { person, printer } = await confirmedPerson('bulk.person');
    const res = await api.gql<{ bulkUpdate: { changed: number } }>(
      `mutation($input: BulkUpdateInput!) { bulkUpdate(input: $input) { changed } }`,
      {
        input: { objectType: 'PRINTER', tenantId: tenant.id, ids: [printer.id], field: 'targetQueue', value: 'Q-BULK' },
      },
    );
    expect(res.bulkUpdate.changed).toBe(1);
    const changed = await row(person.id);
    expect(changed.state).toBe('CHANGED');
    expect(changed.changes).toEqual([
      {
        area: 'PRINTER',
        kind: 'CHANGED',
        item: 'DR-bulk.person',
        field: 'targetQueue',
        oldValue: null,
        newValue: 'Q-BULK',
      },
    ]);
    await confirm([person.id]);
    expect((await row(person.id)).state).toBe('CONFIRMED');
  });

  it('shows a share whose rights changed as "access READ → WRITE"', async () => {
    const { person } = await confirmedPerson('share.person');
    const share = await aFileShare().at(rathaus).with({ uncPath: '\\\\fs01\\Kasse', driveLetter: 'H' }).create(api);
    const assign = (access: string) =>
      api.gql(
        `mutation($p: ID!, $s: ID!, $a: ShareAccess) { assignFileShare(personId: $p, fileShareId: $s, access: $a) { id } }`,
        {
          p: person.id,
          s: share.id,
          a: access,
        },
      );
    await assign('READ');
    await confirm([person.id]);
    await assign('WRITE');
    expect((await row(person.id)).changes).toEqual([
      {
        area: 'FILE_SHARE',
        kind: 'CHANGED',
        item: '\\\\fs01\\Kasse',
        field: 'access',
        oldValue: 'READ',
        newValue: 'WRITE',
      },
    ]);
  });
});

describe('rejections', () => {
  it('a rejection with comment is a task for the project manager; an empty comment is refused', async () => {
    const person = await aPerson().at(bauhof).with({ displayName: 'Rita Ablehnung' }).create(api);
    const coordinator = await loginAs(api, 'COORDINATOR', { tenantIds: [tenant.id] });
    const reject = (comment: string) =>
      api.request<{ rejectPerson: Row }>(
        `mutation($p: ID!, $c: String!) { rejectPerson(personId: $p, comment: $c) { ${ROW} } }`,
        { p: person.id, c: comment },
        { session: coordinator },
      );
    const empty = await reject('   ');
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(empty.errors?.[0].extensions?.fields)).toContain('comment');
    const res = await reject('Drucker im Bauhof fehlt');
    expect(res.data?.rejectPerson).toMatchObject({ state: 'REJECTED', comment: 'Drucker im Bauhof fehlt' });

    const manager = await loginAs(api, 'PROJECT_MANAGER', { tenantIds: [tenant.id] });
    const tasks = await api.gql<{ openRejections: (Row & { locationName: string; tenantName: string })[] }>(
      `{ openRejections { ${ROW} tenantName decidedAt } }`,
      {},
      { session: manager },
    );
    expect(tasks.openRejections).toEqual([
      expect.objectContaining({
        personId: person.id,
        comment: 'Drucker im Bauhof fehlt',
        locationName: 'Bauhof',
        decidedByName: 'Test COORDINATOR',
      }),
    ]);
    // Confirming afterwards closes the task.
    await confirm([person.id], coordinator);
    const after = await api.gql<{ openRejections: Row[] }>(`{ openRejections { personId } }`, {}, { session: manager });
    expect(after.openRejections).toEqual([]);
  });
});

describe('policy', () => {
  let person: Created;
  beforeAll(async () => {
    person = await aPerson().at(rathaus).create(api);
  });

  it('lets the coordinator of the Verwaltung and the admin confirm', async () => {
    const coordinator = await loginAs(api, 'COORDINATOR', { tenantIds: [tenant.id] });
    expect((await confirm([person.id], coordinator)).errors).toBeUndefined();
    expect((await confirm([person.id], api.admin)).data?.confirmPersons).toEqual({ confirmed: 0, unchanged: 1 });
  });

  it.each(['PROJECT_MANAGER', 'TECHNICIAN', 'VIEWER'] as const)('refuses %s', async (role) => {
    const session = await loginAs(
      api,
      role,
      role === 'TECHNICIAN' ? { locationIds: [rathaus.id] } : { tenantIds: [tenant.id] },
    );
    expect((await confirm([person.id], session)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reject = await api.request(
      `mutation($p: ID!) { rejectPerson(personId: $p, comment: "nein") { state } }`,
      { p: person.id },
      { session },
    );
    expect(reject.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a coordinator of another Verwaltung, and writes nothing for unknown ids', async () => {
    const other = await aTenant().create(api);
    const foreign = await loginAs(api, 'COORDINATOR', { tenantIds: [other.id] });
    const fresh = await aPerson().at(rathaus).create(api);
    expect((await confirm([fresh.id], foreign)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await confirm([fresh.id], foreign, other.id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const filtered = await api.request(
      `mutation($t: ID!) { confirmFilteredPersons(tenantId: $t) { confirmed } }`,
      {
        t: tenant.id,
      },
      { session: foreign },
    );
    expect(filtered.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const mixed = await confirm([fresh.id, '00000000-0000-4000-8000-000000000000']);
    expect(mixed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await row(fresh.id)).state).toBe('OPEN');
  });
});

describe('progress and "confirm all shown"', () => {
  it('confirms the filtered persons and counts per location and department', async () => {
    const t = await aTenant().create(api);
    const a = await aLocation().of(t).with({ name: 'Altbau' }).create(api);
    const b = await aLocation().of(t).with({ name: 'Bürgerbüro' }).create(api);
    const make = (loc: Created, department: string) => aPerson().at(loc).with({ department }).create(api);
    await make(a, 'Kasse');
    await make(a, 'Kasse');
    const third = await make(a, 'Bauamt');
    await make(b, 'Kasse');
    const res = await api.request<{ confirmFilteredPersons: { confirmed: number } }>(
      `mutation($t: ID!, $l: ID, $d: String, $n: Int) {
         confirmFilteredPersons(tenantId: $t, locationId: $l, department: $d, expectedCount: $n) { confirmed } }`,
      { t: t.id, l: a.id, d: 'kasse', n: 2 },
    );
    expect(res.data?.confirmFilteredPersons.confirmed).toBe(2);
    const stale = await api.request(
      `mutation($t: ID!) { confirmFilteredPersons(tenantId: $t, expectedCount: 1) { confirmed } }`,
      {
        t: t.id,
      },
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    await api.gql(`mutation($p: ID!) { rejectPerson(personId: $p, comment: "falsch") { state } }`, { p: third.id });

    const data = await api.request<{
      confirmationProgress: Record<
        string,
        { label: string | null; total: number; confirmed: number; rejected: number; open: number }[]
      > & {
        overall: Record<string, number>;
      };
    }>(
      `query($t: ID!) { confirmationProgress(tenantId: $t) {
         overall { total confirmed changed rejected open }
         byLocation { label total confirmed changed rejected open }
         byDepartment { label total confirmed changed rejected open } } }`,
      { t: t.id },
      { countStatements: true },
    );
    expect(data.extensions?.sqlStatements).toBeLessThanOrEqual(2);
    const p = data.data?.confirmationProgress;
    expect(p?.overall).toEqual({ total: 4, confirmed: 2, changed: 0, rejected: 1, open: 1 });
    expect(p?.byLocation).toEqual([
      { label: 'Altbau', total: 3, confirmed: 2, changed: 0, rejected: 1, open: 0 },
      { label: 'Bürgerbüro', total: 1, confirmed: 0, changed: 0, rejected: 0, open: 1 },
    ]);
    expect(p?.byDepartment).toEqual([
      { label: 'Bauamt', total: 1, confirmed: 0, changed: 0, rejected: 1, open: 0 },
      { label: 'Kasse', total: 3, confirmed: 2, changed: 0, rejected: 0, open: 1 },
    ]);
  });

  it('lists a page with a constant number of statements', async () => {
    const t = await aTenant().create(api);
    const loc = await aLocation().of(t).create(api);
    const count = async () => {
      const res = await api.request<{ personConfirmations: { totalCount: number } }>(
        `query($t: ID!) { personConfirmations(tenantId: $t, limit: 1000) { totalCount items { ${ROW} } } }`,
        { t: t.id },
        { countStatements: true },
      );
      expect(res.errors).toBeUndefined();
      return res.extensions?.sqlStatements;
    };
    await aPerson().at(loc).create(api);
    const one = await count();
    for (let i = 0; i < 5; i++) await aPerson().at(loc).create(api);
    expect(await count()).toBe(one);
    expect(one).toBeLessThanOrEqual(2);
  });
});
