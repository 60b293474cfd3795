import { Injectable } from '@nestjs/common';
import { loadThrough } from '../common/relations';
import { RequestContext } from '../database/request-context';
import { Person } from './person.entity';

/** Mapping tables that lead from an object to the persons assigned to it. */
const VIA = {
  workstation: { table: 'workstation_person', column: 'workstation_id', source: 'workstation' },
  printer: { table: 'person_printer', column: 'printer_id', source: 'printer' },
  software: { table: 'person_software', column: 'software_id', source: 'software' },
  fileShare: { table: 'person_file_share', column: 'file_share_id', source: 'file_share' },
  fachverfahren: { table: 'person_fachverfahren', column: 'fachverfahren_id', source: 'fachverfahren' },
} as const;

export type PersonSource = keyof typeof VIA;

@Injectable()
export class PersonsLoader {
  /** Persons assigned to an object, batched per request and source kind. */
  assignedTo(source: PersonSource, id: string): Promise<Person[]> {
    const via = VIA[source];
    return RequestContext.current()
      .loader<Person[]>(`persons:by:${source}`, (keys) =>
        loadThrough(
          Person,
          {
            joins: [
              { table: via.table, alias: 'm', on: 'm.person_id = t.id AND m.tenant_id = t.tenantId' },
              { table: via.source, alias: 's', on: `s.id = m.${via.column} AND s.tenant_id = m.tenant_id` },
            ],
            source: 's.id',
            orderBy: 'lower(t.displayName)',
          },
          keys,
        ),
      )
      .load(id);
  }
}
