import { Injectable } from '@nestjs/common';
import { loadThrough } from '../common/relations';
import { RequestContext } from '../database/request-context';
import { PersonPrinter } from './person-printer.entity';
import { Printer } from './printer.entity';

interface PersonPrinterRow {
  person_id: string;
  printer_id: string;
  is_default: boolean;
}

@Injectable()
export class PrintersLoader {
  /** A person's printers, default first. */
  ofPerson(personId: string): Promise<PersonPrinter[]> {
    const ctx = RequestContext.current();
    return ctx
      .loader<PersonPrinter[]>('personPrinters:byPerson', async (keys) => {
        const rows = await ctx.query<PersonPrinterRow>(
          `SELECT m.person_id, m.printer_id, m.is_default FROM person s
           JOIN person_printer m ON m.tenant_id = s.tenant_id AND m.person_id = s.id
           JOIN printer p ON p.tenant_id = m.tenant_id AND p.id = m.printer_id
           WHERE s.id = ANY($1) ORDER BY m.is_default DESC, lower(p.name), p.id`,
          [[...keys]],
        );
        const byPerson = new Map<string, PersonPrinter[]>();
        for (const r of rows) {
          const list = byPerson.get(r.person_id) ?? [];
          list.push({ personId: r.person_id, printerId: r.printer_id, isDefault: r.is_default });
          byPerson.set(r.person_id, list);
        }
        return keys.map((k) => byPerson.get(k) ?? []);
      })
      .load(personId);
  }

  /** Printers used by the persons at a workstation. */
  ofWorkstation(workstationId: string): Promise<Printer[]> {
    return RequestContext.current()
      .loader<Printer[]>('printers:byWorkstation', (keys) =>
        loadThrough(
          Printer,
          {
            joins: [
              { table: 'person_printer', alias: 'pp', on: 'pp.printer_id = t.id AND pp.tenant_id = t.tenantId' },
              {
                table: 'workstation_person',
                alias: 'wp',
                on: 'wp.person_id = pp.person_id AND wp.tenant_id = pp.tenant_id',
              },
              { table: 'workstation', alias: 's', on: 's.id = wp.workstation_id AND s.tenant_id = wp.tenant_id' },
            ],
            source: 's.id',
            orderBy: 'lower(t.name)',
          },
          keys,
        ),
      )
      .load(workstationId);
  }
}
