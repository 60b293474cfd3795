import { Injectable } from '@nestjs/common';
import { loadThrough } from '../common/relations';
import { RequestContext } from '../database/request-context';
import { Workstation } from './workstation.entity';

@Injectable()
export class WorkstationsLoader {
  /** Workstations a person works at (shared workstations appear for each of their persons). */
  ofPerson(personId: string): Promise<Workstation[]> {
    return RequestContext.current()
      .loader<Workstation[]>('workstations:byPerson', (keys) =>
        loadThrough(
          Workstation,
          {
            joins: [
              { table: 'workstation_person', alias: 'm', on: 'm.workstation_id = t.id AND m.tenant_id = t.tenantId' },
              { table: 'person', alias: 's', on: 's.id = m.person_id AND s.tenant_id = m.tenant_id' },
            ],
            source: 's.id',
            orderBy: 'lower(t.name)',
          },
          keys,
        ),
      )
      .load(personId);
  }
}
