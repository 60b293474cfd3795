import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './1764000000000-inventory';

/** Tenant tables of the migration plan (RLS like every tenant table). */
export const PLAN_TABLES = ['project_phase', 'wave_technician', 'confirmation', 'test_run', 'blocker'] as const;

// Frozen copies of the lists in packages/domain at this migration.
const PHASES = ['BESTANDSAUFNAHME', 'ZIELUMGEBUNG', 'TESTLAEUFE', 'UMSTELLUNG', 'ABSCHLUSS'];
const PHASE_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DELAYED'];
const TEST_RESULTS = ['PASSED', 'PASSED_WITH_DEFECTS', 'FAILED'];
const BLOCKER_OBJECTS = ['LOCATION', 'PERSON', 'WORKSTATION', 'PRINTER', 'SOFTWARE', 'FILE_SHARE', 'FACHVERFAHREN'];

/** Mappings a confirmation covers. */
const COVERED_MAPPINGS = ['person_printer', 'person_software', 'person_file_share', 'person_fachverfahren'];
/** Object table, its mapping, the mapping's column, and the covered fields (over alias n). */
const COVERED_OBJECTS: [string, string, string, string][] = [
  ['printer', 'person_printer', 'printer_id', 'n.name, n.target_queue'],
  ['software', 'person_software', 'software_id', 'n.product, n.version_label, n.delivery'],
  ['file_share', 'person_file_share', 'file_share_id', 'n.unc_path, n.drive_letter, n.target_path'],
  ['fachverfahren', 'person_fachverfahren', 'fachverfahren_id', 'n.name'],
];

const scope = `tenant_id = ANY ((SELECT app_tenant_ids())::uuid[])`;
const list = (values: string[]): string => values.map((v) => `'${v}'`).join(', ');
const stamps = `
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1`;

/**
 * The migration plan: five phases per tenant, a cutover wave per location (date, window,
 * technicians), coordinator confirmations per person, test runs per Fachverfahren (or the
 * standard workplace) with sign-off, and blockers. Confirmations keep a snapshot of what they
 * covered; triggers on the covered tables mark them "changed since confirmation" whatever path
 * the change took (form, import, bulk edit).
 */
