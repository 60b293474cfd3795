import { Injectable } from '@nestjs/common';
import { CrudService } from '../common/crud.service';
import { Software } from './software.entity';

@Injectable()
export class SoftwareService extends CrudService<Software> {
  constructor() {
    super({
      type: 'Software',
      entity: Software,
      table: 'software',
      search: ['product', 'vendor', 'versionLabel'],
      sort: {
        PRODUCT: 'lower(t.product)',
        VENDOR: 'lower(t.vendor)',
        DELIVERY: 't.delivery',
      },
      defaultSort: 'PRODUCT',
      scopeProperty: 'tenantId',
    });
  }
}
