import { Injectable } from '@nestjs/common';
import { loadThrough } from '../common/relations';
import { RequestContext } from '../database/request-context';
import { Fachverfahren } from './fachverfahren.entity';

@Injectable()
export class FachverfahrenLoader {
  ofPerson(personId: string): Promise<Fachverfahren[]> {
    return RequestContext.current()
      .loader<Fachverfahren[]>('fachverfahren:byPerson', (keys) =>
        loadThrough(
          Fachverfahren,
          {
            joins: [
              {
                table: 'person_fachverfahren',
                alias: 'm',
                on: 'm.fachverfahren_id = t.id AND m.tenant_id = t.tenantId',
              },
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
