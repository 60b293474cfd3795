import { Injectable } from '@nestjs/common';
import { assignMapping, unassignMapping, type MappingSpec } from '../common/relations';
import { RequestContext } from '../database/request-context';

const SPEC: MappingSpec = { table: 'person_printer', left: 'person', right: 'printer', type: 'printer mapping' };

@Injectable()
export class PersonPrintersService {
  async assign(personId: string, printerId: string, isDefault: boolean): Promise<void> {
    // At most one default per person (also a unique index): the old default steps back first.
    let replaced: { printer_id: string }[] = [];
    if (isDefault) {
      replaced = await RequestContext.current().query<{ printer_id: string }>(
        // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
        `WITH u AS (UPDATE person_printer SET is_default = false, version = version + 1
           WHERE person_id = $1 AND printer_id <> $2 AND is_default RETURNING printer_id)
         SELECT printer_id FROM u`,
        [personId, printerId],
      );
    }
    // The audit entry of this assignment also names the printer that lost the default flag.
    const context = replaced.length ? { previousDefaultPrinterId: replaced[0].printer_id } : undefined;
    await assignMapping(SPEC, personId, printerId, { is_default: isDefault }, context);
  }

  unassign(personId: string, printerId: string): Promise<void> {
    return unassignMapping(SPEC, personId, printerId);
  }
}
