import { Injectable } from '@nestjs/common';
import { CrudService } from '../common/crud.service';
import { Tenant } from './tenant.entity';

@Injectable()
export class TenantsService extends CrudService<Tenant> {
  constructor() {
    super({
      type: 'Verwaltung',
      entity: Tenant,
      table: 'tenant',
      search: ['name', 'ags'],
      sort: {
        NAME: 'lower(t.name)',
        AGS: 't.ags',
        INHABITANTS: 't.inhabitants',
        KIND: 't.kind',
      },
      defaultSort: 'NAME',
      scopeProperty: 'id',
    });
  }
}
