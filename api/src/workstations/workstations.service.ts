import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CrudService } from '../common/crud.service';
import { entityFromJson, jsonObjectSql } from '../common/entity-rows';
import { preload } from '../common/preloaded';
import type { Location } from '../locations/location.entity';
import { LocationsService } from '../locations/locations.service';
import { Person } from '../persons/person.entity';
import { Printer } from '../printers/printer.entity';
import { Workstation } from './workstation.entity';

type JsonRow = Record<string, unknown>;

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
    });
  }

  /**
   * Persons and printers of every listed workstation in the page's own statement (correlated
   * subqueries, as the loaders would order and de-duplicate them, under the same RLS), instead of
   * two more batched statements; `listed` preloads them on the items.
   */
  protected override listRelations(relations: ReadonlySet<string>, manager: EntityManager): Record<string, string> {
    const sql: Record<string, string> = {};
    if (relations.has('persons')) {
      const person = jsonObjectSql(manager.connection.getMetadata(Person), 'pe');
      sql.persons_json = `(SELECT coalesce(json_agg(${person} ORDER BY lower(pe.display_name), pe.id), '[]')
        FROM workstation_person wp JOIN person pe ON pe.tenant_id = wp.tenant_id AND pe.id = wp.person_id
        WHERE wp.tenant_id = t.tenantId AND wp.workstation_id = t.id)`;
    }
    if (relations.has('printers')) {
      const printer = jsonObjectSql(manager.connection.getMetadata(Printer), 'pr');
      sql.printers_json = `(SELECT coalesce(json_agg(${printer} ORDER BY lower(pr.name), pr.id), '[]')
        FROM printer pr WHERE pr.tenant_id = t.tenantId AND pr.id IN (
          SELECT pp.printer_id FROM workstation_person wp
          JOIN person_printer pp ON pp.tenant_id = wp.tenant_id AND pp.person_id = wp.person_id
          WHERE wp.tenant_id = t.tenantId AND wp.workstation_id = t.id))`;
    }
    return sql;
  }

  protected override async listed(
    items: Workstation[],
    rows: JsonRow[],
    relations: ReadonlySet<string>,
    manager: EntityManager,
  ): Promise<void> {
    const person = manager.connection.getMetadata(Person);
    const printer = manager.connection.getMetadata(Printer);
    items.forEach((w, i) => {
      const { persons_json: persons, printers_json: printers } = rows[i];
      if (Array.isArray(persons)) {
        preload(
          w,
          'persons',
          persons.map((p: JsonRow) => entityFromJson<Person>(person, p)),
        );
      }
      if (Array.isArray(printers)) {
        preload(
          w,
          'printers',
          printers.map((p: JsonRow) => entityFromJson<Printer>(printer, p)),
        );
      }
    });
    if (relations.has('location')) {
      // The page's few locations through their DataLoader: one batched statement.
      const ids = [...new Set(items.map((w) => w.locationId))];
      const found = await Promise.all(ids.map((id) => this.locations.find(id)));
      const byId = new Map<string, Location | null>(ids.map((id, i) => [id, found[i]]));
      for (const w of items) {
        const location = byId.get(w.locationId);
        if (location) preload(w, 'location', location);
      }
    }
  }
}
