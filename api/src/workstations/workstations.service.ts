import { Injectable } from '@nestjs/common';
import { CrudService } from '../common/crud.service';
import { preload } from '../common/preloaded';
import type { Location } from '../locations/location.entity';
import { LocationsService } from '../locations/locations.service';
import { Workstation } from './workstation.entity';

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

  protected override async listed(
    items: Workstation[],
    _rows: Record<string, unknown>[],
    relations: ReadonlySet<string>,
  ): Promise<void> {
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
