import { Injectable } from '@nestjs/common';
import { currentActor } from '../audit/audit-writer';
import { AppError, notFound } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { filterSql, PERSON_WITH_CONFIRMATION, STATE_SQL, type FilterValues } from './confirmation.sql';

interface Outcome {
  tenant_visible: boolean;
  found_ids: string[] | null;
  decided: number;
}

export interface Decision {
  decided: number;
  /** Selected persons that were already confirmed and unchanged (left as they were). */
  unchanged: number;
}

const MAX_IDS_IN_MESSAGE = 10;

/**
 * Confirm and reject, set-based: one statement selects the persons (RLS limits them to the
 * caller's Verwaltungen), upserts their confirmations with the current snapshot, and appends one
 * audit entry per decided person. A guard makes it all-or-nothing.
 */
@Injectable()
export class ConfirmationDecisionsService {
  async confirmPersons(tenantId: string, personIds: string[]): Promise<Decision> {
    const ids = [...new Set(personIds.map((id) => id.toLowerCase()))];
    // $1..$3 belong to decide(); the selection's parameters follow.
    const outcome = await this.decide(
      tenantId,
      `p.tenant_id = $4::uuid AND p.id = ANY($5::uuid[])`,
      `(SELECT count(*) FROM target) = cardinality($5::uuid[])`,
      [tenantId, ids],
      { status: 'CONFIRMED', comment: null, skipConfirmed: true },
    );
    const found = new Set(outcome.found_ids ?? []);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) {
      const shown = missing.slice(0, MAX_IDS_IN_MESSAGE).join(', ');
      throw new AppError(
        `${missing.length} of the selected persons were not found in this Verwaltung: ${shown}. ` +
          'Nothing was confirmed; reload the list and try again.',
        'NOT_FOUND',
        { type: 'Person', ids: missing },
      );
    }
    return { decided: outcome.decided, unchanged: ids.length - outcome.decided };
  }

  /** "Alle angezeigten bestätigen": the persons the same filter shows in the list. */
  async confirmFiltered(filter: FilterValues, expectedCount?: number): Promise<Decision> {
    const { where, params } = filterSql(filter, 4);
    const expected = params.length + 4;
    const outcome = await this.decide(
      filter.tenantId,
      where,
      `$${expected}::int IS NULL OR (SELECT count(*) FROM target) = $${expected}::int`,
      [...params, expectedCount ?? null],
      { status: 'CONFIRMED', comment: null, skipConfirmed: true },
    );
    const matched = outcome.found_ids?.length ?? 0;
    if (expectedCount !== undefined && expectedCount !== null && matched !== expectedCount) {
      throw new AppError(
        `The list changed in the meantime: ${matched} persons match the filter now, the list showed ${expectedCount}. ` +
          'Nothing was confirmed; reload the list and check it again.',
        'CONFLICT',
        { type: 'Confirmation', expectedCount, matched },
      );
    }
    return { decided: outcome.decided, unchanged: matched - outcome.decided };
  }

  async reject(personId: string, comment: string): Promise<void> {
    const rows = await RequestContext.current().query<{ tenant_id: string }>(
      `SELECT tenant_id FROM person WHERE id = $1`,
      [personId],
    );
    if (!rows.length) throw notFound('Person', personId);
    await this.decide(rows[0].tenant_id, `p.id = $4::uuid`, `true`, [personId], {
      status: 'REJECTED',
      comment: comment.trim(),
      skipConfirmed: false,
    });
  }

  private async decide(
    tenantId: string,
    selection: string,
    guard: string,
    selectionParams: unknown[],
    decision: { status: 'CONFIRMED' | 'REJECTED'; comment: string | null; skipConfirmed: boolean },
  ): Promise<Outcome> {
    const ctx = RequestContext.current();
    const actor = currentActor();
    const n = selectionParams.length + 4;
    // Already confirmed and unchanged: confirming again would only rewrite who and when.
    const skip = decision.skipConfirmed ? `AND state <> 'CONFIRMED'` : '';
    // The same again for a confirmation committed meanwhile (two coordinators at once): it stays.
    const keep = decision.skipConfirmed
      ? `WHERE NOT (confirmation.status = 'CONFIRMED' AND confirmation.changed_at IS NULL)`
      : '';
    const changes = `jsonb_build_object('state', jsonb_build_object('old', t.state, 'new', $${n}::text))
      || CASE WHEN t.comment IS DISTINCT FROM $${n + 1}::text
         THEN jsonb_build_object('comment', jsonb_build_object('old', t.comment, 'new', $${n + 1}::text))
         ELSE '{}'::jsonb END`;
    const rows = await ctx.query<Outcome>(
      `WITH target AS (
         SELECT p.id, p.tenant_id, p.display_name, ${STATE_SQL} AS state, c.comment
         FROM ${PERSON_WITH_CONFIRMATION} WHERE ${selection}
       ), todo AS (
         SELECT * FROM target WHERE (${guard}) ${skip}
       ), up AS (
         INSERT INTO confirmation (tenant_id, person_id, status, comment, snapshot, decided_by, decided_by_name,
           decided_at, changed_at)
         SELECT t.tenant_id, t.id, $${n}::text, $${n + 1}::text, person_snapshot(t.id), $2::uuid, $3::text, now(), NULL
         FROM todo t
         ON CONFLICT (tenant_id, person_id) DO UPDATE SET status = EXCLUDED.status, comment = EXCLUDED.comment,
           snapshot = EXCLUDED.snapshot, decided_by = EXCLUDED.decided_by, decided_by_name = EXCLUDED.decided_by_name,
           decided_at = now(), changed_at = NULL, version = confirmation.version + 1
         ${keep}
         RETURNING person_id
       ), audited AS (
         INSERT INTO audit_entry (tenant_id, account_id, account_name, object_type, object_id, object_label, action,
           changes)
         SELECT t.tenant_id, $2::uuid, $3::text, 'CONFIRMATION', t.id, t.display_name,
           ${decision.status === 'CONFIRMED' ? `'CONFIRM'` : `'REJECT'`}, ${changes}
         FROM todo t JOIN up ON up.person_id = t.id
         RETURNING 1
       )
       SELECT EXISTS (SELECT 1 FROM tenant WHERE id = $1::uuid) AS tenant_visible,
         (SELECT array_agg(id::text) FROM target) AS found_ids, (SELECT count(*) FROM audited)::int AS decided`,
      [tenantId, actor.accountId, actor.accountName, ...selectionParams, decision.status, decision.comment],
    );
    const outcome = rows[0];
    // Another Verwaltung's persons are invisible (RLS); say so instead of "0 confirmed".
    if (!outcome?.tenant_visible) throw notFound('Tenant', tenantId);
    ctx.forgetLoaded();
    return outcome;
  }
}
