import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './1764000000000-inventory';

/** Tenant tables that are append-only for the runtime role. */
export const AUDIT_TABLES = ['audit_entry'] as const;

/**
 * The audit trail. Entries outlive what they describe: no foreign keys (a deleted account,
 * object or even tenant keeps its history). The runtime role may only read and append; it gets
 * no UPDATE, DELETE or TRUNCATE, so a request can never rewrite history.
 */
export class Audit1764200000000 implements MigrationInterface {
  name = 'Audit1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE audit_entry (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- NULL only for provider-level objects (accounts).
      tenant_id uuid,
      account_id uuid,
      -- Snapshot of the account's name: readable without the (closed) account table, and after deletion.
      account_name text,
      -- clock_timestamp: several entries of one transaction keep their order.
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      object_type text NOT NULL CHECK (object_type ~ '^[A-Z_]{1,40}$'),
      object_id uuid NOT NULL,
      object_label text,
      action text NOT NULL CHECK (action ~ '^[A-Z_]{1,40}$'),
      -- field → {"old": …, "new": …}
      changes jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(changes) = 'object'),
      -- The other side of a mapping (e.g. the printer of a person's printer mapping).
      related_type text CHECK (related_type ~ '^[A-Z_]{1,40}$'),
      related_id uuid,
      related_label text,
      context jsonb
    )`);
    await q.query(`CREATE INDEX ix_audit_entry_tenant_at ON audit_entry (tenant_id, at DESC)`);
    await q.query(`CREATE INDEX ix_audit_entry_object ON audit_entry (object_id, at DESC)`);
    await q.query(
      `CREATE INDEX ix_audit_entry_related ON audit_entry (related_id, at DESC) WHERE related_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_audit_entry_account ON audit_entry (account_id, at DESC)`);

    await q.query(`ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE audit_entry FORCE ROW LEVEL SECURITY`);
    // Provider-level rows (tenant_id NULL) and rows of deleted tenants: provider scope only.
    const scope = `app_all_tenants() OR tenant_id = ANY ((SELECT app_tenant_ids())::uuid[])`;
    await q.query(`CREATE POLICY tenant_scope ON audit_entry USING (${scope}) WITH CHECK (${scope})`);
    await q.query(`REVOKE ALL ON audit_entry FROM ${RUNTIME_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON audit_entry TO ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_entry`);
  }
}
