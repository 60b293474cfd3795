import { createAccount, type TestAccount } from './accounts';
import {
  aFachverfahren,
  aFileShare,
  aLocation,
  aPerson,
  aPrinter,
  aTenant,
  aWorkstation,
  type Created,
} from './factories';
import { asOwner, confirm, TECHNICIANS, testRun, WAVE } from './plan';
import type { TestApp } from './test-app';

const SAVE_PHASE = `mutation($input: UpdateProjectPhaseInput!) { updateProjectPhase(input: $input) { id } }`;

export interface CommitteeFixture {
  tenant: Created;
  other: Created;
  nord: Created;
  sued: Created;
  ost: Created;
  technician: TestAccount;
}

async function persons(api: TestApp, location: Created | null, tenant: Created, n: number): Promise<Created[]> {
  const created: Created[] = [];
  for (let i = 0; i < n; i++) {
    const builder = aPerson();
    created.push(await (location ? builder.at(location) : builder.of(tenant)).create(api));
  }
  return created;
}

async function workstations(api: TestApp, location: Created, statuses: string[]): Promise<void> {
  for (const status of statuses) {
    const ws = await aWorkstation().at(location).create(api);
    // The lifecycle has its own tests; here only the resulting status matters.
    await asOwner(api, `UPDATE workstation SET cutover_status = $2 WHERE id = $1`, [ws.id, status]);
  }
}

async function planWave(api: TestApp, location: Created, date: string, technicianId: string): Promise<void> {
  await api.gql(WAVE, {
    input: {
      locationId: location.id,
      version: location.version,
      cutoverDate: date,
      windowStart: '17:00',
      windowEnd: '23:00',
    },
  });
  await api.gql(TECHNICIANS, { id: location.id, ids: [technicianId] });
}

const blocker = (api: TestApp, tenantId: string, title: string, locationId: string | null, open: boolean) =>
  asOwner(
    api,
    `INSERT INTO blocker (tenant_id, title, owner, location_id, open) VALUES ($1, $2, 'Herr Kabel', $3, $4)`,
    [tenantId, title, locationId, open],
  );

/**
 * A Verwaltung with three Standorte in known states:
 * - Rathaus Nord: ready (3 persons confirmed, Fachverfahren tested, printer with queue, wave with technician);
 *   workstations ACCEPTED, MIGRATED, PREPARED, ROLLED_BACK; a closed blocker;
 * - Bauhof Süd: no wave; 2 persons, one confirmed, one changed since; workstations PLANNED ×2;
 * - Bürgerbüro Ost: wave; 1 rejected person using an untested Fachverfahren, a printer without queue,
 *   an open blocker; one MIGRATED workstation.
 * Plus a confirmed person without Standort, an open blocker without Standort, five phases partly
 * planned, and another Verwaltung with a blocker of its own.
 */
