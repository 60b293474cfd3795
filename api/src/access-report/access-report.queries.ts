import { RequestContext } from '../database/request-context';
import type {
  ReportAuditEntry,
  ReportBlocker,
  ReportConfirmation,
  ReportFachverfahren,
  ReportFileShare,
  ReportImportRun,
  ReportPerson,
  ReportPrinter,
  ReportSoftware,
  ReportTenant,
  ReportWorkstation,
  Unscrubbed,
} from './access-report.types';

// Every read runs in the request's transaction, so RLS limits it to the caller's Verwaltungen,
// and every statement names the tenant as well as the person.

type Row = Record<string, unknown>;
const query = <T extends Row>(sql: string, params: unknown[]): Promise<T[]> =>
  RequestContext.current().query<T>(sql, params);

const iso = (v: unknown): string => (v instanceof Date ? v : new Date(v as string)).toISOString();
const isoOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : iso(v));
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Rows → records: snake_case columns to camelCase keys, timestamps to ISO strings. */
function camelRows<T>(rows: Row[], times: readonly string[] = []): T[] {
  return rows.map((row) => {
    const out: Row = {};
    for (const [column, value] of Object.entries(row)) {
      const key = column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
      out[key] = times.includes(key) ? isoOrNull(value) : value;
    }
    return out as T;
  });
}

export async function readTenant(tenantId: string): Promise<ReportTenant | null> {
  const rows = await query<Row>(`SELECT id, name, kind, ags FROM tenant WHERE id = $1`, [tenantId]);
  return camelRows<ReportTenant>(rows)[0] ?? null;
}

export async function readPerson(tenantId: string, personId: string): Promise<ReportPerson | null> {
  const rows = await query<Row>(
    `SELECT p.id, p.account_name, p.given_name, p.surname, p.display_name, p.department, p.email,
       p.location_id, l.name AS location_name, p.not_in_source_since, p.created_at, p.updated_at, p.version
     FROM person p LEFT JOIN location l ON l.tenant_id = p.tenant_id AND l.id = p.location_id
     WHERE p.tenant_id = $1 AND p.id = $2`,
    [tenantId, personId],
  );
  const r = rows[0] as Record<string, string | number | Date | null> | undefined;
  if (!r) return null;
  return {
    id: String(r.id),
    accountName: String(r.account_name),
    givenName: text(r.given_name),
    surname: text(r.surname),
    displayName: String(r.display_name),
    department: text(r.department),
    email: text(r.email),
    location: r.location_id ? { id: String(r.location_id), name: String(r.location_name) } : null,
    notInSourceSince: isoOrNull(r.not_in_source_since),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    version: Number(r.version),
  };
}

export async function readWorkstations(tenantId: string, personId: string): Promise<Unscrubbed<ReportWorkstation>[]> {
  // The workstation only: who else sits there is the other persons' data.
  const rows = await query<Row>(
    `SELECT w.id, w.name, l.name AS location, w.room, w.current_hostname, w.current_os, w.target_device_serial,
       w.cutover_status, w.cutover_status_at, m.created_at AS assigned_at
     FROM workstation_person m
       JOIN workstation w ON w.tenant_id = m.tenant_id AND w.id = m.workstation_id
       JOIN location l ON l.tenant_id = w.tenant_id AND l.id = w.location_id
     WHERE m.tenant_id = $1 AND m.person_id = $2 ORDER BY lower(w.name), w.id`,
    [tenantId, personId],
  );
  return camelRows<Unscrubbed<ReportWorkstation>>(rows, ['cutoverStatusAt', 'assignedAt']);
}

export async function readPrinters(tenantId: string, personId: string): Promise<Unscrubbed<ReportPrinter>[]> {
  const rows = await query<Row>(
    `SELECT r.id, r.name, r.kind, r.model, r.address, r.room, l.name AS location, r.target_queue, m.is_default,
       m.created_at AS assigned_at, m.updated_at
     FROM person_printer m
       JOIN printer r ON r.tenant_id = m.tenant_id AND r.id = m.printer_id
       JOIN location l ON l.tenant_id = r.tenant_id AND l.id = r.location_id
     WHERE m.tenant_id = $1 AND m.person_id = $2 ORDER BY m.is_default DESC, lower(r.name), r.id`,
    [tenantId, personId],
  );
  return camelRows<Unscrubbed<ReportPrinter>>(rows, ['assignedAt', 'updatedAt']);
}

