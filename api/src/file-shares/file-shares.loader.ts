import { Injectable } from '@nestjs/common';
import { RequestContext } from '../database/request-context';
import type { PersonFileShare } from './person-file-share.entity';

interface Row {
  person_id: string;
  file_share_id: string;
  access: PersonFileShare['access'];
  drive_letter: string | null;
}

@Injectable()
export class FileSharesLoader {
  /** A person's share accesses, by drive letter. */
  ofPerson(personId: string): Promise<PersonFileShare[]> {
    const ctx = RequestContext.current();
    return ctx
      .loader<PersonFileShare[]>('personFileShares:byPerson', async (keys) => {
        const rows = await ctx.query<Row>(
          `SELECT m.person_id, m.file_share_id, m.access, coalesce(m.drive_letter, s.drive_letter) AS drive_letter
           FROM person p JOIN person_file_share m ON m.tenant_id = p.tenant_id AND m.person_id = p.id
           JOIN file_share s ON s.tenant_id = m.tenant_id AND s.id = m.file_share_id
           WHERE p.id = ANY($1) ORDER BY 4 NULLS LAST, lower(s.unc_path), s.id`,
          [[...keys]],
        );
        const byPerson = new Map<string, PersonFileShare[]>();
        for (const r of rows) {
          const list = byPerson.get(r.person_id) ?? [];
          list.push({
            personId: r.person_id,
            fileShareId: r.file_share_id,
            access: r.access,
            driveLetter: r.drive_letter,
          });
          byPerson.set(r.person_id, list);
        }
        return keys.map((k) => byPerson.get(k) ?? []);
      })
      .load(personId);
  }
}
