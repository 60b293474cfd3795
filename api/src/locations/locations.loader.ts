import { Injectable } from '@nestjs/common';
import { loadThrough } from '../common/relations';
import { RequestContext } from '../database/request-context';
import { InventoryCounts, Location } from './location.entity';

type CountRow = { [K in keyof InventoryCounts]: string } & { key: string };

const COUNT_COLUMNS: (keyof InventoryCounts)[] = [
  'locations',
  'persons',
  'workstations',
  'printers',
  'software',
  'fileShares',
  'fachverfahren',
];

const toCounts = (row: CountRow | undefined): InventoryCounts =>
  Object.fromEntries(COUNT_COLUMNS.map((c) => [c, Number(row?.[c] ?? 0)])) as unknown as InventoryCounts;

/** One grouped statement per table family, whatever the number of locations or tenants asked for. */
@Injectable()
export class LocationsLoader {
  ofTenant(tenantId: string): Promise<Location[]> {
    return (
      RequestContext.current()
        // Parenthesised: a bare `t.tenantId` selection would take over the entity's own tenantId column.
        .loader<Location[]>('locations:byTenant', (keys) =>
          loadThrough(Location, { joins: [], source: '(t.tenantId)', orderBy: 'lower(t.name)' }, keys),
        )
        .load(tenantId)
    );
  }

  countsOfTenant(tenantId: string): Promise<InventoryCounts> {
    return this.counts('tenant', tenantId);
  }

  countsOfLocation(locationId: string): Promise<InventoryCounts> {
    return this.counts('location', locationId);
  }

  private counts(scope: 'tenant' | 'location', id: string): Promise<InventoryCounts> {
    const ctx = RequestContext.current();
    const by = scope === 'tenant' ? 'tenant_id' : 'location_id';
    const tenantOnly = (table: string) =>
      scope === 'tenant' ? `(SELECT count(*) FROM ${table} x WHERE x.tenant_id = k.key)` : '0';
    return ctx
      .loader<InventoryCounts>(`counts:${scope}`, async (keys) => {
        const rows = await ctx.query<CountRow>(
          `SELECT k.key,
             ${scope === 'tenant' ? '(SELECT count(*) FROM location x WHERE x.tenant_id = k.key)' : '1'} AS locations,
             (SELECT count(*) FROM person x WHERE x.${by} = k.key) AS persons,
             (SELECT count(*) FROM workstation x WHERE x.${by} = k.key) AS workstations,
             (SELECT count(*) FROM printer x WHERE x.${by} = k.key) AS printers,
             ${tenantOnly('software')} AS software,
             (SELECT count(*) FROM file_share x WHERE x.${by} = k.key) AS "fileShares",
             ${tenantOnly('fachverfahren')} AS fachverfahren
           FROM unnest($1::uuid[]) AS k(key)`,
          [[...keys]],
        );
        const byKey = new Map(rows.map((r) => [r.key, r]));
        return keys.map((k) => toCounts(byKey.get(k)));
      })
      .load(id);
  }
}
