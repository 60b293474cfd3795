// Persons and printers of each listed workstation, as expressions in the page's own
// statement (one statement for the page and its relations): JSON, ordered and de-duplicated as the
// DataLoaders (persons.loader.ts, printers.loader.ts) return them, under the same RLS policies.
//
// The plan must not depend on statistics (a freshly loaded tenant has none): every step is a
// LATERAL subquery with OFFSET 0, which PostgreSQL may neither flatten nor hash-join, so each one
// is a lookup on a primary-key prefix per row; only the page's rows are looked up (the outer
// LIMIT runs first: expensive output columns are computed after the sort). Locations are not
// here but joined (workstations.service.ts): a page has few of them, and a lookup per row cost
// ~15 ms of backend CPU for 1000 rows.

/** The outer workstation row: SQL for its id and tenant columns. */
export interface PageRow {
  id: string;
  tenantId: string;
}

/** `json`: the JSON object expression of the related row under the alias `p`. */
export const PAGE_RELATION_SQL = {
  persons: (json: string, w: PageRow): string => `(
    SELECT json_agg(pe.j ORDER BY pe.sort_key, pe.id)
    FROM workstation_person wp
    CROSS JOIN LATERAL (
      SELECT ${json} AS j, lower(p.display_name) AS sort_key, p.id
      FROM person p WHERE p.tenant_id = wp.tenant_id AND p.id = wp.person_id OFFSET 0
    ) pe
    WHERE wp.tenant_id = ${w.tenantId} AND wp.workstation_id = ${w.id})`,
  printers: (json: string, w: PageRow): string => `(
    SELECT json_agg(pr.j ORDER BY pr.sort_key, pr.id)
    FROM (
      SELECT DISTINCT pp.printer_id
      FROM workstation_person wp
      CROSS JOIN LATERAL (
        SELECT m.printer_id FROM person_printer m
        WHERE m.tenant_id = wp.tenant_id AND m.person_id = wp.person_id OFFSET 0
      ) pp
      WHERE wp.tenant_id = ${w.tenantId} AND wp.workstation_id = ${w.id}
    ) used
    CROSS JOIN LATERAL (
      SELECT ${json} AS j, lower(p.name) AS sort_key, p.id
      FROM printer p WHERE p.tenant_id = ${w.tenantId} AND p.id = used.printer_id OFFSET 0
    ) pr)`,
};

export type PageRelation = keyof typeof PAGE_RELATION_SQL;

export const PAGE_RELATIONS = Object.keys(PAGE_RELATION_SQL) as PageRelation[];
