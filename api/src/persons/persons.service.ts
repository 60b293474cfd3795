import { Injectable } from '@nestjs/common';
import { CrudService } from '../common/crud.service';
import { Person } from './person.entity';

@Injectable()
export class PersonsService extends CrudService<Person> {
  constructor() {
    super({
      type: 'Person',
      entity: Person,
      table: 'person',
      search: ['displayName', 'accountName', 'department', 'email'],
      sort: {
        DISPLAY_NAME: 'lower(t.displayName)',
        ACCOUNT_NAME: 'lower(t.accountName)',
        DEPARTMENT: 'lower(t.department)',
        SURNAME: 'lower(t.surname)',
      },
      defaultSort: 'DISPLAY_NAME',
      scopeProperty: 'tenantId',
      locationProperty: 'locationId',
      exact: { department: 'department' },
    });
  }
}
