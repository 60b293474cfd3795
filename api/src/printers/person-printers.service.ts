import { Injectable } from '@nestjs/common';
import { assignMapping, unassignMapping, type MappingSpec } from '../common/relations';
import { RequestContext } from '../database/request-context';

const SPEC: MappingSpec = { table: 'person_printer', left: 'person', right: 'printer', type: 'printer mapping' };

@Injectable()
export class PersonPrintersService {
  async assign(personId: string, printerId: string, isDefault: boolean): Promise<void> {
    // At most one default per person (also a unique index): the old default steps back first.
    if (isDefault) {
      await RequestContext.current().query(
        `UPDATE person_printer SET is_default = false, version = version + 1
         WHERE person_id = $1 AND printer_id <> $2 AND is_default`,
        [personId, printerId],
      );
    }
    await assignMapping(SPEC, personId, printerId, { is_default: isDefault });
  }

  unassign(personId: string, printerId: string): Promise<void> {
    return unassignMapping(SPEC, personId, printerId);
  }
}
