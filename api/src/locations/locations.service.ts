import { Injectable } from '@nestjs/common';
import { CrudService } from '../common/crud.service';
import { Location } from './location.entity';

@Injectable()
export class LocationsService extends CrudService<Location> {
  constructor() {
    super({
      type: 'Standort',
      entity: Location,
      table: 'location',
      search: ['name', 'city', 'street'],
      sort: {
        NAME: 'lower(t.name)',
        KIND: 't.kind',
        CITY: 'lower(t.city)',
      },
      defaultSort: 'NAME',
      scopeProperty: 'tenantId',
    });
  }
}
