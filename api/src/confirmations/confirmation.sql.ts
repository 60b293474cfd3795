/** The state a person's confirmation shows, over person p LEFT JOIN confirmation c. */
export const STATE_SQL = `CASE WHEN c.status IS NULL THEN 'OPEN' WHEN c.status = 'REJECTED' THEN 'REJECTED'
  WHEN c.changed_at IS NOT NULL THEN 'CHANGED' ELSE 'CONFIRMED' END`;

export const PERSON_WITH_CONFIRMATION = `person p
  LEFT JOIN confirmation c ON c.tenant_id = p.tenant_id AND c.person_id = p.id`;

export interface FilterValues {
  tenantId: string;
  locationId?: string | null;
  department?: string | null;
  state?: string | null;
  search?: string | null;
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * WHERE clause of the list filters over p/c, with its parameters numbered from `first`. The
 * list and "confirm all shown" use this same clause, so they match the same persons.
 */
export function filterSql(f: FilterValues, first = 1): { where: string; params: unknown[] } {
  const search = f.search?.trim();
  const n = (i: number): string => `$${first + i}`;
  return {
    where: `p.tenant_id = ${n(0)}::uuid
      AND (${n(1)}::uuid IS NULL OR p.location_id = ${n(1)}::uuid)
      AND (${n(2)}::text IS NULL OR lower(p.department) = lower(${n(2)}::text))
      AND (${n(3)}::text IS NULL OR ${STATE_SQL} = ${n(3)}::text)
      AND (${n(4)}::text IS NULL OR p.display_name ILIKE ${n(4)}::text OR p.account_name ILIKE ${n(4)}::text
        OR p.department ILIKE ${n(4)}::text)`,
    params: [
      f.tenantId,
      f.locationId ?? null,
      f.department?.trim() || null,
      f.state ?? null,
      search ? `%${escapeLike(search)}%` : null,
    ],
  };
}
