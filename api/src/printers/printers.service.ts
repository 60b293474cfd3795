import { Injectable } from '@nestjs/common';
import { CrudService } from '../common/crud.service';
import { Printer } from './printer.entity';

@Injectable()
export class PrintersService extends CrudService<Printer> {
  constructor() {
    super({
      type: 'Printer',
      entity: Printer,
      table: 'printer',
      search: ['name', 'model', 'address', 'room', 'targetQueue'],
      sort: {
        NAME: 'lower(t.name)',
        MODEL: 'lower(t.model)',
        ROOM: 'lower(t.room)',
        TARGET_QUEUE: 'lower(t.targetQueue)',
      },
      defaultSort: 'NAME',
      scopeProperty: 'tenantId',
      locationProperty: 'locationId',
    });
  }
}
