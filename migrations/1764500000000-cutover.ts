import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './1764000000000-inventory';

/** Tenant tables of the cutover night (RLS like every tenant table). */
export const CUTOVER_TABLES = [
  'checklist_template',
  'checklist_template_step',
  'checklist_step',
  'cutover_operation',
] as const;

// Frozen copies of packages/domain at this migration.
const STATUSES = ['PLANNED', 'PREPARED', 'MIGRATED', 'ACCEPTED', 'ROLLED_BACK'];
const DEFAULT_TEMPLATE = 'Standard-Arbeitsplatz';
const DEFAULT_STEPS: [string, boolean][] = [
  ['Thin Client aufgestellt', false],
  ['Anmeldung erfolgreich', false],
  ['Standarddrucker druckt', false],
  ['Laufwerke verbunden', false],
  ['Fachverfahren starten', false],
  ['Altgerät abgebaut', false],
  ['Datenträger gelöscht (Nachweis-Nr.)', true],
];

/** Channel the API processes LISTEN on; payload {"tenantId","locationId"}. */
export const CUTOVER_CHANNEL = 'cutover_progress';

const scope = `tenant_id = ANY ((SELECT app_tenant_ids())::uuid[])`;
// Technicians reach only the steps of workstations they can see (the workstation's own RLS).
const stepScope = `${scope} AND ((SELECT app_location_ids()) IS NULL
  OR EXISTS (SELECT 1 FROM workstation w WHERE w.tenant_id = checklist_step.tenant_id AND w.id = checklist_step.workstation_id))`;
const list = (values: string[]): string => values.map((v) => `'${v}'`).join(', ');
const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const stamps = `
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1`;

/**
 * The cutover night: checklist templates per Verwaltung (a default one for every tenant, created
 * by a trigger), a checklist per workstation materialised as soon as its location has a cutover
 * date (triggers, so forms, imports and bulk edits all get it), the workstation's lifecycle
 * status, client operation ids for idempotent replays, and NOTIFY on every change the live
 * board shows (delivered at commit, to every API process).
 */
