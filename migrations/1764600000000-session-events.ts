import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Channel of session and account changes: every API process drops its cached principals. */
export const SESSION_CHANNEL = 'session_changed';
/** Payload when more accounts changed in one statement than are worth naming: drop everything. */
export const SESSION_CHANGED_ALL = '*';
const MAX_NAMED = 100;

// [table, account id column, events]. Session UPDATEs are row triggers (below): the touch of
// last_seen_at runs every SESSION_TOUCH_SECONDS per session and must not notify.
const SOURCES = [
  ['account', 'id', ['update', 'delete']],
  ['account_tenant', 'account_id', ['insert', 'update', 'delete']],
  ['account_location', 'account_id', ['insert', 'update', 'delete']],
  ['session', 'account_id', ['delete']],
] as const;

/**
 * NOTIFY `session_changed` with the account id whenever something a session's principal is
 * derived from changes (see SessionStore.resolveCached and docs/decisions/0007-session-cache.md).
 * PostgreSQL delivers at commit and folds duplicates within a transaction.
 */
export class SessionEvents1764600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION session_changed_notify(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE id uuid;
      BEGIN
        IF cardinality(ids) > ${MAX_NAMED} THEN
          PERFORM pg_notify('${SESSION_CHANNEL}', '${SESSION_CHANGED_ALL}');
          RETURN;
        END IF;
        FOREACH id IN ARRAY ids LOOP
          PERFORM pg_notify('${SESSION_CHANNEL}', id::text);
        END LOOP;
      END $$`);
    for (const [table, column, events] of SOURCES) {
      for (const event of events) {
        const rows = event === 'delete' ? 'old_rows' : 'new_rows';
        const ref = event === 'delete' ? 'OLD TABLE AS old_rows' : 'NEW TABLE AS new_rows';
        await q.query(`CREATE FUNCTION session_notify_${table}_${event}() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            PERFORM session_changed_notify(ARRAY(SELECT DISTINCT ${column} FROM ${rows}));
            RETURN NULL;
          END $$`);
        await q.query(`CREATE TRIGGER session_notify_${event} AFTER ${event.toUpperCase()} ON ${table}
          REFERENCING ${ref} FOR EACH STATEMENT EXECUTE FUNCTION session_notify_${table}_${event}()`);
      }
    }
    // An UPDATE of account_tenant/account_location could move a row to another account: the
    // new_rows above name the new one, these the old one.
    for (const table of ['account_tenant', 'account_location']) {
      await q.query(`CREATE FUNCTION session_notify_${table}_update_old() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM session_changed_notify(ARRAY(SELECT DISTINCT account_id FROM old_rows));
          RETURN NULL;
        END $$`);
      await q.query(`CREATE TRIGGER session_notify_update_old AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION session_notify_${table}_update_old()`);
    }
    await q.query(`CREATE FUNCTION session_notify_session_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM session_changed_notify(ARRAY[OLD.account_id, NEW.account_id]);
        RETURN NULL;
      END $$`);
    // Not the touch (last_seen_at forward): only what shortens or moves a session.
    await q.query(`CREATE TRIGGER session_notify_update AFTER UPDATE ON session FOR EACH ROW
      WHEN (OLD.expires_at IS DISTINCT FROM NEW.expires_at OR NEW.last_seen_at < OLD.last_seen_at
        OR OLD.account_id IS DISTINCT FROM NEW.account_id OR OLD.id IS DISTINCT FROM NEW.id)
      EXECUTE FUNCTION session_notify_session_update()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER session_notify_update ON session`);
    await q.query(`DROP FUNCTION session_notify_session_update()`);
    for (const table of ['account_tenant', 'account_location']) {
      await q.query(`DROP TRIGGER session_notify_update_old ON ${table}`);
      await q.query(`DROP FUNCTION session_notify_${table}_update_old()`);
    }
    for (const [table, , events] of SOURCES) {
      for (const event of events) {
        await q.query(`DROP TRIGGER session_notify_${event} ON ${table}`);
        await q.query(`DROP FUNCTION session_notify_${table}_${event}()`);
      }
    }
    await q.query(`DROP FUNCTION session_changed_notify(uuid[])`);
  }
}