export async function readSoftware(tenantId: string, personId: string): Promise<Unscrubbed<ReportSoftware>[]> {
  const rows = await query<Row>(
    `SELECT s.id, s.product, s.vendor, s.version_label, s.delivery, s.replaced_by, m.created_at AS assigned_at
     FROM person_software m JOIN software s ON s.tenant_id = m.tenant_id AND s.id = m.software_id
     WHERE m.tenant_id = $1 AND m.person_id = $2 ORDER BY lower(s.product), lower(coalesce(s.version_label, '')), s.id`,
    [tenantId, personId],
  );
  return camelRows<Unscrubbed<ReportSoftware>>(rows, ['assignedAt']);
}

export async function readFileShares(tenantId: string, personId: string): Promise<Unscrubbed<ReportFileShare>[]> {
  const rows = await query<Row>(
    `SELECT f.id, f.unc_path, coalesce(m.drive_letter, f.drive_letter) AS drive_letter, m.access, f.target_path,
       f.owning_department, m.created_at AS assigned_at, m.updated_at
     FROM person_file_share m JOIN file_share f ON f.tenant_id = m.tenant_id AND f.id = m.file_share_id
     WHERE m.tenant_id = $1 AND m.person_id = $2 ORDER BY lower(f.unc_path), f.id`,
    [tenantId, personId],
  );
  return camelRows<Unscrubbed<ReportFileShare>>(rows, ['assignedAt', 'updatedAt']);
}

export async function readFachverfahren(
  tenantId: string,
  personId: string,
): Promise<Unscrubbed<ReportFachverfahren>[]> {
  const rows = await query<Row>(
    `SELECT v.id, v.name, v.area, v.vendor, m.created_at AS assigned_at
     FROM person_fachverfahren m JOIN fachverfahren v ON v.tenant_id = m.tenant_id AND v.id = m.fachverfahren_id
     WHERE m.tenant_id = $1 AND m.person_id = $2 ORDER BY lower(v.name), v.id`,
    [tenantId, personId],
  );
  return camelRows<Unscrubbed<ReportFachverfahren>>(rows, ['assignedAt']);
}

export async function readConfirmation(
  tenantId: string,
  personId: string,
): Promise<Unscrubbed<ReportConfirmation> | null> {
  const rows = await query<Row>(
    `SELECT status, CASE WHEN status = 'REJECTED' THEN 'REJECTED' WHEN changed_at IS NOT NULL THEN 'CHANGED'
         ELSE 'CONFIRMED' END AS state,
       comment, decided_by_name AS decided_by, decided_at, changed_at, snapshot
     FROM confirmation WHERE tenant_id = $1 AND person_id = $2`,
    [tenantId, personId],
  );
  return camelRows<Unscrubbed<ReportConfirmation>>(rows, ['decidedAt', 'changedAt'])[0] ?? null;
}

export async function readBlockers(tenantId: string, personId: string): Promise<Unscrubbed<ReportBlocker>[]> {
  const rows = await query<Row>(
    `SELECT b.id, b.title, b.description, b.owner, b.open, l.name AS location, b.created_at, b.updated_at
     FROM blocker b LEFT JOIN location l ON l.tenant_id = b.tenant_id AND l.id = b.location_id
     WHERE b.tenant_id = $1 AND b.object_type = 'PERSON' AND b.object_id = $2 ORDER BY b.created_at, b.id`,
    [tenantId, personId],
  );
  return camelRows<Unscrubbed<ReportBlocker>>(rows, ['createdAt', 'updatedAt']);
}

/**
 * The audit entries that concern the person: on the person itself (changes, their mappings,
 * confirmations, access reports), those naming the person as the related object (workstation
 * assignments), and those of blockers on the person, including earlier blockers that pointed
 * at them. Oldest first.
 */