export class Cutover1764500000000 implements MigrationInterface {
  name = 'Cutover1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE checklist_template (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      is_default boolean NOT NULL DEFAULT false,
      ${stamps},
      PRIMARY KEY (id), UNIQUE (tenant_id, id)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_checklist_template_name ON checklist_template (tenant_id, lower(name))`);
    await q.query(
      `CREATE UNIQUE INDEX uq_checklist_template_default ON checklist_template (tenant_id) WHERE is_default`,
    );
    await q.query(`CREATE TABLE checklist_template_step (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      template_id uuid NOT NULL,
      position integer NOT NULL CHECK (position BETWEEN 1 AND 40),
      label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
      required boolean NOT NULL DEFAULT true,
      needs_evidence boolean NOT NULL DEFAULT false,
      PRIMARY KEY (id),
      UNIQUE (tenant_id, template_id, position) DEFERRABLE INITIALLY DEFERRED,
      FOREIGN KEY (tenant_id, template_id) REFERENCES checklist_template (tenant_id, id) ON DELETE CASCADE
    )`);

    await q.query(`ALTER TABLE location ADD COLUMN checklist_template_id uuid,
      ADD FOREIGN KEY (tenant_id, checklist_template_id) REFERENCES checklist_template (tenant_id, id)
        ON DELETE SET NULL (checklist_template_id)`);
    await q.query(`ALTER TABLE workstation
      ADD COLUMN cutover_status text NOT NULL DEFAULT 'PLANNED' CHECK (cutover_status IN (${list(STATUSES)})),
      ADD COLUMN cutover_status_reason text CHECK (length(cutover_status_reason) <= 1000),
      ADD COLUMN cutover_status_at timestamptz,
      ADD COLUMN cutover_status_by_name text`);
    await q.query(`CREATE INDEX ix_workstation_status ON workstation (tenant_id, location_id, cutover_status)`);

    // A workstation's own copy of its template: later template edits never rewrite work done.
    await q.query(`CREATE TABLE checklist_step (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      workstation_id uuid NOT NULL,
      position integer NOT NULL,
      label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
      required boolean NOT NULL,
      needs_evidence boolean NOT NULL DEFAULT false,
      done_at timestamptz,
      done_by uuid, done_by_name text,
      evidence text CHECK (length(evidence) <= 200),
      ${stamps},
      PRIMARY KEY (id), UNIQUE (tenant_id, id),
      UNIQUE (tenant_id, workstation_id, position),
      FOREIGN KEY (tenant_id, workstation_id) REFERENCES workstation (tenant_id, id) ON DELETE CASCADE,
      CHECK (done_at IS NOT NULL OR evidence IS NULL)
    )`);

    // Client operation ids already applied: a replayed tick is answered, not applied again.
    await q.query(`CREATE TABLE cutover_operation (
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      op_id uuid NOT NULL,
      account_id uuid,
      kind text NOT NULL CHECK (kind ~ '^[A-Z_]{1,40}$'),
      workstation_id uuid NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, op_id),
      FOREIGN KEY (tenant_id, workstation_id) REFERENCES workstation (tenant_id, id) ON DELETE CASCADE
    )`);

    for (const t of CUTOVER_TABLES) {
      await q.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
      const s = t === 'checklist_step' ? stepScope : scope;
      await q.query(`CREATE POLICY tenant_scope ON ${t} USING (${s}) WITH CHECK (${s})`);
    }
    for (const t of ['checklist_template', 'checklist_step']) {
      await q.query(`CREATE TRIGGER touch BEFORE UPDATE ON ${t} FOR EACH ROW EXECUTE FUNCTION app_touch()`);
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${CUTOVER_TABLES.join(', ')} TO ${RUNTIME_ROLE}`);

    // Every Verwaltung starts with the standard template (existing ones here, new ones by trigger).
    const steps = DEFAULT_STEPS.map(([label, evidence], i) => `(${i + 1}, ${lit(label)}, ${evidence})`).join(', ');
    await q.query(`CREATE FUNCTION checklist_default_template(t uuid) RETURNS void LANGUAGE sql AS $$
      WITH tpl AS (
        INSERT INTO checklist_template (tenant_id, name, is_default) VALUES (t, ${lit(DEFAULT_TEMPLATE)}, true)
        RETURNING id
      )
      INSERT INTO checklist_template_step (tenant_id, template_id, position, label, required, needs_evidence)
      SELECT t, tpl.id, s.pos, s.label, true, s.evidence FROM tpl, (VALUES ${steps}) AS s(pos, label, evidence)
    $$`);
    await q.query(`CREATE FUNCTION checklist_tenant_created() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM checklist_default_template(NEW.id); RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER checklist_default AFTER INSERT ON tenant
      FOR EACH ROW EXECUTE FUNCTION checklist_tenant_created()`);
    await q.query(`SELECT checklist_default_template(id) FROM tenant`);

    // Checklists for workstations at locations with a cutover date that have none yet.
    await q.query(`CREATE FUNCTION checklist_materialize(ws uuid[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO checklist_step (tenant_id, workstation_id, position, label, required, needs_evidence)
      SELECT w.tenant_id, w.id, s.position, s.label, s.required, s.needs_evidence
      FROM workstation w
      JOIN location l ON l.tenant_id = w.tenant_id AND l.id = w.location_id AND l.cutover_date IS NOT NULL
      JOIN checklist_template t ON t.tenant_id = w.tenant_id
        AND t.id = coalesce(l.checklist_template_id,
          (SELECT d.id FROM checklist_template d WHERE d.tenant_id = w.tenant_id AND d.is_default))
      JOIN checklist_template_step s ON s.tenant_id = t.tenant_id AND s.template_id = t.id
      WHERE w.id = ANY (ws)
        AND NOT EXISTS (SELECT 1 FROM checklist_step c WHERE c.tenant_id = w.tenant_id AND c.workstation_id = w.id)
      ON CONFLICT DO NOTHING
    $$`);
    await q.query(`CREATE FUNCTION checklist_on_workstation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM checklist_materialize(array_agg(id)) FROM new_rows;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION checklist_on_workstation_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM checklist_materialize(ARRAY[NEW.id]);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION checklist_on_location_planned() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM checklist_materialize(array_agg(w.id)) FROM workstation w
          WHERE w.tenant_id = NEW.tenant_id AND w.location_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER checklist_insert AFTER INSERT ON workstation
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION checklist_on_workstation()`);
    // Row triggers with WHEN: a tick's status change or a rename costs nothing here.
    await q.query(`CREATE TRIGGER checklist_update AFTER UPDATE OF location_id ON workstation
      FOR EACH ROW WHEN (OLD.location_id IS DISTINCT FROM NEW.location_id)
      EXECUTE FUNCTION checklist_on_workstation_moved()`);
    await q.query(`CREATE TRIGGER checklist_wave AFTER UPDATE OF cutover_date, checklist_template_id ON location
      FOR EACH ROW WHEN (NEW.cutover_date IS NOT NULL AND (OLD.cutover_date IS NULL
        OR OLD.checklist_template_id IS DISTINCT FROM NEW.checklist_template_id))
      EXECUTE FUNCTION checklist_on_location_planned()`);
    await q.query(`GRANT EXECUTE ON FUNCTION checklist_materialize(uuid[]), checklist_default_template(uuid)
      TO ${RUNTIME_ROLE}`);

    // Live board: one NOTIFY per (tenant, location) and statement; PostgreSQL folds duplicates
    // within a transaction and delivers them at commit, so listeners never see uncommitted work.
    await this.notifyTriggers(q);
  }

  /** Statement triggers per table and event; each exposes its rows to cutover_notify() as "changed". */
  private async notifyTriggers(q: QueryRunner): Promise<void> {
    const tables: [string, string][] = [
      ['checklist_step', ''],
      [
        'workstation',
        'o.cutover_status IS DISTINCT FROM n.cutover_status OR o.location_id IS DISTINCT FROM n.location_id',
      ],
      [
        'location',
        `(o.cutover_date, o.cutover_window_start, o.cutover_window_end)
           IS DISTINCT FROM (n.cutover_date, n.cutover_window_start, n.cutover_window_end)`,
      ],
      ['blocker', ''],
    ];
    for (const [table, relevant] of tables) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        if (table === 'location' && event !== 'UPDATE') continue;
        const fn = `cutover_notify_${table}_${event.toLowerCase()}`;
        const rows =
          event === 'INSERT'
            ? 'SELECT * FROM new_rows'
            : event === 'DELETE'
              ? 'SELECT * FROM old_rows'
              : relevant
                ? `SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${relevant}`
                : 'SELECT * FROM new_rows';
        const ref =
          event === 'INSERT'
            ? 'NEW TABLE AS new_rows'
            : event === 'DELETE'
              ? 'OLD TABLE AS old_rows'
              : 'NEW TABLE AS new_rows OLD TABLE AS old_rows';
        const key =
          table === 'location' ? 'c.tenant_id, c.id' : table === 'checklist_step' ? '' : 'c.tenant_id, c.location_id';
        const select =
          table === 'checklist_step'
            ? `SELECT DISTINCT w.tenant_id, w.location_id FROM (${rows}) c
               JOIN workstation w ON w.tenant_id = c.tenant_id AND w.id = c.workstation_id`
            : `SELECT DISTINCT ${key} FROM (${rows}) c`;
        await q.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            PERFORM pg_notify('${CUTOVER_CHANNEL}', json_build_object('tenantId', x.tenant_id, 'locationId', x.location_id)::text)
            FROM (${select}) AS x(tenant_id, location_id);
            RETURN NULL;
          END $$`);
        await q.query(`CREATE TRIGGER cutover_notify_${event.toLowerCase()} AFTER ${event} ON ${table}
          REFERENCING ${ref} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, events] of [
      ['checklist_step', ['insert', 'update', 'delete']],
      ['workstation', ['insert', 'update', 'delete']],
      ['location', ['update']],
      ['blocker', ['insert', 'update', 'delete']],
    ] as const) {
      for (const event of events) {
        await q.query(`DROP TRIGGER cutover_notify_${event} ON ${table}`);
        await q.query(`DROP FUNCTION cutover_notify_${table}_${event}()`);
      }
    }
    await q.query(`DROP TRIGGER checklist_wave ON location`);
    await q.query(`DROP TRIGGER checklist_insert ON workstation`);
    await q.query(`DROP TRIGGER checklist_update ON workstation`);
    await q.query(`DROP TRIGGER checklist_default ON tenant`);
    await q.query(`DROP FUNCTION checklist_on_location_planned()`);
    await q.query(`DROP FUNCTION checklist_on_workstation_moved()`);
    await q.query(`DROP FUNCTION checklist_on_workstation()`);
    await q.query(`DROP FUNCTION checklist_materialize(uuid[])`);
    await q.query(`DROP FUNCTION checklist_tenant_created()`);
    await q.query(`DROP FUNCTION checklist_default_template(uuid)`);
    await q.query(`DROP TABLE cutover_operation, checklist_step`);
    await q.query(`DROP INDEX ix_workstation_status`);
    await q.query(`ALTER TABLE workstation DROP COLUMN cutover_status, DROP COLUMN cutover_status_reason,
      DROP COLUMN cutover_status_at, DROP COLUMN cutover_status_by_name`);
    await q.query(`ALTER TABLE location DROP COLUMN checklist_template_id`);
    await q.query(`DROP TABLE checklist_template_step, checklist_template`);
  }
}
