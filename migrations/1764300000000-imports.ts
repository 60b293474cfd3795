import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './1764000000000-inventory';

/** Tenant tables of the import feature (RLS like every tenant table). */
export const IMPORT_TABLES = ['import_file', 'import_file_chunk', 'import_run', 'import_preset'] as const;

/** Objects an import can mark "nicht in Quelle" (missing from the latest source file). */
const MARKABLE = ['location', 'person', 'workstation', 'printer', 'software', 'file_share', 'fachverfahren'];

const scope = `tenant_id = ANY ((SELECT app_tenant_ids())::uuid[])`;

/**
 * Imports: uploaded files live in PostgreSQL (chunks of ≤ 1 MB), so any API process can parse a
 * file another one received and nothing needs a shared disk. Runs record every dry run and commit
 * (the import history); presets keep a tenant's column mappings.
 */
export class Imports1764300000000 implements MigrationInterface {
  name = 'Imports1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE printer ADD COLUMN share_name text, ADD COLUMN notes text`);
    await q.query(`ALTER TABLE location ADD COLUMN ags char(8) CHECK (ags ~ '^[0-9]{8}$')`);
    for (const t of MARKABLE) await q.query(`ALTER TABLE ${t} ADD COLUMN not_in_source_since timestamptz`);

    await q.query(`CREATE TABLE import_file (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      account_id uuid,
      file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
      size_bytes bigint NOT NULL DEFAULT 0,
      sha256 text,
      complete boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id), UNIQUE (tenant_id, id)
    )`);
    await q.query(`CREATE INDEX ix_import_file_created ON import_file (created_at)`);
    await q.query(`CREATE TABLE import_file_chunk (
      tenant_id uuid NOT NULL,
      file_id uuid NOT NULL,
      seq integer NOT NULL,
      data bytea NOT NULL,
      PRIMARY KEY (tenant_id, file_id, seq),
      FOREIGN KEY (tenant_id, file_id) REFERENCES import_file (tenant_id, id) ON DELETE CASCADE
    )`);
    // Uploaded chunks are never compressed or toasted twice: files are mostly compressed already (XLSX).
    await q.query(`ALTER TABLE import_file_chunk ALTER COLUMN data SET STORAGE EXTERNAL`);

    await q.query(`CREATE TABLE import_run (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      file_id uuid,
      account_id uuid,
      account_name text,
      target text NOT NULL CHECK (target ~ '^[A-Z_]{1,40}$'),
      mode text NOT NULL CHECK (mode IN ('DRY_RUN', 'COMMIT')),
      status text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
      phase text NOT NULL DEFAULT 'PARSE' CHECK (phase IN ('PARSE', 'VALIDATE', 'COMMIT', 'DONE')),
      progress_done bigint NOT NULL DEFAULT 0,
      progress_total bigint NOT NULL DEFAULT 0,
      file_name text NOT NULL,
      file_sha256 text,
      file_size bigint NOT NULL DEFAULT 0,
      options jsonb NOT NULL DEFAULT '{}',
      counts jsonb NOT NULL DEFAULT '{}',
      report jsonb NOT NULL DEFAULT '{}',
      failure jsonb,
      started_at timestamptz NOT NULL DEFAULT now(),
      -- Written every few seconds while the run works: a stale one means its process died.
      heartbeat_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      PRIMARY KEY (id), UNIQUE (tenant_id, id)
    )`);
    await q.query(`CREATE INDEX ix_import_run_tenant ON import_run (tenant_id, started_at DESC)`);

    await q.query(`CREATE TABLE import_preset (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      target text NOT NULL CHECK (target ~ '^[A-Z_]{1,40}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      -- [{ "header": …, "field": … }] in column order
      mapping jsonb NOT NULL CHECK (jsonb_typeof(mapping) = 'array'),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      PRIMARY KEY (id), UNIQUE (tenant_id, id)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_import_preset_name ON import_preset (tenant_id, target, lower(name))`);

    for (const t of IMPORT_TABLES) {
      await q.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_scope ON ${t} USING (${scope}) WITH CHECK (${scope})`);
    }
    await q.query(`CREATE TRIGGER touch BEFORE UPDATE ON import_preset FOR EACH ROW EXECUTE FUNCTION app_touch()`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${IMPORT_TABLES.join(', ')} TO ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [...IMPORT_TABLES].reverse()) await q.query(`DROP TABLE ${t}`);
    for (const t of MARKABLE) await q.query(`ALTER TABLE ${t} DROP COLUMN not_in_source_since`);
    await q.query(`ALTER TABLE location DROP COLUMN ags`);
    await q.query(`ALTER TABLE printer DROP COLUMN share_name, DROP COLUMN notes`);
  }
}
