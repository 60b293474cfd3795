import { describe, expect, it } from '@jest/globals';
import { ExportParamError, parseExportParams } from './export-params';

const TENANT = '5b0c4a8e-7d7e-4a43-9a55-0f4f3c1d2e10';

function refused(target: string, query: Record<string, unknown>): string {
  try {
    parseExportParams(target, query);
  } catch (error) {
    if (error instanceof ExportParamError) return error.parameter;
    throw error;
  }
  throw new Error('accepted');
}

describe('parseExportParams', () => {
  it('reads targets in any spelling, defaults to XLSX and catalogue only', () => {
    expect(parseExportParams('person-printers', { tenantId: TENANT })).toEqual({
      target: 'PERSON_PRINTERS',
      format: 'xlsx',
      tenantId: TENANT,
      locationId: undefined,
      search: undefined,
      withPersons: false,
    });
    expect(parseExportParams('FILE_SHARES', { tenantId: TENANT, withPersons: 'true', format: 'csv' })).toMatchObject({
      target: 'FILE_SHARES',
      format: 'csv',
      withPersons: true,
    });
    expect(parseExportParams('tenants', { search: '  Amt ' })).toMatchObject({ target: 'TENANTS', search: 'Amt' });
  });

  it('names the refused parameter', () => {
    expect(refused('nope', { tenantId: TENANT })).toBe('target');
    expect(refused('persons', { tenantId: TENANT, format: 'xls' })).toBe('format');
    expect(refused('persons', {})).toBe('tenantId');
    expect(refused('persons', { tenantId: [TENANT, TENANT] })).toBe('tenantId');
    expect(refused('persons', { tenantId: TENANT, locationId: 'x' })).toBe('locationId');
    expect(refused('fachverfahren', { tenantId: TENANT, locationId: TENANT })).toBe('locationId');
    expect(refused('persons', { tenantId: TENANT, withPersons: 'true' })).toBe('withPersons');
    expect(refused('software', { tenantId: TENANT, withPersons: 'vielleicht' })).toBe('withPersons');
    expect(refused('persons', { tenantId: TENANT, search: 'x'.repeat(201) })).toBe('search');
  });
});
