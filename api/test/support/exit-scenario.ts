import { createAccount } from './accounts';
import { tick, tickAll, transition, workstation } from './cutover';
import { ownerRows } from './exit-archive';
import { upload } from './imports';
import { TECHNICIANS, WAVE } from './plan';
import type { TestApp } from './test-app';

/** A CSV over 2 MB: stored in several chunks, so the archive has to put a file back together. */
function bigCsv(): Buffer {
  const lines = ['Benutzername;Anzeigename;Abteilung'];
  for (let i = 0; i < 60_000; i++) lines.push(`nutzer.${i};Nutzer Nummer ${i};Bauamt`);
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

const ids = async (api: TestApp, sql: string, params: unknown[]): Promise<string[]> =>
  (await ownerRows<{ id: string }>(api, sql, params)).map((r) => r.id);

/**
 * Gives a (demo) Verwaltung everything the exit archive must carry beyond its inventory, through
 * the API: a saved phase, a planned wave with a technician and its own template, ticked steps
 * and status changes, confirmations (one changed since, one rejected), signed-off and failed test
 * runs, open and closed blockers, an import preset, an uploaded multi-chunk file and a dry run.
 */
export async function enrichTenant(api: TestApp, tenantId: string): Promise<void> {
  const [loc] = await ownerRows<{ id: string; version: number }>(
    api,
    `SELECT l.id, l.version FROM location l WHERE l.tenant_id = $1
       AND (SELECT count(*) FROM workstation w WHERE w.location_id = l.id) >= 3
       AND (SELECT count(*) FROM person p WHERE p.location_id = l.id) >= 4 ORDER BY l.name LIMIT 1`,
    [tenantId],
  );
  const pm = await createAccount(api, { role: 'PROJECT_MANAGER', tenantIds: [tenantId] });
  await api.gql(`mutation($input: UpdateProjectPhaseInput!) { updateProjectPhase(input: $input) { id } }`, {
    input: {
      tenantId,
      phase: 'UMSTELLUNG',
      status: 'IN_PROGRESS',
      plannedStart: '2026-09-01',
      plannedEnd: '2026-09-30',
      responsibleAccountId: pm.id,
      notes: 'Rathaus zuerst',
    },
  });
  const template = await api.gql<{ createChecklistTemplate: { id: string } }>(
    `mutation($input: CreateChecklistTemplateInput!) { createChecklistTemplate(input: $input) { id } }`,
    {
      input: {
        tenantId,
        name: 'Kurzliste Außenstelle',
        steps: [
          { label: 'Thin Client aufgestellt', required: true },
          { label: 'Datenträger gelöscht', required: true, needsEvidence: true },
          { label: 'Foto vom Arbeitsplatz', required: false },
        ],
      },
    },
  );
  await api.gql(WAVE, {
    input: {
      locationId: loc.id,
      version: loc.version,
      cutoverDate: '2026-09-12',
      windowStart: '17:00',
      windowEnd: '23:30',
      waveNotes: 'Schlüssel beim Hausmeister',
      checklistTemplateId: template.createChecklistTemplate.id,
    },
  });
  const technician = await createAccount(api, { role: 'TECHNICIAN' });
  await api.gql(TECHNICIANS, { id: loc.id, ids: [technician.id] });

  const [ws1, ws2, ws3] = await ids(api, `SELECT id FROM workstation WHERE location_id = $1 ORDER BY name LIMIT 3`, [
    loc.id,
  ]);
  await tickAll(api, await workstation(api, ws1));
  const migrated = await transition(api, ws1, 'PREPARED', 'MIGRATED');
  if (migrated.errors) throw new Error(JSON.stringify(migrated.errors));
  const second = await workstation(api, ws2);
  await tick(api, second.checklist[0].id);
  await transition(api, ws3, 'PLANNED', 'ROLLED_BACK', { reason: 'Netzwerkdose defekt' });

  const persons = await ids(api, `SELECT id FROM person WHERE location_id = $1 ORDER BY account_name LIMIT 4`, [
    loc.id,
  ]);
  await api.gql(`mutation($t: ID!, $ids: [ID!]!) { confirmPersons(tenantId: $t, personIds: $ids) { confirmed } }`, {
    t: tenantId,
    ids: persons.slice(0, 3),
  });
  const [printer] = await ids(
    api,
    `SELECT r.id FROM printer r WHERE r.tenant_id = $1
       AND NOT EXISTS (SELECT 1 FROM person_printer m WHERE m.person_id = $2 AND m.printer_id = r.id) ORDER BY r.name LIMIT 1`,
    [tenantId, persons[0]],
  );
  // A change after the confirmation: the trigger marks it "geändert seit Bestätigung".
  await api.gql(`mutation($p: ID!, $r: ID!) { assignPrinter(personId: $p, printerId: $r) { id } }`, {
    p: persons[0],
    r: printer,
  });
  await api.gql(`mutation($p: ID!) { rejectPerson(personId: $p, comment: "Drucker im Flur fehlt") { state } }`, {
    p: persons[3],
  });

  const [fachverfahren] = await ids(api, `SELECT id FROM fachverfahren WHERE tenant_id = $1 ORDER BY name LIMIT 1`, [
    tenantId,
  ]);
  const run = await api.gql<{ recordTestRun: { id: string; version: number } }>(
    `mutation($input: RecordTestRunInput!) { recordTestRun(input: $input) { id version } }`,
    {
      input: {
        tenantId,
        fachverfahrenId: fachverfahren,
        testedOn: '2026-08-20',
        tester: 'Frau Prüf',
        result: 'PASSED',
      },
    },
  );
  await api.gql(`mutation($id: ID!, $v: Int!) { signOffTestRun(id: $id, version: $v) { id } }`, {
    id: run.recordTestRun.id,
    v: run.recordTestRun.version,
  });
  await api.gql(`mutation($input: RecordTestRunInput!) { recordTestRun(input: $input) { id } }`, {
    input: { tenantId, testedOn: '2026-08-21', tester: 'Herr Test', result: 'FAILED', findings: 'Anmeldung hängt' },
  });

  const blocker = await api.gql<{ createBlocker: { id: string; version: number } }>(
    `mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { id version } }`,
    { input: { tenantId, title: 'Switch im Keller fehlt', owner: 'Herr Netz', locationId: loc.id } },
  );
  await api.gql(`mutation($id: ID!, $v: Int!) { closeBlocker(id: $id, version: $v) { id } }`, {
    id: blocker.createBlocker.id,
    v: blocker.createBlocker.version,
  });
  await api.gql(`mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { id } }`, {
    input: { tenantId, title: 'Drucker ohne Warteschlange', objectType: 'PRINTER', objectId: printer },
  });

  await api.gql(`mutation($input: SaveImportPresetInput!) { saveImportPreset(input: $input) { id } }`, {
    input: {
      tenantId,
      target: 'PERSONS',
      name: 'AD-Export Bauamt',
      columns: [{ header: 'Benutzername', field: 'accountName' }],
    },
  });
  const fileId = await upload(api, tenantId, 'AD-Export Bauamt (groß).csv', bigCsv());
  await api.gql(`mutation($input: StartImportInput!) { startImport(input: $input) { id } }`, {
    input: { fileId, target: 'PERSONS', mode: 'DRY_RUN', mapping: ['accountName', 'displayName', 'department'] },
  });
  await waitForRuns(api, tenantId);

  const [tenant] = await ownerRows<{ version: number }>(api, `SELECT version FROM tenant WHERE id = $1`, [tenantId]);
  await api.gql(`mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { id } }`, {
    input: { id: tenantId, version: tenant.version, inhabitants: 11900 },
  });
}

/** Background import runs of the tenant have finished. */
async function waitForRuns(api: TestApp, tenantId: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const running = await ownerRows(api, `SELECT 1 FROM import_run WHERE tenant_id = $1 AND status = 'RUNNING'`, [
      tenantId,
    ]);
    if (!running.length) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import run did not finish');
}
