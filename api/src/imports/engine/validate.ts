import type { ImportErrorCode, ImportTarget } from '@schaltplan/domain';
import type { RowError } from './row-mapper';
import { createdSql, differsSql, diffSql, TIME_ORDERED_ID } from './sql-parts';
import type { Query } from './stage';
import { stageColumns, TARGET_PLANS, type PlanColumn } from './target-plans';

export interface ValidationScope {
  target: ImportTarget;
  tenantId: string;
  /** Fields with a mapped column or a value for all rows: only these are compared and written. */
  mapped: Set<string>;
}

interface ErrorRow {
  row_no: number;
  value: string | null;
  other: number | null;
}

const REF_SQL: Record<string, { table: string; match: string; code: ImportErrorCode }> = {
  location: { table: 'location', match: 'lower(x.name)', code: 'UNKNOWN_LOCATION' },
  person: { table: 'person', match: 'lower(x.account_name)', code: 'UNKNOWN_PERSON' },
  printer: { table: 'printer', match: 'lower(x.name)', code: 'UNKNOWN_PRINTER' },
};

/** Runs every set-based check; returns the errors found (rows are flagged `err` in the stage). */
export async function validateStage(query: Query, scope: ValidationScope): Promise<RowError[]> {
  const errors: RowError[] = [];
  const cols = stageColumns(scope.target).filter((c) => scope.mapped.has(c.field));
  const plan = TARGET_PLANS[scope.target];
  const found = async (
    sql: string,
    params: unknown[],
    col: PlanColumn | null,
    code: ImportErrorCode,
    withOther = false,
  ): Promise<void> => {
    const rows = await query<ErrorRow>(sql, params);
    for (const r of rows) {
      errors.push({
        row: r.row_no,
        column: col?.spec.label.de ?? null,
        field: col?.field ?? null,
        code,
        params: withOther ? { value: r.value ?? '', other: r.other ?? '' } : { value: r.value ?? '' },
      });
    }
  };
  // Row counts and distinct keys are what the plans below need: a small sample tells them (the
  // default samples 30,000 rows of every column, a quarter of validation's time for 100k rows).
  await query(`SELECT set_config('default_statistics_target', '10', true)`);
  await query(`ANALYZE import_rows`);

  // One statement builds the enriched stage from the parsed rows: references by name within the
  // tenant (so another tenant's Standort is simply unknown), the first row of each natural key,
  // and the stored object it matches — or a new id shared by all rows of that key.
  const all = stageColumns(scope.target);
  const refs = cols.filter((col) => col.ref);
  const selects: string[] = all
    .filter((c) => c.ref)
    .map((c) =>
      refs.some((r) => r.field === c.field) ? `x_${c.field}.id AS r_${c.field}` : `NULL::uuid AS r_${c.field}`,
    );
  selects.push(...all.filter((c) => c.spec.kind === 'personList').map((c) => `NULL::uuid[] AS r_${c.field}`));
  const joins: string[] = refs.map((c) => {
    const ref = REF_SQL[c.ref as string];
    return `LEFT JOIN ${ref.table} x_${c.field} ON x_${c.field}.tenant_id = $1
      AND ${ref.match.replace('x.', `x_${c.field}.`)} = lower(t.${c.stage})`;
  });
  const object = plan.object;
  let from = 'import_rows t';
  let keys = '';
  if (object) {
    const key = object.stagedKey.replace(/\bs\./g, 't.');
    // Per natural key (hashed: a window over the key would sort 100k texts by collation) its first
    // row and the stored object it matches; a new id is drawn only for keys that match none.
    // MATERIALIZED: computed once, so every row of a key gets the same new id whatever the plan.
    keys = `WITH g AS MATERIALIZED (
      SELECT g.k, g.first_row, coalesce(o.id, ${TIME_ORDERED_ID}) AS target_id, o.id IS NULL AS is_new
      FROM (SELECT ${object.stagedKey} AS k, min(s.row_no) AS first_row FROM import_rows s GROUP BY 1) g
      LEFT JOIN ${object.table} o ON o.tenant_id = $1 AND ${object.storedKey('o')} = g.k)`;
    from = `import_rows t JOIN g ON g.k = ${key}`;
    selects.push('g.first_row', 'g.target_id', 'g.is_new');
  } else selects.push('NULL::int AS first_row', 'NULL::uuid AS target_id', 'false AS is_new');
  await query(
    `CREATE TEMP TABLE import_stage ON COMMIT DROP AS ${keys}
     SELECT t.row_no, t.err, ${all.map((c) => `t.${c.stage}`).join(', ')}, ${selects.join(', ')},
       '{}'::jsonb AS changes, NULL::text AS link_state, '{}'::jsonb AS link_changes
     FROM ${from} ${joins.join(' ')}`,
    object || joins.length ? [scope.tenantId] : [],
  );
  await query(`ANALYZE import_stage`);
  for (const c of refs) {
    await found(
      `SELECT row_no, ${c.stage} AS value FROM import_stage WHERE ${c.stage} IS NOT NULL AND r_${c.field} IS NULL ORDER BY row_no`,
      [],
      c,
      REF_SQL[c.ref as string].code,
    );
  }
  const list = cols.find((c) => c.spec.kind === 'personList');
  if (list) {
    await query(
      `UPDATE import_stage s SET r_${list.field} = ARRAY(
         SELECT p.id FROM unnest(s.${list.stage}) n JOIN person p ON p.tenant_id = $1 AND lower(p.account_name) = lower(n)
         ORDER BY p.id)`,
      [scope.tenantId],
    );
    await found(
      `SELECT s.row_no, n AS value FROM import_stage s, unnest(s.${list.stage}) n
       WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.tenant_id = $1 AND lower(p.account_name) = lower(n))
       ORDER BY s.row_no`,
      [scope.tenantId],
      list,
      'UNKNOWN_PERSON',
    );
  }

  const person = cols.find((c) => c.field === 'person');
  if (plan.object) {
    const keyCol = plan.object.columns.find((c) => c.spec.key) as PlanColumn;
    const [k1, k2] = plan.object.columns.filter((c) => c.spec.key);
    const keyText = k2 ? `s.${k1.stage} || coalesce(' ' || s.${k2.stage}, '')` : `s.${k1.stage}`;
    // Same object twice: an error, unless the rows assign it to different persons.
    const samePerson = person ? `AND lower(coalesce(s.f_person, '')) = lower(coalesce(f.f_person, ''))` : '';
    await found(
      person
        ? `SELECT s.row_no, ${keyText} AS value, min(f.row_no) AS other FROM import_stage s JOIN import_stage f
             ON f.first_row = s.first_row AND f.row_no < s.row_no ${samePerson}
           WHERE s.${k1.stage} IS NOT NULL GROUP BY s.row_no, value ORDER BY s.row_no`
        : // Without persons every later row of a key is a duplicate of its first: no self-join needed.
          `SELECT s.row_no, ${keyText} AS value, s.first_row AS other FROM import_stage s
           WHERE s.${k1.stage} IS NOT NULL AND s.row_no <> s.first_row ORDER BY s.row_no`,
      [],
      keyCol,
      'DUPLICATE_IN_FILE',
      true,
    );
    if (person) {
      const attrs = plan.object.columns.filter((c) => scope.mapped.has(c.field) && !c.spec.key);
      if (attrs.length) {
        const differs = attrs.map((c) => `s.${c.stage} IS DISTINCT FROM f.${c.stage}`).join(' OR ');
        await found(
          `SELECT s.row_no, ${keyText} AS value, f.row_no AS other FROM import_stage s JOIN import_stage f
             ON f.row_no = s.first_row AND s.row_no <> s.first_row WHERE ${differs} ORDER BY s.row_no`,
          [],
          keyCol,
          'CONFLICTING_VALUES',
          true,
        );
      }
    }
    const objectCols = plan.object.columns.filter((c) => scope.mapped.has(c.field));
    const back: [string, string] = [
      'notInSourceSince',
      `CASE WHEN o.not_in_source_since IS NOT NULL
         THEN jsonb_build_object('old', to_jsonb(o.not_in_source_since), 'new', NULL) END`,
    ];
    // Only rows that differ are rewritten: re-importing an unchanged file touches none.
    const anyDiffers = [...objectCols.map((c) => differsSql(c, 'o')), 'o.not_in_source_since IS NOT NULL'].join(' OR ');
    await query(
      `UPDATE import_stage s SET changes = ${diffSql(objectCols, 'o', [back])}
       FROM ${plan.object.table} o
       WHERE o.id = s.target_id AND s.row_no = s.first_row AND NOT s.is_new AND (${anyDiffers})`,
    );
  }

  if (plan.printerLink) {
    await found(
      `SELECT s.row_no, s.f_person || ' → ' || s.f_printer AS value, min(f.row_no) AS other
       FROM import_stage s JOIN import_stage f ON f.r_person = s.r_person AND f.r_printer = s.r_printer AND f.row_no < s.row_no
       GROUP BY s.row_no, value ORDER BY s.row_no`,
      [],
      cols.find((c) => c.field === 'printer') ?? null,
      'DUPLICATE_IN_FILE',
      true,
    );
    if (scope.mapped.has('isDefault')) {
      await found(
        `SELECT s.row_no, s.f_person AS value, min(f.row_no) AS other
         FROM import_stage s JOIN import_stage f ON f.r_person = s.r_person AND f.f_is_default AND f.row_no < s.row_no
         WHERE s.f_is_default GROUP BY s.row_no, value ORDER BY s.row_no`,
        [],
        cols.find((c) => c.field === 'isDefault') ?? null,
        'SEVERAL_DEFAULTS',
        true,
      );
    }
  }

  if (plan.link && (plan.printerLink || person)) {
    const objectId = plan.printerLink ? 's.r_printer' : 's.target_id';
    const attrs = plan.link.attrs.filter((c) => scope.mapped.has(c.field));
    const createdJson = createdSql(attrs.map((c) => ({ auditField: c.auditField, expr: `s.${c.stage}` })));
    await query(
      `UPDATE import_stage u SET link_state = x.state, link_changes = x.changes FROM (
         SELECT s.row_no,
           CASE WHEN m.person_id IS NULL THEN 'new' WHEN ${diffSql(attrs, 'm')} <> '{}' THEN 'changed' ELSE 'same' END AS state,
           CASE WHEN m.person_id IS NULL THEN ${createdJson} ELSE ${diffSql(attrs, 'm')} END AS changes
         FROM import_stage s LEFT JOIN ${plan.link.table} m
           ON m.tenant_id = $1 AND m.person_id = s.r_person AND m.${plan.link.objectColumn} = ${objectId}
         WHERE s.r_person IS NOT NULL AND ${objectId} IS NOT NULL) x
       WHERE x.row_no = u.row_no`,
      [scope.tenantId],
    );
  }

  if (plan.workstationPersons && list) {
    // The persons column names exactly who works there: shown as account names.
    const names = (ids: string): string =>
      `to_jsonb(ARRAY(SELECT p.account_name FROM person p WHERE p.id = ANY(${ids}) ORDER BY lower(p.account_name)))`;
    await query(
      `UPDATE import_stage s SET link_changes = jsonb_build_object('persons', jsonb_build_object(
         'old', ${names('x.current')}, 'new', ${names('s.r_persons')}))
       FROM (SELECT t.row_no, ARRAY(SELECT m.person_id FROM workstation_person m
               WHERE m.tenant_id = $1 AND m.workstation_id = t.target_id ORDER BY m.person_id) AS current
             FROM import_stage t WHERE t.row_no = t.first_row) x
       WHERE x.row_no = s.row_no AND x.current IS DISTINCT FROM s.r_persons`,
      [scope.tenantId],
    );
  }

  if (errors.length) {
    await query(`UPDATE import_stage SET err = true WHERE row_no = ANY($1::int[])`, [
      [...new Set(errors.map((e) => e.row))],
    ]);
  }
  return errors;
}
