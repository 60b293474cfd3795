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
            ],
            source: 'm.person_id',
            orderBy: 'lower(t.name)',
          },
          keys,
        ),
      )
      .load(personId);
  }
}