export async function createCommitteeFixture(api: TestApp): Promise<CommitteeFixture> {
  const tenant = await aTenant().with({ name: 'Amt Berichtsland' }).create(api);
  const other = await aTenant().with({ name: 'Stadt Fremdhausen' }).create(api);
  const nord = await aLocation().of(tenant).with({ name: 'Rathaus Nord' }).create(api);
  const sued = await aLocation().of(tenant).with({ name: 'Bauhof Süd' }).create(api);
  const ost = await aLocation().of(tenant).with({ name: 'Bürgerbüro Ost' }).create(api);
  const technician = await createAccount(api, { role: 'TECHNICIAN' });
  const pm = await createAccount(api, { role: 'PROJECT_MANAGER', tenantIds: [tenant.id] });

  const atNord = await persons(api, nord, tenant, 3);
  const atSued = await persons(api, sued, tenant, 2);
  const [atOst] = await persons(api, ost, tenant, 1);
  const [homeless] = await persons(api, null, tenant, 1);
  const tested = await aFachverfahren().of(tenant).with({ name: 'Meldewesen Nord' }).create(api);
  const untested = await aFachverfahren().of(tenant).with({ name: 'Kasse Ost' }).create(api);
  await api.gql(
    `mutation { assignFachverfahren(personId: "${atNord[0].id}", fachverfahrenId: "${tested.id}") { id } }`,
  );
  await api.gql(`mutation { assignFachverfahren(personId: "${atOst.id}", fachverfahrenId: "${untested.id}") { id } }`);
  await testRun(api, tenant.id, tested.id, '2026-03-01', 'PASSED', true);

  for (const p of [...atNord, atSued[0], atSued[1], homeless]) await confirm(api, tenant.id, p.id);
  await asOwner(api, `UPDATE confirmation SET changed_at = now() WHERE person_id = $1`, [atSued[1].id]);
  await asOwner(
    api,
    `INSERT INTO confirmation (tenant_id, person_id, status, comment, snapshot) VALUES ($1, $2, 'REJECTED', 'falsch', '{}')`,
    [tenant.id, atOst.id],
  );
  await aPrinter().at(nord).with({ targetQueue: 'PQ-NORD' }).create(api);
  await aPrinter().at(ost).create(api);

  await workstations(api, nord, ['ACCEPTED', 'MIGRATED', 'PREPARED', 'ROLLED_BACK']);
  await workstations(api, sued, ['PLANNED', 'PLANNED']);
  await workstations(api, ost, ['MIGRATED']);
  await planWave(api, nord, '2026-09-12', technician.id);
  await planWave(api, ost, '2026-10-03', technician.id);

  await blocker(api, tenant.id, 'Netzwerkdose im Flur defekt', ost.id, true);
  await blocker(api, tenant.id, 'Lizenzvertrag fehlt noch', null, true);
  await blocker(api, tenant.id, 'Alter Router getauscht', nord.id, false);
  await blocker(api, other.id, 'Geheimer Blocker Fremdhausen', null, true);

  await api.gql(SAVE_PHASE, {
    input: {
      tenantId: tenant.id,
      phase: 'BESTANDSAUFNAHME',
      status: 'DONE',
      plannedStart: '2026-01-05',
      plannedEnd: '2026-03-31',
      actualStart: '2026-01-07',
      actualEnd: '2026-04-10',
      responsibleAccountId: pm.id,
    },
  });
  await api.gql(SAVE_PHASE, {
    input: {
      tenantId: tenant.id,
      phase: 'UMSTELLUNG',
      status: 'DELAYED',
      plannedStart: '2026-09-01',
      plannedEnd: '2026-10-31',
    },
  });
  return { tenant, other, nord, sued, ost, technician };
}

export interface SheetFixture {
  tenant: Created;
  other: Created;
  rathaus: Created;
  bauhof: Created;
  /** Assigned to the Rathaus (its wave). */
  technician: TestAccount;
  /** Assigned to the Bauhof only. */
  bauhofTechnician: TestAccount;
}

const person = (api: TestApp, location: Created, displayName: string, accountName: string) =>
  aPerson().at(location).with({ displayName, accountName, department: 'Bürgerservice' }).create(api);

async function seat(api: TestApp, location: Created, name: string, room: string | null, people: Created[]) {
  const ws = await aWorkstation()
    .at(location)
    .with({ name, room: room as string, currentHostname: `PC-${name}` })
    .create(api);
  for (const p of people) {
    await api.gql(`mutation { assignWorkstationPerson(workstationId: "${ws.id}", personId: "${p.id}") { id } }`);
  }
}

/**
 * A Standort "Rathaus Blatt" with four workstations in rooms 1.01 and 2.05 and one without a
 * room (one shared, one without a person), printers (one default each), a share mapped as H:
 * (write) and G: (read), Fachverfahren; and "Bauhof Fremd" of the same Verwaltung, whose rows
 * must never appear on the Rathaus's sheet.
 */
