import { describe, expect, it } from '@jest/globals';
import { provisioningUrl } from './provisioning-url';

const TENANT = '5b0c4a8e-7d7e-4a43-9a55-0f4f3c1d2e10';

describe('provisioningUrl', () => {
  it('asks for confirmed persons of the whole Verwaltung unless told otherwise', () => {
    expect(provisioningUrl({ tenantId: TENANT, locationId: null, includeUnconfirmed: false, format: 'json' })).toBe(
      `/api/provisioning?tenantId=${TENANT}&format=json`,
    );
  });

  it('adds the Standort and the unconfirmed persons when chosen', () => {
    expect(provisioningUrl({ tenantId: TENANT, locationId: 'L1', includeUnconfirmed: true, format: 'csv' })).toBe(
      `/api/provisioning?tenantId=${TENANT}&format=csv&locationId=L1&includeUnconfirmed=true`,
    );
  });
});
