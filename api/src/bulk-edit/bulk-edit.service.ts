import { Injectable } from '@nestjs/common';
import {
  BULK_EDIT_FIELDS,
  bulkEditField,
  importMessage,
  parseBulkValue,
  type BulkEditField,
  type BulkEditObjectType,
} from '@schaltplan/domain';
import { QueryFailedError } from 'typeorm';
import { currentActor, LABEL_SQL } from '../audit/audit-writer';
import { mapDbError } from '../common/db-errors';
import { AppError, invalidInput } from '../common/errors';
import { RequestContext } from '../database/request-context';

export interface BulkUpdateRequest {
  objectType: BulkEditObjectType;
  tenantId: string;
  ids: string[];
  field: string;
  value?: string | null;
}

export interface BulkUpdateOutcome {
  matched: number;
  changed: number;
}

interface Outcome {
  found_ids: string[] | null;
  changed: number;
}

const TABLE: Record<BulkEditObjectType, string> = {
  LOCATION: 'location',
  PERSON: 'person',
  WORKSTATION: 'workstation',
  PRINTER: 'printer',
  SOFTWARE: 'software',
  FILE_SHARE: 'file_share',
  FACHVERFAHREN: 'fachverfahren',
};

const snake = (s: string): string => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Column, SQL type and audit property of a field (a location reference is stored as location_id). */
function columnOf(field: BulkEditField): { column: string; sqlType: string; property: string } {
  if (field.kind === 'location') return { column: 'location_id', sqlType: 'uuid', property: 'locationId' };
  const sqlType = field.kind === 'int' ? 'integer' : field.kind === 'boolean' ? 'boolean' : 'text';
  return { column: snake(field.field), sqlType, property: field.field };
}

const MAX_IDS_IN_MESSAGE = 10;

@Injectable()
export class BulkEditService {
  async bulkUpdate(request: BulkUpdateRequest): Promise<BulkUpdateOutcome> {
    const field = bulkEditField(request.objectType, request.field);
    if (!field) {
      const allowed = BULK_EDIT_FIELDS[request.objectType].map((f) => f.field).join(', ');
      throw invalidInput([
        { field: 'field', message: `"${request.field}" cannot be bulk-edited here; allowed: ${allowed}` },
      ]);
    }
    const parsed = parseBulkValue(field, request.value ?? null);
    if (!parsed.ok) {
      const reason = importMessage(parsed.code, parsed.params, 'en');
      throw new AppError(`Invalid input: value for ${field.field}: ${reason}`, 'BAD_USER_INPUT', {
        fields: [{ field: 'value', message: `${field.field}: ${reason}` }],
        bulkField: field.field,
        reason: parsed.code,
        params: parsed.params ?? {},
      });
    }
    const ids = request.ids.map((id) => id.toLowerCase());
    const outcome = await this.write(request.objectType, request.tenantId, ids, field, parsed.value);
    const found = new Set(outcome.found_ids ?? []);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw this.missing(request.objectType, missing);
    return { matched: ids.length, changed: outcome.changed };
  }

  /**
   * One statement: lock the selected rows (RLS hides other tenants and out-of-scope rows), update
   * only those whose value differs, and append one UPDATE audit entry per changed row. If any id
   * was not found, the UPDATE matches nothing, so nothing is written (and the caller refuses).
   */
  private async write(
    type: BulkEditObjectType,
    tenantId: string,
    ids: string[],
    field: BulkEditField,
    value: unknown,
  ): Promise<Outcome> {
    const ctx = RequestContext.current();
    const table = TABLE[type];
    const { column, sqlType, property } = columnOf(field);
    const actor = currentActor();
    const sql = `
      WITH found AS (
        SELECT id, ${column} AS old_value FROM ${table}
        WHERE tenant_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE
      ), changed AS (
        UPDATE ${table} t SET ${column} = $3::${sqlType}, version = t.version + 1
        FROM found f
        WHERE t.id = f.id AND f.old_value IS DISTINCT FROM $3::${sqlType}
          AND (SELECT count(*) FROM found) = cardinality($2::uuid[])
        RETURNING t.id, t.tenant_id, t.${LABEL_SQL[table]} AS label, f.old_value, t.${column} AS new_value
      ), audited AS (
        INSERT INTO audit_entry (tenant_id, account_id, account_name, object_type, object_id, object_label,
          action, changes, context)
        SELECT c.tenant_id, $4::uuid, $5::text, '${type}', c.id, c.label, 'UPDATE',
          jsonb_build_object('${property}', jsonb_build_object('old', to_jsonb(c.old_value), 'new', to_jsonb(c.new_value))),
          '{"bulk": true}'::jsonb
        FROM changed c
        RETURNING 1
      )
      SELECT (SELECT array_agg(id::text) FROM found) AS found_ids, (SELECT count(*) FROM audited)::int AS changed`;
    let rows: Outcome[];
    try {
      rows = await ctx.query<Outcome>(sql, [tenantId, ids, value, actor.accountId, actor.accountName]);
    } catch (error) {
      throw this.dbError(error, type, field, value);
    }
    ctx.forgetLoaded();
    return rows[0] ?? { found_ids: [], changed: 0 };
  }

  private missing(type: BulkEditObjectType, missing: string[]): AppError {
    const shown = missing.slice(0, MAX_IDS_IN_MESSAGE).join(', ');
    const more = missing.length > MAX_IDS_IN_MESSAGE ? ` and ${missing.length - MAX_IDS_IN_MESSAGE} more` : '';
    return new AppError(
      `${missing.length} of the selected objects (${type}) were not found in this Verwaltung ` +
        `(deleted, or not yours to edit): ${shown}${more}. Nothing was changed; reload the list and try again.`,
      'NOT_FOUND',
      { type, ids: missing },
    );
  }

  /** The composite foreign key refuses a location of another Verwaltung (or a deleted one). */
  private dbError(error: unknown, type: BulkEditObjectType, field: BulkEditField, value: unknown): unknown {
    const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
    if (code === '23503' && field.kind === 'location') {
      return invalidInput([{ field: 'value', message: `location ${String(value)} does not exist in this Verwaltung` }]);
    }
    return mapDbError(error, type);
  }
}
