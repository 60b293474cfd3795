import { Injectable } from '@nestjs/common';
import { CrudService } from '../common/crud.service';
import { Workstation } from './workstation.entity';

@Injectable()
export class WorkstationsService extends CrudService<Workstation> {
  constructor() {
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
}
