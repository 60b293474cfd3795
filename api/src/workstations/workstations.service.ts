import { Injectable } from '@nestjs/common';
import type { EntityManager, EntityMetadata, SelectQueryBuilder } from 'typeorm';
import { CrudService } from '../common/crud.service';
import { jsonObjectSql, rowFromJson } from '../common/entity-rows';
import { preload } from '../common/preloaded';
import { Location } from '../locations/location.entity';
import { LocationsService } from '../locations/locations.service';
import { Person } from '../persons/person.entity';
import { Printer } from '../printers/printer.entity';
import { PAGE_RELATION_SQL, PAGE_RELATIONS, type PageRelation } from './page-relations.sql';
import { Workstation } from './workstation.entity';

type Json = Record<string, unknown>;

const RELATED = { persons: Person, printers: Printer } as const;

// The list statement's output columns of the relations preloaded as JSON.
const column = (relation: PageRelation): string => `${relation}_json`;
const LOCATION = 'location_json';

@Injectable()
export class WorkstationsService extends CrudService<Workstation> {
  constructor(private readonly locations: LocationsService) {
    super({
      type: 'Workstation',
      entity: Workstation,
      table: 'workstation',
      search: ['name', 'room', 'currentHostname', 'targetDeviceSerial'],
      sort: {
        NAME: 'lower(t.name)',
        ROOM: 'lower(t.room)',
        CURRENT_HOSTNAME: 'lower(t.currentHostname)',
      },
      defaultSort: 'NAME',
      scopeProperty: 'tenantId',
      locationProperty: 'locationId',
      // location reads locationId, persons/printers/checklist the id (and the tenant, in SQL).
      idOnlyFields: ['location', 'persons', 'printers', 'checklist'],
    });
  }

  /**
   * Location, persons and printers as JSON columns of the page's own statement, with just the
   * columns the query reads of them: no further statement, no entity building, and field
   * resolvers that return values instead of a DataLoader promise per workstation and field.
   */
  protected override listRelations(
    qb: SelectQueryBuilder<Workstation>,
    relations: ReadonlySet<string>,
    fields: ((relation: string) => ReadonlySet<string>) | undefined,
    manager: EntityManager,
  ): void {
    const metadata = (type: typeof Location | typeof Person | typeof Printer): EntityMetadata =>
      manager.connection.getMetadata(type);
    const location = relations.has('location') && jsonObjectSql(metadata(Location), 'l', fields?.('location'));
    if (location) {
      // A join, not a lookup per row: the page's few locations are read once (under RLS).
      qb.leftJoin('location', 'l', 'l.id = t.location_id AND l.tenant_id = t.tenant_id');
      qb.addSelect(`CASE WHEN l.id IS NULL THEN NULL ELSE ${location} END`, LOCATION);
    }
    const row = { id: 't.id', tenantId: 't.tenant_id' };
    for (const relation of PAGE_RELATIONS.filter((r) => relations.has(r))) {
      const json = jsonObjectSql(metadata(RELATED[relation]), 'p', fields?.(relation));
      if (json) qb.addSelect(PAGE_RELATION_SQL[relation](json, row), column(relation));
    }
  }

  protected override async listed(items: Workstation[], rows: Json[], relations: ReadonlySet<string>): Promise<void> {
    const manager = await this.ctx.manager();
    for (const relation of PAGE_RELATIONS) {
      const name = column(relation);
      if (!(name in (rows[0] ?? {}))) continue;
      const metadata = manager.connection.getMetadata(RELATED[relation]);
      items.forEach((w, i) => {
        const list = (rows[i][name] ?? []) as Json[];
        preload(
          w,
          relation,
          list.map((json) => rowFromJson<Person | Printer>(metadata, json)),
        );
      });
    }
    if (!relations.has('location')) return;
    if (!(LOCATION in (rows[0] ?? {}))) return this.preloadLocations(items);
    // One object per location, as the DataLoader would give it; none when RLS hides it (the
    // field resolver then asks the DataLoader, which answers as for a single workstation).
    const metadata = manager.connection.getMetadata(Location);
    const byId = new Map<string, Location>();
    items.forEach((w, i) => {
      const json = rows[i][LOCATION] as Json | null;
      if (!json) return;
      let location = byId.get(w.locationId);
      if (!location) byId.set(w.locationId, (location = rowFromJson<Location>(metadata, json)));
      preload(w, 'location', location);
    });
  }

  /** The page's few locations through their DataLoader (one batched statement). */
  private async preloadLocations(items: Workstation[]): Promise<void> {
    const ids = [...new Set(items.map((w) => w.locationId))];
    const found = await Promise.all(ids.map((id) => this.locations.find(id)));
    const byId = new Map<string, Location | null>(ids.map((id, i) => [id, found[i]]));
    for (const w of items) {
      const location = byId.get(w.locationId);
      if (location) preload(w, 'location', location);
    }
  }
}
