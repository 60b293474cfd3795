import { Injectable } from '@nestjs/common';
import type { ImportTarget } from '@schaltplan/domain';
import { mapDbError } from '../common/db-errors';
import { notFound } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { writeAudit } from '../audit/audit-writer';
import type { SaveImportPresetInput } from './dto/import.inputs';
import type { ImportPreset } from './import.models';

interface PresetRow {
  id: string;
  tenant_id: string;
  target: ImportTarget;
  name: string;
  mapping: { header: string; field: string }[];
  version: number;
}

const toPreset = (r: PresetRow): ImportPreset => ({
  id: r.id,
  tenantId: r.tenant_id,
  target: r.target,
  name: r.name,
  version: r.version,
  columns: r.mapping,
});

/** Column mappings a tenant saved per target, applied by header name to the next file. */
@Injectable()
export class ImportPresetsService {
  private get ctx(): RequestContext {
    return RequestContext.current();
  }

  async list(tenantId: string, target?: ImportTarget): Promise<ImportPreset[]> {
    const rows = await this.ctx.query<PresetRow>(
      `SELECT * FROM import_preset WHERE tenant_id = $1 AND ($2::text IS NULL OR target = $2) ORDER BY lower(name)`,
      [tenantId, target ?? null],
    );
    return rows.map(toPreset);
  }

  async save(input: SaveImportPresetInput): Promise<ImportPreset> {
    const mapping = input.columns.map((c) => ({ header: c.header, field: c.field }));
    let rows: PresetRow[];
    try {
      rows = await this.ctx.query<PresetRow>(
        `INSERT INTO import_preset (tenant_id, target, name, mapping) VALUES ($1, $2, $3, $4)
         ON CONFLICT (tenant_id, target, lower(name)) DO UPDATE SET mapping = EXCLUDED.mapping, version = import_preset.version + 1
         RETURNING *`,
        [input.tenantId, input.target, input.name.trim(), JSON.stringify(mapping)],
      );
    } catch (error) {
      throw mapDbError(error, 'Import preset');
    }
    const preset = toPreset(rows[0]);
    await writeAudit({
      tenantId: preset.tenantId,
      objectType: 'IMPORT_PRESET',
      objectId: preset.id,
      objectLabel: preset.name,
      action: preset.version === 1 ? 'CREATE' : 'UPDATE',
      changes: { mapping: { old: null, new: mapping } },
    });
    return preset;
  }

  async remove(id: string): Promise<string> {
    const rows = await this.ctx.query<PresetRow>( // As a SELECT: TypeORM returns a top-level DELETE … RETURNING as [rows, count].
      `WITH d AS (DELETE FROM import_preset WHERE id = $1 RETURNING *) SELECT * FROM d`,
      [id],
    );
    if (!rows.length) throw notFound('Import preset', id);
    await writeAudit({
      tenantId: rows[0].tenant_id,
      objectType: 'IMPORT_PRESET',
      objectId: id,
      objectLabel: rows[0].name,
      action: 'DELETE',
      changes: { mapping: { old: rows[0].mapping, new: null } },
    });
    return id;
  }
}
