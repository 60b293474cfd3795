import { describe, expect, it } from '@jest/globals';
import { ExportParamError } from '../exports/export-params';
import { parseProvisioningParams } from './provisioning-params';

const TENANT = '5b0c4a8e-7d7e-4a43-9a55-0f4f3c1d2e10';
const LOCATION = '00000000-0000-4000-8000-00000000000A';

function refused(query: Record<string, unknown>): string {
  try {
    parseProvisioningParams(query);
  } catch (error) {
    if (error instanceof ExportParamError) return error.parameter;
    throw error;
  }
  throw new Error('accepted');
}

describe('parseProvisioningParams', () => {
  it('defaults to JSON of confirmed persons of the whole Verwaltung', () => {
    expect(parseProvisioningParams({ tenantId: TENANT })).toEqual({
      tenantId: TENANT,
      format: 'json',
      locationId: undefined,
      includeUnconfirmed: false,
    });
  });

  it('reads format, Standort and includeUnconfirmed', () => {
    expect(
      parseProvisioningParams({ tenantId: TENANT, format: 'CSV', locationId: LOCATION, includeUnconfirmed: '1' }),
    ).toEqual({ tenantId: TENANT, format: 'csv', locationId: LOCATION.toLowerCase(), includeUnconfirmed: true });
    expect(parseProvisioningParams({ tenantId: TENANT, locationId: '', includeUnconfirmed: 'false' })).toMatchObject({
      locationId: undefined,
      includeUnconfirmed: false,
    });
  });

  it('names the refused parameter', () => {
    expect(refused({})).toBe('tenantId');
    expect(refused({ tenantId: 'amt-musterland' })).toBe('tenantId');
    expect(refused({ tenantId: [TENANT, TENANT] })).toBe('tenantId');
    expect(refused({ tenantId: TENANT, format: 'xlsx' })).toBe('format');
    expect(refused({ tenantId: TENANT, locationId: 'Bauhof' })).toBe('locationId');
    expect(refused({ tenantId: TENANT, includeUnconfirmed: 'ja' })).toBe('includeUnconfirmed');
    expect(refused({ tenantId: TENANT, includeUnconfirmd: 'true' })).toBe('includeUnconfirmd');
  });
});
