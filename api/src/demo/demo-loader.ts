import { generateDemoBatches } from './demo-generator';
import { planTodaysWave } from './demo-wave';
import {
  DEMO_TABLES,
  MAPPING_TABLES,
  appendTables,
  emptyTables,
  rowCount,
  type DemoCounts,
  type DemoOptions,
  type DemoTable,
  type DemoTables,
} from './demo-types';

/** The one thing the loader needs from a database connection (a pg client or a TypeORM QueryRunner). */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface LoadDemoOptions extends DemoOptions {
  onProgress?: (msg: string) => void;
}

/** Rows per INSERT statement: large enough to be set-based, small enough for reasonable parameter sizes. */
const ROWS_PER_STATEMENT = 5000;
/** Generated batches are collected up to this many rows before they are written. */
const ROWS_PER_FLUSH = 30_000;

/** A column: its name, its element type for unnest, and how to read it from a row. */
type Column<R> = [name: string, type: string, get: (row: R) => unknown];
type Columns = { [T in DemoTable]: Column<DemoTables[T][number]>[] };

/** Array columns travel as PostgreSQL array literals in a text[] and are cast back per row. */
const pgArray = (items: readonly string[]): string =>
  `{${items.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

const tenantIdCol = <R extends { tenantId: string }>(): Column<R> => ['tenant_id', 'uuid', (r) => r.tenantId];

const COLUMNS: Columns = {
  tenant: [
    ['id', 'uuid', (r) => r.id],
    ['name', 'text', (r) => r.name],
    ['kind', 'text', (r) => r.kind],
    ['ags', 'text', (r) => r.ags],
    ['inhabitants', 'int4', (r) => r.inhabitants],
    ['member_municipalities', 'text[]', (r) => pgArray(r.memberMunicipalities)],
  ],
  location: [
    ['id', 'uuid', (r) => r.id],
    tenantIdCol(),
    ['name', 'text', (r) => r.name],
    ['kind', 'text', (r) => r.kind],
    ['street', 'text', (r) => r.street],
    ['postal_code', 'text', (r) => r.postalCode],
    ['city', 'text', (r) => r.city],
    ['lan_speed_mbit', 'int4', (r) => r.lanSpeedMbit],
    ['wan_link', 'text', (r) => r.wanLink],
    ['bandwidth_mbit', 'int4', (r) => r.bandwidthMbit],
    ['notes', 'text', (r) => r.notes],
  ],
  software: [
    ['id', 'uuid', (r) => r.id],
    tenantIdCol(),
    ['product', 'text', (r) => r.product],
    ['vendor', 'text', (r) => r.vendor],
    ['version_label', 'text', (r) => r.versionLabel],
    ['licence', 'text', (r) => r.licence],
    ['delivery', 'text', (r) => r.delivery],
    ['replaced_by', 'text', (r) => r.replacedBy],
  ],
  fachverfahren: [
    ['id', 'uuid', (r) => r.id],
    tenantIdCol(),
    ['name', 'text', (r) => r.name],
    ['area', 'text', (r) => r.area],
    ['vendor', 'text', (r) => r.vendor],
    ['current_operation', 'text', (r) => r.currentOperation],
    ['target_operation', 'text', (r) => r.targetOperation],
    ['criticality', 'text', (r) => r.criticality],
    ['crisis_relevant', 'bool', (r) => r.crisisRelevant],
    ['personal_data', 'bool', (r) => r.personalData],
    ['interfaces', 'text[]', (r) => pgArray(r.interfaces)],
    ['interface_notes', 'text', (r) => r.interfaceNotes],
    ['responsible_department', 'text', (r) => r.responsibleDepartment],
  ],
  file_share: [
    ['id', 'uuid', (r) => r.id],
    tenantIdCol(),
    ['location_id', 'uuid', (r) => r.locationId],
    ['unc_path', 'text', (r) => r.uncPath],
    ['drive_letter', 'text', (r) => r.driveLetter],
    ['size_gb', 'numeric', (r) => r.sizeGb],
    ['owning_department', 'text', (r) => r.owningDepartment],
    ['target_path', 'text', (r) => r.targetPath],
  ],
  person: [
    ['id', 'uuid', (r) => r.id],
    tenantIdCol(),
    ['location_id', 'uuid', (r) => r.locationId],
    ['account_name', 'text', (r) => r.accountName],
    ['given_name', 'text', (r) => r.givenName],
    ['surname', 'text', (r) => r.surname],
    ['display_name', 'text', (r) => r.displayName],
    ['department', 'text', (r) => r.department],
    ['email', 'text', (r) => r.email],
  ],
  workstation: [
    ['id', 'uuid', (r) => r.id],
    tenantIdCol(),
    ['location_id', 'uuid', (r) => r.locationId],
    ['name', 'text', (r) => r.name],
    ['room', 'text', (r) => r.room],
    ['current_hostname', 'text', (r) => r.currentHostname],
    ['current_os', 'text', (r) => r.currentOs],
    ['target_device_serial', 'text', (r) => r.targetDeviceSerial],
    ['notes', 'text', (r) => r.notes],
  ],
  printer: [
    ['id', 'uuid', (r) => r.id],
    tenantIdCol(),
    ['location_id', 'uuid', (r) => r.locationId],
    ['name', 'text', (r) => r.name],
    ['kind', 'text', (r) => r.kind],
    ['model', 'text', (r) => r.model],
    ['address', 'text', (r) => r.address],
    ['room', 'text', (r) => r.room],
    ['target_queue', 'text', (r) => r.targetQueue],
  ],
  workstation_person: [
    tenantIdCol(),
    ['workstation_id', 'uuid', (r) => r.workstationId],
    ['person_id', 'uuid', (r) => r.personId],
  ],
  person_printer: [
    tenantIdCol(),
    ['person_id', 'uuid', (r) => r.personId],
    ['printer_id', 'uuid', (r) => r.printerId],
    ['is_default', 'bool', (r) => r.isDefault],
  ],
  person_software: [
    tenantIdCol(),
    ['person_id', 'uuid', (r) => r.personId],
    ['software_id', 'uuid', (r) => r.softwareId],
  ],
  person_file_share: [
    tenantIdCol(),
    ['person_id', 'uuid', (r) => r.personId],
    ['file_share_id', 'uuid', (r) => r.fileShareId],
    ['access', 'text', (r) => r.access],
    ['drive_letter', 'text', (r) => r.driveLetter],
  ],
  person_fachverfahren: [
    tenantIdCol(),
    ['person_id', 'uuid', (r) => r.personId],
    ['fachverfahren_id', 'uuid', (r) => r.fachverfahrenId],
  ],
};

/** INSERT … SELECT FROM unnest(…): one statement and one array parameter per column for many rows. */
async function insertRows<T extends DemoTable>(db: SqlRunner, table: T, rows: DemoTables[T]): Promise<void> {
  const columns = COLUMNS[table] as Column<DemoTables[T][number]>[];
  const names = columns.map(([name]) => name).join(', ');
  // text[] columns arrive as literals in a text[]: unnest would flatten a 2-D array.
  const unnest = columns.map(([, type], i) => `$${i + 1}::${type === 'text[]' ? 'text' : type}[]`).join(', ');
  const select = columns.map(([name, type]) => (type === 'text[]' ? `u.${name}::text[]` : `u.${name}`)).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT ${select} FROM unnest(${unnest}) AS u(${names})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await db.query(
      sql,
      columns.map(([, , get]) => chunk.map(get)),
    );
  }
}

/**
 * Generates the demo data and inserts it with set-based statements. Runs inside the caller's
 * transaction, which must already allow writing every tenant (`app.all_tenants` = on).
 */
export async function loadDemoData(db: SqlRunner, opts: LoadDemoOptions = {}): Promise<DemoCounts> {
  const counts: DemoCounts = { tenants: 0, locations: 0, persons: 0, workstations: 0, printers: 0, mappings: 0 };
  const progress = opts.onProgress ?? ((): void => undefined);
  let pending = emptyTables();
  const flush = async (): Promise<void> => {
    for (const table of DEMO_TABLES) await insertRows(db, table, pending[table]);
    counts.tenants += pending.tenant.length;
    counts.locations += pending.location.length;
    counts.persons += pending.person.length;
    counts.workstations += pending.workstation.length;
    counts.printers += pending.printer.length;
    counts.mappings += MAPPING_TABLES.reduce((n, t) => n + pending[t].length, 0);
    progress(
      `demo data: ${counts.persons} persons, ${counts.workstations} workstations, ${counts.mappings} mappings written`,
    );
    pending = emptyTables();
  };
  for (const batch of generateDemoBatches(opts)) {
    appendTables(pending, batch);
    if (rowCount(pending) >= ROWS_PER_FLUSH) await flush();
  }
  await flush();
  await planTodaysWave(db);
  return counts;
}
