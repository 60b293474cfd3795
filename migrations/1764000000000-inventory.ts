import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables that carry tenant_id; RLS, grants and triggers are applied to each. */
export const TENANT_TABLES = [
  'location',
  'person',
  'workstation',
  'workstation_person',
  'printer',
  'person_printer',
  'software',
  'person_software',
  'file_share',
  'person_file_share',
  'fachverfahren',
  'person_fachverfahren',
] as const;

export const RUNTIME_ROLE = 'schaltplan_app';

const enumCheck = (column: string, values: string[]): string =>
  `CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`;

const stamps = `
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1`;

export class Inventory1764000000000 implements MigrationInterface {
  name = 'Inventory1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // The runtime role: no login, not owner, not superuser. The connecting user
    // switches to it per transaction (SET LOCAL ROLE), so one DATABASE_URL is enough.
    // Roles belong to the cluster: databases migrated at the same moment (tests, several apps on
    // one server) may both find the role missing, and one of them then loses the race.
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${RUNTIME_ROLE}') THEN
        BEGIN
          CREATE ROLE ${RUNTIME_ROLE} NOLOGIN NOSUPERUSER NOINHERIT NOBYPASSRLS;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
      END IF;
    END $$`);
    await q.query(`DO $$ BEGIN
      IF NOT pg_has_role(current_user, '${RUNTIME_ROLE}', 'MEMBER') THEN
        BEGIN
          EXECUTE format('GRANT ${RUNTIME_ROLE} TO %I', current_user);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
      END IF;
    END $$`);

    await q.query(`CREATE TABLE tenant (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      kind text NOT NULL ${enumCheck('kind', ['AMT', 'SAMTGEMEINDE', 'VERWALTUNGSGEMEINSCHAFT', 'STADT', 'GEMEINDE', 'KREIS'])},
      ags char(8) NOT NULL CHECK (ags ~ '^[0-9]{8}$'),
      inhabitants integer NOT NULL CHECK (inhabitants >= 0),
      member_municipalities text[] NOT NULL DEFAULT '{}',
      ${stamps}
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_tenant_name ON tenant (lower(name))`);
    await q.query(`CREATE UNIQUE INDEX uq_tenant_ags ON tenant (ags)`);

    // Tenant scope of the current transaction. The InitPlan form "(SELECT app_tenant_ids())"
    // in the policies makes PostgreSQL evaluate it once per statement, not per row.
    await q.query(`CREATE FUNCTION app_all_tenants() RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT coalesce(current_setting('app.all_tenants', true), '') = 'on' $$`);
    await q.query(`CREATE FUNCTION app_tenant_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$
      SELECT CASE WHEN app_all_tenants() THEN (SELECT coalesce(array_agg(id), '{}') FROM tenant)
             ELSE coalesce(nullif(current_setting('app.tenant_ids', true), ''), '{}')::uuid[] END $$`);
    await q.query(`CREATE FUNCTION app_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.updated_at := now(); RETURN NEW; END $$`);

    await q.query(`CREATE TABLE location (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      kind text NOT NULL ${enumCheck('kind', ['RATHAUS', 'VERWALTUNGSGEBAEUDE', 'BUERGERBUERO', 'ORTSAMT', 'BAUHOF', 'FREIBAD', 'TOURISTINFO', 'SCHULE', 'SONSTIGES'])},
      street text, postal_code text CHECK (postal_code ~ '^[0-9]{5}$'), city text,
      lan_speed_mbit integer CHECK (lan_speed_mbit > 0),
      wan_link text,
      bandwidth_mbit integer CHECK (bandwidth_mbit > 0),
      notes text,
      ${stamps},
      PRIMARY KEY (id), UNIQUE (tenant_id, id)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_location_name ON location (tenant_id, lower(name))`);

    await q.query(`CREATE TABLE person (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      location_id uuid,
      account_name text NOT NULL CHECK (length(account_name) BETWEEN 1 AND 104),
      given_name text, surname text,
      display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
      department text, email text,
      ${stamps},
      PRIMARY KEY (id), UNIQUE (tenant_id, id),
      FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_person_account_name ON person (tenant_id, lower(account_name))`);
    await q.query(`CREATE INDEX ix_person_location ON person (tenant_id, location_id)`);

    await q.query(`CREATE TABLE workstation (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      location_id uuid NOT NULL,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      room text, current_hostname text, current_os text, target_device_serial text, notes text,
      ${stamps},
      PRIMARY KEY (id), UNIQUE (tenant_id, id),
      FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_workstation_name ON workstation (tenant_id, lower(name))`);
    await q.query(`CREATE INDEX ix_workstation_location ON workstation (tenant_id, location_id, lower(name))`);

    await q.query(`CREATE TABLE printer (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      location_id uuid NOT NULL,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      kind text NOT NULL DEFAULT 'PRINTER' ${enumCheck('kind', ['PRINTER', 'MULTIFUNCTION', 'COPIER', 'SCANNER', 'LABEL_PRINTER'])},
      model text, address text, room text, target_queue text,
      ${stamps},
      PRIMARY KEY (id), UNIQUE (tenant_id, id),
      FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_printer_name ON printer (tenant_id, lower(name))`);
    await q.query(`CREATE INDEX ix_printer_location ON printer (tenant_id, location_id)`);

    await q.query(`CREATE TABLE software (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      product text NOT NULL CHECK (length(product) BETWEEN 1 AND 200),
      vendor text, version_label text, licence text,
      delivery text NOT NULL DEFAULT 'OPEN' ${enumCheck('delivery', ['STANDARD_IMAGE', 'PUBLISHED_APP', 'REPLACED', 'NOT_PROVIDED', 'OPEN'])},
      replaced_by text,
      ${stamps},
      PRIMARY KEY (id), UNIQUE (tenant_id, id)
    )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_software_product ON software (tenant_id, lower(product), lower(coalesce(version_label, '')))`,
    );

    await q.query(`CREATE TABLE file_share (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      location_id uuid,
      unc_path text NOT NULL CHECK (unc_path ~ '^\\\\\\\\[^\\\\]+\\\\[^\\\\]+'),
      drive_letter char(1) CHECK (drive_letter ~ '^[A-Z]$'),
      size_gb numeric(12, 2) CHECK (size_gb >= 0),
      owning_department text, target_path text,
      ${stamps},
      PRIMARY KEY (id), UNIQUE (tenant_id, id),
      FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_file_share_unc_path ON file_share (tenant_id, lower(unc_path))`);
    await q.query(`CREATE INDEX ix_file_share_location ON file_share (tenant_id, location_id)`);

    await q.query(`CREATE TABLE fachverfahren (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      area text NOT NULL ${enumCheck('area', ['EINWOHNERMELDEWESEN', 'PERSONENSTAND', 'GEWERBE', 'FINANZWESEN', 'WOHNGELD', 'ORDNUNGSWIDRIGKEITEN', 'BAUVERWALTUNG', 'KITA', 'RATSINFORMATION', 'GIS', 'DMS', 'ZEITERFASSUNG', 'PERSONALWESEN', 'SONSTIGES'])},
      vendor text,
      current_operation text NOT NULL DEFAULT 'LOCAL_SERVER' ${enumCheck('current_operation', ['LOCAL_SERVER', 'PROVIDER_DATACENTER', 'SAAS', 'OPEN'])},
      target_operation text NOT NULL DEFAULT 'OPEN' ${enumCheck('target_operation', ['LOCAL_SERVER', 'PROVIDER_DATACENTER', 'SAAS', 'OPEN'])},
      criticality text NOT NULL DEFAULT 'MEDIUM' ${enumCheck('criticality', ['LOW', 'MEDIUM', 'HIGH'])},
      crisis_relevant boolean NOT NULL DEFAULT false,
      personal_data boolean NOT NULL DEFAULT true,
      interfaces text[] NOT NULL DEFAULT '{}'
        CHECK (interfaces <@ ARRAY['XMELD_OSCI', 'TEXT_COUPLING', 'SPECIAL_MAILBOX', 'OTHER']::text[]),
      interface_notes text, responsible_department text,
      ${stamps},
      PRIMARY KEY (id), UNIQUE (tenant_id, id)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_fachverfahren_name ON fachverfahren (tenant_id, lower(name))`);

    // Mappings. Composite keys with tenant_id: a row can never point into another tenant.
    const mapping = (table: string, left: string, right: string, extra = ''): string => `
      CREATE TABLE ${table} (
        tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
        ${left}_id uuid NOT NULL,
        ${right}_id uuid NOT NULL,
        ${extra}
        ${stamps},
        PRIMARY KEY (tenant_id, ${left}_id, ${right}_id),
        FOREIGN KEY (tenant_id, ${left}_id) REFERENCES ${left} (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, ${right}_id) REFERENCES ${right} (tenant_id, id) ON DELETE CASCADE
      )`;
    await q.query(mapping('workstation_person', 'workstation', 'person'));
    await q.query(`CREATE INDEX ix_workstation_person_person ON workstation_person (tenant_id, person_id)`);
    await q.query(mapping('person_printer', 'person', 'printer', 'is_default boolean NOT NULL DEFAULT false,'));
    await q.query(`CREATE INDEX ix_person_printer_printer ON person_printer (tenant_id, printer_id)`);
    await q.query(
      `CREATE UNIQUE INDEX uq_person_printer_default ON person_printer (tenant_id, person_id) WHERE is_default`,
    );
    await q.query(mapping('person_software', 'person', 'software'));
    await q.query(`CREATE INDEX ix_person_software_software ON person_software (tenant_id, software_id)`);
    await q.query(
      mapping(
        'person_file_share',
        'person',
        'file_share',
        `access text NOT NULL DEFAULT 'READ' ${enumCheck('access', ['READ', 'WRITE'])},
         drive_letter char(1) CHECK (drive_letter ~ '^[A-Z]$'),`,
      ),
    );
    await q.query(`CREATE INDEX ix_person_file_share_share ON person_file_share (tenant_id, file_share_id)`);
    await q.query(mapping('person_fachverfahren', 'person', 'fachverfahren'));
    await q.query(
      `CREATE INDEX ix_person_fachverfahren_fachverfahren ON person_fachverfahren (tenant_id, fachverfahren_id)`,
    );

    // Row-level security, enabled and forced (the owner is bound too).
    await q.query(`ALTER TABLE tenant ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE tenant FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_scope ON tenant
      USING (app_all_tenants() OR id = ANY ((SELECT app_tenant_ids())::uuid[]))
      WITH CHECK (app_all_tenants() OR id = ANY ((SELECT app_tenant_ids())::uuid[]))`);
    await q.query(`CREATE TRIGGER touch BEFORE UPDATE ON tenant FOR EACH ROW EXECUTE FUNCTION app_touch()`);
    for (const t of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_scope ON ${t}
        USING (tenant_id = ANY ((SELECT app_tenant_ids())::uuid[]))
        WITH CHECK (tenant_id = ANY ((SELECT app_tenant_ids())::uuid[]))`);
      await q.query(`CREATE TRIGGER touch BEFORE UPDATE ON ${t} FOR EACH ROW EXECUTE FUNCTION app_touch()`);
    }

    await q.query(`GRANT USAGE ON SCHEMA public TO ${RUNTIME_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON tenant, ${TENANT_TABLES.join(', ')} TO ${RUNTIME_ROLE}`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_all_tenants(), app_tenant_ids() TO ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE ALL ON tenant, ${TENANT_TABLES.join(', ')} FROM ${RUNTIME_ROLE}`);
    for (const t of [...TENANT_TABLES].reverse()) await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP TABLE tenant`);
    await q.query(`DROP FUNCTION app_touch()`);
    await q.query(`DROP FUNCTION app_tenant_ids()`);
    await q.query(`DROP FUNCTION app_all_tenants()`);
    // The role is cluster-wide and may serve other databases: it stays.
  }
}
