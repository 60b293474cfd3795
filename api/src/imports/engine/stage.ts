import type { ImportTarget } from '@schaltplan/domain';
import type { MappedRow } from './row-mapper';
import { stageColumns } from './target-plans';

export type Query = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

/** Rows per INSERT into the staging table. */
export const STAGE_BATCH = 5000;

/**
 * The staging table lives only in the import's transaction (ON COMMIT DROP): every row of the
 * file with typed values, then what validation finds out (references, match, changes).
 */
export async function createStage(query: Query, target: ImportTarget): Promise<void> {
  const cols = stageColumns(target);
  const refs = cols.filter((c) => c.ref).map((c) => `r_${c.field} uuid`);
  const lists = cols.filter((c) => c.spec.kind === 'personList').map((c) => `r_${c.field} uuid[]`);
  await query(`CREATE TEMP TABLE import_stage (
    row_no int NOT NULL,
    ${cols.map((c) => `${c.stage} ${c.type}`).join(',\n    ')},
    ${[...refs, ...lists].map((c) => `${c},`).join('\n    ')}
    first_row int,
    target_id uuid,
    is_new boolean NOT NULL DEFAULT false,
    err boolean NOT NULL DEFAULT false,
    changes jsonb NOT NULL DEFAULT '{}',
    link_state text,
    link_changes jsonb NOT NULL DEFAULT '{}'
  ) ON COMMIT DROP`);
}

/** One set-based INSERT per batch (unnest of one array per column). */
export async function insertStageRows(query: Query, target: ImportTarget, rows: MappedRow[]): Promise<void> {
  if (!rows.length) return;
  const cols = stageColumns(target);
  const params: unknown[] = [rows.map((r) => r.row), rows.map((r) => r.err ?? false)];
  const selects = ['u.c0', 'u.e'];
  const unnestArgs = ['$1::int[]', '$2::boolean[]'];
  cols.forEach((c, i) => {
    const values = rows.map((r) => r.values[c.field] ?? null);
    const n = params.length + 1;
    if (c.type === 'text[]') {
      // unnest flattens 2-D arrays: lists travel as JSON text.
      params.push(values.map((v) => (v === null ? null : JSON.stringify(v))));
      unnestArgs.push(`$${n}::text[]`);
      selects.push(`ARRAY(SELECT jsonb_array_elements_text(u.c${i + 1}::jsonb))`);
    } else {
      params.push(values);
      unnestArgs.push(`$${n}::${c.type}[]`);
      selects.push(`u.c${i + 1}`);
    }
  });
  const aliases = ['c0', 'e', ...cols.map((_, i) => `c${i + 1}`)].join(', ');
  await query(
    `INSERT INTO import_stage (row_no, err, ${cols.map((c) => c.stage).join(', ')})
     SELECT ${selects.join(', ')} FROM unnest(${unnestArgs.join(', ')}) AS u(${aliases})`,
    params,
  );
}
