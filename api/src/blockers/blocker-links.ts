import type { BlockerObjectType } from '@schaltplan/domain';
import { LABEL_SQL } from '../audit/audit-writer';
import { invalidInput } from '../common/errors';
import { RequestContext } from '../database/request-context';

/** Table of each linkable object, and the column that says where it stands (null: nowhere). */
const LINKS: Record<BlockerObjectType, { table: string; location: string | null }> = {
  LOCATION: { table: 'location', location: 'id' },
  PERSON: { table: 'person', location: 'location_id' },
  WORKSTATION: { table: 'workstation', location: 'location_id' },
  PRINTER: { table: 'printer', location: 'location_id' },
  FILE_SHARE: { table: 'file_share', location: 'location_id' },
  SOFTWARE: { table: 'software', location: null },
  FACHVERFAHREN: { table: 'fachverfahren', location: null },
};

export interface BlockerLink {
  locationId: string | null;
  objectType: BlockerObjectType | null;
  objectId: string | null;
}

/**
 * Checks that the linked object exists in the tenant and derives the location from it when it
 * stands at one; a different location given alongside is refused rather than silently replaced.
 */
export async function resolveLink(tenantId: string, link: BlockerLink): Promise<BlockerLink> {
  const { objectType, objectId, locationId } = link;
  if (!objectType && !objectId) return { locationId, objectType: null, objectId: null };
  if (!objectType) throw invalidInput([{ field: 'objectType', message: 'is needed together with objectId' }]);
  if (!objectId) throw invalidInput([{ field: 'objectId', message: 'is needed together with objectType' }]);
  const spec = LINKS[objectType];
  const rows = await RequestContext.current().query<{ location_id: string | null }>(
    `SELECT ${spec.location ?? 'NULL::uuid'} AS location_id FROM ${spec.table} WHERE id = $1 AND tenant_id = $2`,
    [objectId, tenantId],
  );
  if (rows.length === 0) {
    throw invalidInput([{ field: 'objectId', message: 'refers to an object that does not exist in this Verwaltung' }]);
  }
  const derived = rows[0].location_id;
  if (!derived) return { locationId, objectType, objectId };
  if (locationId && locationId !== derived) {
    throw invalidInput([{ field: 'locationId', message: 'must be the Standort of the linked object (or empty)' }]);
  }
  return { locationId: derived, objectType, objectId };
}

/** Names of linked objects for many blockers in one statement: key `TYPE:id` → label. */
export async function linkLabels(keys: readonly string[]): Promise<(string | null)[]> {
  const byType = new Map<BlockerObjectType, string[]>();
  for (const key of keys) {
    const [type, id] = key.split(':') as [BlockerObjectType, string];
    byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  const params: string[][] = [];
  const parts = [...byType].map(([type, ids]) => {
    params.push(ids);
    const table = LINKS[type].table;
    return `SELECT '${type}:' || id AS key, ${LABEL_SQL[table]} AS label FROM ${table} WHERE id = ANY($${params.length}::uuid[])`;
  });
  if (parts.length === 0) return [];
  const rows = await RequestContext.current().query<{ key: string; label: string }>(parts.join(' UNION ALL '), params);
  const labels = new Map(rows.map((r) => [r.key, r.label]));
  return keys.map((k) => labels.get(k) ?? null);
}
