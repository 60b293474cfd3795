import { Injectable } from '@nestjs/common';
import { loadThrough } from '../common/relations';
import { RequestContext } from '../database/request-context';
import { Software } from './software.entity';

@Injectable()
export class SoftwareLoader {
  ofPerson(personId: string): Promise<Software[]> {
    return RequestContext.current()
      .loader<Software[]>('software:byPerson', (keys) =>
        loadThrough(
          Software,
          {
            joins: [
              { table: 'person_software', alias: 'm', on: 'm.software_id = t.id AND m.tenant_id = t.tenantId' },
              { table: 'person', alias: 's', on: 's.id = m.person_id AND s.tenant_id = m.tenant_id' },
            ],
            source: 's.id',
            orderBy: 'lower(t.product)',
          },
          keys,
        ),
      )
      .load(personId);
  }
}
