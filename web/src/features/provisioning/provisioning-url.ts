import type { ProvisioningFileFormat } from '@schaltplan/domain';

export interface ProvisioningChoice {
  tenantId: string;
  locationId: string | null;
  includeUnconfirmed: boolean;
  format: ProvisioningFileFormat;
}

/** The download URL of the build list (GET /api/provisioning, docs/provisioning-export.md). */
export function provisioningUrl(choice: ProvisioningChoice): string {
  const query = new URLSearchParams({ tenantId: choice.tenantId, format: choice.format });
  if (choice.locationId) query.set('locationId', choice.locationId);
  if (choice.includeUnconfirmed) query.set('includeUnconfirmed', 'true');
  return `/api/provisioning?${query.toString()}`;
}
