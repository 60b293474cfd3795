import { createAccount, type TestAccount } from './accounts';
import { aFachverfahren, aLocation, aPerson, aPrinter, aTenant, aWorkstation, type Created } from './factories';
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
