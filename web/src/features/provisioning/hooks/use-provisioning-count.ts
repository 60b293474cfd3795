import { useProvisioningCountsQuery } from '../../../generated/graphql';

/** How many persons the export will hold with these settings (null while loading). */
export function useProvisioningCount(
  tenantId: string,
  locationId: string | null,
  includeUnconfirmed: boolean,
): { persons: number; total: number } | null {
  const { data } = useProvisioningCountsQuery({ variables: { tenantId }, fetchPolicy: 'cache-and-network' });
  const progress = data?.confirmationProgress;
  if (!progress) return null;
  const counts = locationId ? progress.byLocation.find((c) => c.key === locationId) : progress.overall;
  // A Standort without persons has no row.
  if (!counts) return { persons: 0, total: 0 };
  return { persons: includeUnconfirmed ? counts.total : counts.confirmed, total: counts.total };
}
