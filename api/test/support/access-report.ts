import {
  aFachverfahren,
  aFileShare,
  aLocation,
  aPerson,
  aPrinter,
  aSoftware,
  aTenant,
  aWorkstation,
  type Created,
} from './factories';
import { asOwner } from './plan';
import type { Session, TestApp } from './test-app';

export interface AccessDownload {
  status: number;
  contentType: string | null;
  disposition: string | null;
  body: Buffer;
}

/** GET /api/privacy/access-report?… with the given session (default: the admin; null: none). */
export async function accessReport(
  api: TestApp,
  query: string,
  session: Session | null = api.admin,
): Promise<AccessDownload> {
  const res = await fetch(api.url.replace('/graphql', `/api/privacy/access-report?${query}`), {
    headers: session ? { cookie: session.cookie } : {},
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

export const TENANT_NAME = 'Amt Auskunftshausen';

/** Person A (the one asking) and B (sharing A's workstation and a printer): all their values are distinctive. */
export const A = {
  accountName: 'a.auskunftsberg',
  givenName: 'Annegret',
  surname: 'Auskunftsberg',
  displayName: 'Annegret Auskunftsberg',
  email: 'annegret.auskunftsberg@amt-test.example',
  department: 'Ordnungsamt',
};
export const B = {
  accountName: 'b.verborgenheit',
  givenName: 'Bodo',
  surname: 'Verborgenheit',
  displayName: 'Bodo Verborgenheit',
  email: 'bodo.verborgenheit@amt-test.example',
  department: 'Kasse',
};

export interface AccessFixture {
  tenant: Created;
  location: Created;
  a: Created;
  b: Created;
  workstation: Created;
  sharedPrinter: Created;
  aPrinter: Created;
  bPrinter: Created;
  aSoftware: Created;
  bSoftware: Created;
  aShare: Created;
  bShare: Created;
  aVerfahren: Created;
  bVerfahren: Created;
  aBlocker: string;
  movedBlocker: string;
  bBlocker: string;
}

/**
 * Two persons of one Verwaltung with own and shared mappings, confirmations and blockers, all
 * made through the API so the audit trail holds what it holds in real use.
 */
export async function seedAccessFixture(api: TestApp, coordinator: (tenantId: string) => Promise<Session>) {
  const tenant = await aTenant().with({ name: TENANT_NAME }).create(api);
  const location = await aLocation().of(tenant).with({ name: 'Rathaus Auskunftshausen' }).create(api);
  const a = await aPerson()
    .at(location)
    .with({ ...A, displayName: 'Annegret Auskunft' })
    .create(api);
  const b = await aPerson().at(location).with(B).create(api);
  // A functional account named like A's department: the department stays A's.
  await aPerson().at(location).with({ accountName: 'ordnungsamt-info', displayName: A.department }).create(api);
  const gql = (query: string, variables: Record<string, unknown>, session?: Session) =>
    api.gql(query, variables, { session });
  await gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, {
    input: { id: a.id, version: a.version, displayName: A.displayName },
  });

  const workstation = await aWorkstation().at(location).with({ name: 'AP-Gemeinsam-1', room: 'R 1.23' }).create(api);
  const sharedPrinter = await aPrinter()
    .at(location)
    .with({ name: 'DR-Flur-Gemeinsam', targetQueue: 'Q-Flur' })
    .create(api);
  const aPrinterRow = await aPrinter().at(location).with({ name: 'DR-Annegret-Zimmer' }).create(api);
  const bPrinterRow = await aPrinter().at(location).with({ name: 'DR-Kasse-Zimmer' }).create(api);
  const aSoftwareRow = await aSoftware().of(tenant).with({ product: 'Ordnungswidrigkeiten-Suite' }).create(api);
  const bSoftwareRow = await aSoftware().of(tenant).with({ product: 'Kassenbuch-Pro' }).create(api);
  const aShare = await aFileShare()
    .at(location)
    .with({ uncPath: '\\\\fs01\\Ordnungsamt', targetPath: '\\\\cloud\\oa' })
    .create(api);
  const bShare = await aFileShare().at(location).with({ uncPath: '\\\\fs01\\Kasse' }).create(api);
  const aVerfahren = await aFachverfahren().of(tenant).with({ name: 'OWi-Verfahren' }).create(api);
  const bVerfahren = await aFachverfahren().of(tenant).with({ name: 'Kassenverfahren' }).create(api);

  const assignWs = `mutation($w: ID!, $p: ID!) { assignWorkstationPerson(workstationId: $w, personId: $p) { id } }`;
  const assignPrinter = `mutation($p: ID!, $r: ID!, $d: Boolean) { assignPrinter(personId: $p, printerId: $r, isDefault: $d) { id } }`;
  const unassignPrinter = `mutation($p: ID!, $r: ID!) { unassignPrinter(personId: $p, printerId: $r) { id } }`;
  const assign = (field: string, arg: string) =>
    `mutation($p: ID!, $o: ID!) { ${field}(personId: $p, ${arg}: $o) { id } }`;
  const assignShare = `mutation($p: ID!, $f: ID!, $d: String) { assignFileShare(personId: $p, fileShareId: $f, access: WRITE, driveLetter: $d) { id } }`;
  for (const person of [a, b]) await gql(assignWs, { w: workstation.id, p: person.id });
  await gql(assignPrinter, { p: a.id, r: sharedPrinter.id, d: true });
  await gql(assignPrinter, { p: b.id, r: sharedPrinter.id, d: false });
  await gql(assignPrinter, { p: a.id, r: aPrinterRow.id, d: false });
  await gql(assignPrinter, { p: b.id, r: bPrinterRow.id, d: true });
  // Assigned and taken back again, for each of them: the trail keeps both.
  await gql(assignPrinter, { p: a.id, r: bPrinterRow.id, d: false });
  await gql(unassignPrinter, { p: a.id, r: bPrinterRow.id });
  await gql(assignPrinter, { p: b.id, r: aPrinterRow.id, d: false });
  await gql(unassignPrinter, { p: b.id, r: aPrinterRow.id });
  await gql(assign('assignSoftware', 'softwareId'), { p: a.id, o: aSoftwareRow.id });
  await gql(assign('assignSoftware', 'softwareId'), { p: b.id, o: bSoftwareRow.id });
  await gql(assignShare, { p: a.id, f: aShare.id, d: 'H' });
  await gql(assignShare, { p: b.id, f: bShare.id, d: 'K' });
  await gql(assign('assignFachverfahren', 'fachverfahrenId'), { p: a.id, o: aVerfahren.id });
  await gql(assign('assignFachverfahren', 'fachverfahrenId'), { p: b.id, o: bVerfahren.id });

  const coord = await coordinator(String(tenant.id));
  await gql(
    `mutation($t: ID!, $ids: [ID!]!) { confirmPersons(tenantId: $t, personIds: $ids) { confirmed } }`,
    { t: tenant.id, ids: [a.id] },
    coord,
  );
  await gql(
    `mutation($p: ID!, $c: String!) { rejectPerson(personId: $p, comment: $c) { state } }`,
    { p: b.id, c: 'Bodo braucht noch den Kassendrucker' },
    coord,
  );

  const createBlocker = `mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { id version } }`;
  const blocker = (title: string, objectId: string) =>
    gql(createBlocker, { input: { tenantId: tenant.id, title, objectType: 'PERSON', objectId } }) as Promise<{
      createBlocker: { id: string; version: number };
    }>;
  const aBlocker = (await blocker('Token für OWi fehlt', String(a.id))).createBlocker;
  const bBlocker = (await blocker('Kassenschlüssel fehlt', String(b.id))).createBlocker;
  // First opened on B by mistake, then moved to A: its history names B's id, which A must not see.
  const moved = (await blocker('Zugang Ordnungsamt-Ablage fehlt', String(b.id))).createBlocker;
  await gql(`mutation($input: UpdateBlockerInput!) { updateBlocker(input: $input) { id } }`, {
    input: { id: moved.id, version: moved.version, objectType: 'PERSON', objectId: a.id },
  });
  // An entry about A whose context also names B (as a future writer might): only that key goes.
  await asOwner(
    api,
    `INSERT INTO audit_entry (tenant_id, account_name, object_type, object_id, object_label, action, changes, context)
     VALUES ($1, 'Test-Konto', 'PERSON', $2, $3, 'UPDATE', $4, $5)`,
    [
      tenant.id,
      a.id,
      A.displayName,
      JSON.stringify({ department: { old: 'Bürgerservice', new: A.department } }),
      JSON.stringify({ reason: 'Abteilungswechsel', copiedFrom: B.email }),
    ],
  );

  return {
    tenant,
    location,
    a,
    b,
    workstation,
    sharedPrinter,
    aPrinter: aPrinterRow,
    bPrinter: bPrinterRow,
    aSoftware: aSoftwareRow,
    bSoftware: bSoftwareRow,
    aShare,
    bShare,
    aVerfahren,
    bVerfahren,
    aBlocker: aBlocker.id,
    movedBlocker: moved.id,
    bBlocker: bBlocker.id,
  } satisfies AccessFixture;
}
