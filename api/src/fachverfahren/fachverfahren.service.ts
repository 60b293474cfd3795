import { Injectable } from '@nestjs/common';
import { CrudService } from '../common/crud.service';
import { Fachverfahren } from './fachverfahren.entity';

@Injectable()
export class FachverfahrenService extends CrudService<Fachverfahren> {
  constructor() {
    super({
      type: 'Fachverfahren',
      entity: Fachverfahren,
      table: 'fachverfahren',
      search: ['name', 'vendor', 'responsibleDepartment'],
      sort: {
        NAME: 'lower(t.name)',
        AREA: 't.area',
        VENDOR: 'lower(t.vendor)',
        CRITICALITY: 't.criticality',
      },
      defaultSort: 'NAME',
      scopeProperty: 'tenantId',
    });
  }
}
