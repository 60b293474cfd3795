import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loginAs } from './support/accounts';
import {
  CONFIRMATION_ROW as ROW,
  confirmationRow,
  confirmPersons,
  type ConfirmationRow as Row,
} from './support/confirmations';
import { aFileShare, aLocation, aPerson, aPrinter, aTenant, type Created } from './support/factories';
import { importFile } from './support/imports';
import { startTestApp, type Session, type TestApp } from './support/test-app';

// Invalidation and rejection; who may confirm and the progress counts are in confirmation-policy.int-spec.ts.

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

const row = (personId: string, session?: Session): Promise<Row> => confirmationRow(api, tenant.id, personId, session);

const confirm = (personIds: string[], session?: Session | null) => confirmPersons(api, tenant.id, personIds, session);

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
