import type { AuditCase } from './audit-cases';
import { aTenant } from './factories';

const PRESET = `mutation($input: SaveImportPresetInput!) { saveImportPreset(input: $input) { id tenantId version } }`;

/** Import presets are audited like any tenant object; imports themselves are covered in imports-commit.int-spec.ts. */
export const IMPORT_CASES: Record<string, AuditCase> = {
  saveImportPreset: {
    async prepare(api) {
      const tenant = await aTenant().create(api);
      return async () => {
        const data = await api.gql<{ saveImportPreset: { id: string } }>(PRESET, {
          input: {
            tenantId: tenant.id,
            target: 'PERSONS',
            name: 'AD-Export',
            columns: [{ header: 'SamAccountName', field: 'accountName' }],
          },
        });
        return {
          objectType: 'IMPORT_PRESET',
          objectId: data.saveImportPreset.id,
          action: 'CREATE',
          tenantId: tenant.id,
          changes: { mapping: [null, '[{"field":"accountName","header":"SamAccountName"}]'] },
        };
      };
    },
  },
  deleteImportPreset: {
    async prepare(api) {
      const tenant = await aTenant().create(api);
      const data = await api.gql<{ saveImportPreset: { id: string } }>(PRESET, {
        input: {
          tenantId: tenant.id,
          target: 'PRINTERS',
          name: 'Druckserver',
          columns: [{ header: 'Name', field: 'name' }],
        },
      });
      const id = data.saveImportPreset.id;
      return async () => {
        await api.gql(`mutation($id: ID!) { deleteImportPreset(id: $id) }`, { id });
        return {
          objectType: 'IMPORT_PRESET',
          objectId: id,
          action: 'DELETE',
          tenantId: tenant.id,
          changes: { mapping: ['[{"field":"name","header":"Name"}]', null] },
        };
      };
    },
  },
};