export class Plan1764400000000 implements MigrationInterface {
  name = 'Plan1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE project_phase (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      phase text NOT NULL CHECK (phase IN (${list(PHASES)})),
      planned_start date, planned_end date, actual_start date, actual_end date,
      status text NOT NULL DEFAULT 'OPEN' CHECK (status IN (${list(PHASE_STATUSES)})),
      responsible_account_id uuid, responsible_name text,
      notes text CHECK (length(notes) <= 4000),
      ${stamps},
      PRIMARY KEY (id), UNIQUE (tenant_id, id), UNIQUE (tenant_id, phase),
      CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start),
      CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start)
    )`);

    await q.query(`ALTER TABLE location
      ADD COLUMN cutover_date date,
      ADD COLUMN cutover_window_start time,
      ADD COLUMN cutover_window_end time,
      ADD COLUMN wave_notes text CHECK (length(wave_notes) <= 4000)`);
    await q.query(`CREATE INDEX ix_location_cutover ON location (tenant_id, cutover_date)`);
    // Technicians of a wave. Account data is closed to the runtime role: the name is a snapshot.
    await q.query(`CREATE TABLE wave_technician (
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      location_id uuid NOT NULL,
      account_id uuid NOT NULL,
      account_name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, location_id, account_id),
      FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id) ON DELETE CASCADE
    )`);

    await q.query(`CREATE TABLE confirmation (
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      person_id uuid NOT NULL,
      status text NOT NULL CHECK (status IN ('CONFIRMED', 'REJECTED')),
      comment text CHECK (length(comment) <= 4000),
      -- What the coordinator saw: printers, software, shares, Fachverfahren (for "what changed").
      snapshot jsonb NOT NULL,
      decided_by uuid, decided_by_name text,
      decided_at timestamptz NOT NULL DEFAULT now(),
      -- Set by triggers when anything the snapshot covers changes afterwards.
      changed_at timestamptz,
      ${stamps},
      PRIMARY KEY (tenant_id, person_id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id) ON DELETE CASCADE
    )`);

    await q.query(`CREATE TABLE test_run (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      -- NULL: the standard workplace.
      fachverfahren_id uuid,
      tested_on date NOT NULL,
      tester text NOT NULL CHECK (length(tester) BETWEEN 1 AND 200),
      result text NOT NULL CHECK (result IN (${list(TEST_RESULTS)})),
      findings text CHECK (length(findings) <= 4000),
      signed_off_by uuid, signed_off_by_name text, signed_off_at timestamptz,
      ${stamps},
      PRIMARY KEY (id), UNIQUE (tenant_id, id),
      FOREIGN KEY (tenant_id, fachverfahren_id) REFERENCES fachverfahren (tenant_id, id) ON DELETE CASCADE
    )`);
    await q.query(
      `CREATE INDEX ix_test_run_latest ON test_run (tenant_id, fachverfahren_id, tested_on DESC, created_at DESC)`,
    );

    await q.query(`CREATE TABLE blocker (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      description text CHECK (length(description) <= 4000),
      owner text CHECK (length(owner) <= 200),
      open boolean NOT NULL DEFAULT true,
      -- The location it blocks (also derived for objects that stand at one).
      location_id uuid,
      object_type text CHECK (object_type IN (${list(BLOCKER_OBJECTS)})),
      object_id uuid,
      ${stamps},
      PRIMARY KEY (id), UNIQUE (tenant_id, id),
      FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id) ON DELETE SET NULL (location_id),
      CHECK ((object_type IS NULL) = (object_id IS NULL))
    )`);
    await q.query(`CREATE INDEX ix_blocker_open ON blocker (tenant_id, location_id) WHERE open`);

    for (const t of PLAN_TABLES) {
      await q.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_scope ON ${t} USING (${scope}) WITH CHECK (${scope})`);
      if (t !== 'wave_technician') {
        await q.query(`CREATE TRIGGER touch BEFORE UPDATE ON ${t} FOR EACH ROW EXECUTE FUNCTION app_touch()`);
      }
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${PLAN_TABLES.join(', ')} TO ${RUNTIME_ROLE}`);

    // What a confirmation covers, as the coordinator saw it (runs with the caller's RLS scope).
    await q.query(`CREATE FUNCTION person_snapshot(p uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
      SELECT jsonb_build_object(
        'printers', coalesce((SELECT jsonb_agg(jsonb_build_object('name', r.name, 'isDefault', m.is_default,
            'targetQueue', r.target_queue) ORDER BY lower(r.name))
          FROM person_printer m JOIN printer r ON r.id = m.printer_id WHERE m.person_id = p), '[]'::jsonb),
        'software', coalesce((SELECT jsonb_agg(jsonb_build_object('product', s.product, 'versionLabel', s.version_label,
            'delivery', s.delivery) ORDER BY lower(s.product), lower(coalesce(s.version_label, '')))
          FROM person_software m JOIN software s ON s.id = m.software_id WHERE m.person_id = p), '[]'::jsonb),
        'fileShares', coalesce((SELECT jsonb_agg(jsonb_build_object('uncPath', f.unc_path,
            'driveLetter', coalesce(m.drive_letter, f.drive_letter), 'access', m.access, 'targetPath', f.target_path)
            ORDER BY lower(f.unc_path))
          FROM person_file_share m JOIN file_share f ON f.id = m.file_share_id WHERE m.person_id = p), '[]'::jsonb),
        'fachverfahren', coalesce((SELECT jsonb_agg(jsonb_build_object('name', v.name) ORDER BY lower(v.name))
          FROM person_fachverfahren m JOIN fachverfahren v ON v.id = m.fachverfahren_id WHERE m.person_id = p),
          '[]'::jsonb))
    $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION person_snapshot(uuid) TO ${RUNTIME_ROLE}`);

    // A later change to anything a confirmation covered marks it "changed since confirmation",
    // whichever path made the change (form, import, bulk edit): one statement per statement.
    await q.query(`CREATE FUNCTION confirmation_mark_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE confirmation c SET changed_at = now() WHERE c.changed_at IS NULL AND c.person_id IN (
            SELECT person_id FROM new_rows);
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE confirmation c SET changed_at = now() WHERE c.changed_at IS NULL AND c.person_id IN (
            SELECT person_id FROM old_rows);
        ELSE
          UPDATE confirmation c SET changed_at = now() WHERE c.changed_at IS NULL AND c.person_id IN (
            SELECT person_id FROM new_rows UNION SELECT person_id FROM old_rows);
        END IF;
        RETURN NULL;
      END $$`);
    for (const t of COVERED_MAPPINGS) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        const ref =
          event === 'INSERT'
            ? 'NEW TABLE AS new_rows'
            : event === 'DELETE'
              ? 'OLD TABLE AS old_rows'
              : 'NEW TABLE AS new_rows OLD TABLE AS old_rows';
        await q.query(`CREATE TRIGGER confirmation_${event.toLowerCase()} AFTER ${event} ON ${t}
          REFERENCING ${ref} FOR EACH STATEMENT EXECUTE FUNCTION confirmation_mark_changed()`);
      }
    }
    // Covered attributes of the mapped objects themselves (a printer's new target queue, …).
    await q.query(`CREATE FUNCTION confirmation_mark_object_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('UPDATE confirmation c SET changed_at = now() WHERE c.changed_at IS NULL AND c.person_id IN (
          SELECT m.person_id FROM %I m JOIN new_rows n ON n.id = m.%I JOIN old_rows o ON o.id = n.id
          WHERE (%s) IS DISTINCT FROM (%s))', TG_ARGV[0], TG_ARGV[1], TG_ARGV[2], replace(TG_ARGV[2], 'n.', 'o.'));
        RETURN NULL;
      END $$`);
    for (const [table, mapping, column, fields] of COVERED_OBJECTS) {
      await q.query(`CREATE TRIGGER confirmation_object AFTER UPDATE ON ${table}
        REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT
        EXECUTE FUNCTION confirmation_mark_object_changed('${mapping}', '${column}', '${fields}')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of COVERED_OBJECTS) await q.query(`DROP TRIGGER confirmation_object ON ${table}`);
    for (const t of COVERED_MAPPINGS) {
      for (const event of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER confirmation_${event} ON ${t}`);
    }
    await q.query(`DROP FUNCTION confirmation_mark_object_changed()`);
    await q.query(`DROP FUNCTION confirmation_mark_changed()`);
    await q.query(`DROP FUNCTION person_snapshot(uuid)`);
    for (const t of [...PLAN_TABLES].reverse()) await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP INDEX ix_location_cutover`);
    await q.query(`ALTER TABLE location DROP COLUMN cutover_date, DROP COLUMN cutover_window_start,
      DROP COLUMN cutover_window_end, DROP COLUMN wave_notes`);
  }
}