export async function createSheetFixture(api: TestApp): Promise<SheetFixture> {
  const tenant = await aTenant().with({ name: 'Amt Blattland' }).create(api);
  const other = await aTenant().with({ name: 'Stadt Anderswo' }).create(api);
  const rathaus = await aLocation()
    .of(tenant)
    .with({ name: 'Rathaus Blatt', street: 'Markt 1', city: 'Blattstadt' })
    .create(api);
  const bauhof = await aLocation().of(tenant).with({ name: 'Bauhof Fremd' }).create(api);
  const technician = await createAccount(api, { role: 'TECHNICIAN' });
  const bauhofTechnician = await createAccount(api, { role: 'TECHNICIAN', locationIds: [bauhof.id] });
  await planWave(api, rathaus, '2026-11-14', technician.id);

  const anna = await person(api, rathaus, 'Anna Alpha', 'a.alpha');
  const bernd = await person(api, rathaus, 'Bernd Beta', 'b.beta');
  const carla = await person(api, rathaus, 'Carla Gamma', 'c.gamma');
  const dora = await person(api, rathaus, 'Dora Delta', 'd.delta');
  const fritz = await person(api, bauhof, 'Fritz Fremd', 'f.fremd');
  await seat(api, rathaus, 'AP-Blatt-01', '1.01', [anna, bernd]);
  await seat(api, rathaus, 'AP-Blatt-02', '1.01', [carla]);
  await seat(api, rathaus, 'AP-Blatt-03', '2.05', []);
  await seat(api, rathaus, 'AP-Blatt-04', null, [dora]);
  await seat(api, bauhof, 'AP-Fremd-01', '1.01', [fritz]);

  const flur = await aPrinter()
    .at(rathaus)
    .with({ name: 'DR-Blatt-Flur', targetQueue: '\\\\print01\\BlattFlur' })
    .create(api);
  const copier = await aPrinter().at(rathaus).with({ name: 'DR-Blatt-Kopierer' }).create(api);
  const fremd = await aPrinter().at(bauhof).with({ name: 'DR-Fremd', targetQueue: '\\\\print01\\Fremd' }).create(api);
  const assignPrinter = (p: Created, printer: Created, isDefault: boolean) =>
    api.gql(
      `mutation { assignPrinter(personId: "${p.id}", printerId: "${printer.id}", isDefault: ${isDefault}) { id } }`,
    );
  await assignPrinter(anna, flur, true);
  await assignPrinter(anna, copier, false);
  await assignPrinter(bernd, copier, true);
  await assignPrinter(fritz, fremd, true);

  const share = await aFileShare()
    .at(rathaus)
    .with({ uncPath: '\\\\fs01\\Blatt', driveLetter: 'G', targetPath: '\\\\cloud\\Blatt' })
    .create(api);
  await api.gql(
    `mutation { assignFileShare(personId: "${anna.id}", fileShareId: "${share.id}", access: WRITE, driveLetter: "H") { id } }`,
  );
  await api.gql(
    `mutation { assignFileShare(personId: "${bernd.id}", fileShareId: "${share.id}", access: READ) { id } }`,
  );

  const melde = await aFachverfahren().of(tenant).with({ name: 'Meldewesen Blatt' }).create(api);
  const kasse = await aFachverfahren().of(tenant).with({ name: 'Kasse Blatt' }).create(api);
  const fremdFv = await aFachverfahren().of(tenant).with({ name: 'Fremdverfahren Bauhof' }).create(api);
  await api.gql(`mutation { assignFachverfahren(personId: "${anna.id}", fachverfahrenId: "${melde.id}") { id } }`);
  await api.gql(`mutation { assignFachverfahren(personId: "${carla.id}", fachverfahrenId: "${kasse.id}") { id } }`);
  await api.gql(`mutation { assignFachverfahren(personId: "${fritz.id}", fachverfahrenId: "${fremdFv.id}") { id } }`);
  return { tenant, other, rathaus, bauhof, technician, bauhofTechnician };
}