export async function readAuditEntries(tenantId: string, personId: string): Promise<Unscrubbed<ReportAuditEntry>[]> {
  const rows = await query<Row>(
    `SELECT e.id, e.at, e.account_name AS account, e.action, e.object_type, e.object_id, e.object_label,
       e.related_type, e.related_id, e.related_label, e.changes, e.context
     FROM audit_entry e
     WHERE e.tenant_id = $1 AND e.id IN (
       SELECT id FROM audit_entry WHERE tenant_id = $1 AND object_id = $2
       UNION SELECT id FROM audit_entry WHERE tenant_id = $1 AND related_id = $2
       UNION SELECT a.id FROM audit_entry a JOIN blocker b ON b.id = a.object_id
         WHERE a.tenant_id = $1 AND a.object_type = 'BLOCKER' AND b.tenant_id = $1 AND b.object_type = 'PERSON'
           AND b.object_id = $2
       UNION SELECT id FROM audit_entry WHERE tenant_id = $1 AND object_type = 'BLOCKER'
         AND $2::text IN (changes->'objectId'->>'old', changes->'objectId'->>'new'))
     ORDER BY e.at, e.id`,
    [tenantId, personId],
  );
  return camelRows<Unscrubbed<ReportAuditEntry>>(rows, ['at']);
}

/** Import runs named by the entries (`context.importRunId`); the run's report is left out: it lists other rows. */
export async function readImportRuns(tenantId: string, runIds: string[]): Promise<Unscrubbed<ReportImportRun>[]> {
  if (runIds.length === 0) return [];
  const rows = await query<Row>(
    `SELECT id, target, mode, status, file_name, account_name AS started_by, started_at, finished_at
     FROM import_run WHERE tenant_id = $1 AND id = ANY($2::uuid[]) ORDER BY started_at, id`,
    [tenantId, runIds],
  );
  return camelRows<Unscrubbed<ReportImportRun>>(rows, ['startedAt', 'finishedAt']);
}

const NAME_FIELDS = `ARRAY['accountName', 'displayName', 'email']`;

/** Names of the Verwaltung's things: a person called like one ("Bauhof", "Kasse") does not make the thing theirs. */
const THING_NAMES = `
  SELECT name AS v FROM tenant WHERE id = $1
  UNION ALL SELECT name FROM location WHERE tenant_id = $1
  UNION ALL SELECT name FROM workstation WHERE tenant_id = $1
  UNION ALL SELECT name FROM printer WHERE tenant_id = $1
  UNION ALL SELECT product FROM software WHERE tenant_id = $1
  UNION ALL SELECT name FROM fachverfahren WHERE tenant_id = $1
  UNION ALL SELECT department FROM person WHERE tenant_id = $1`;

/**
 * Identifiers of the Verwaltung's other persons (today's and earlier values from the trail),
 * and the values that identify nobody else: what the person of the report has had themselves, and
 * the names of the Verwaltung's things (see OtherPersons).
 */
export async function readIdentifiers(
  tenantId: string,
  personId: string,
): Promise<{ others: string[]; notOthers: string[] }> {
  const person = (who: string) => `
    SELECT unnest(ARRAY[p.id::text, p.account_name, p.display_name, p.email,
      nullif(btrim(concat_ws(' ', p.given_name, p.surname)), '')]) AS v
    FROM person p WHERE p.tenant_id = $1 AND ${who}
    UNION ALL SELECT unnest(ARRAY[e.object_id::text, e.object_label]) FROM audit_entry e
    WHERE e.tenant_id = $1 AND e.object_type IN ('PERSON', 'CONFIRMATION') AND ${who.replace('p.id', 'e.object_id')}
    UNION ALL SELECT unnest(ARRAY[e.related_id::text, e.related_label]) FROM audit_entry e
    WHERE e.tenant_id = $1 AND e.related_type = 'PERSON' AND ${who.replace('p.id', 'e.related_id')}
    UNION ALL SELECT c.value->>side FROM audit_entry e, jsonb_each(e.changes) c, unnest(ARRAY['old', 'new']) side
    WHERE e.tenant_id = $1 AND e.object_type = 'PERSON' AND ${who.replace('p.id', 'e.object_id')}
      AND c.key = ANY(${NAME_FIELDS}) AND jsonb_typeof(c.value) = 'object'`;
  const rows = await query<{ other: boolean; v: string }>(
    `SELECT DISTINCT true AS other, v FROM (${person('p.id <> $2')}) x WHERE v IS NOT NULL
     UNION SELECT DISTINCT false, v FROM (${person('p.id = $2')} UNION ALL ${THING_NAMES}) y WHERE v IS NOT NULL`,
    [tenantId, personId],
  );
  return {
    others: rows.filter((r) => r.other).map((r) => r.v),
    notOthers: rows.filter((r) => !r.other).map((r) => r.v),
  };
}
