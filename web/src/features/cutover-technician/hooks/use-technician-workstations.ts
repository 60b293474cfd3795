import { useEffect, useMemo } from 'react';
import { useTechnicianWorkstationsQuery, type TechnicianWorkstationFragment } from '../../../generated/graphql';
import { loadSnapshot, saveSnapshot } from '../lib/snapshot-store';

export interface TechnicianWorkstations {
  workstations: TechnicianWorkstationFragment[] | null;
  /** Set when the list is the copy kept on the device (no answer from the server). */
  offlineCopyFrom: string | null;
  loading: boolean;
  error: unknown;
  refetch: () => void;
}

/**
 * The day's workstations from the server; every answer is also kept on the device so the
 * list is there after a reload without network.
 */
export function useTechnicianWorkstations(accountId: string, date: string): TechnicianWorkstations {
  const { data, loading, error, refetch } = useTechnicianWorkstationsQuery({
    variables: { date },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const fresh = data?.technicianWorkstations;

  useEffect(() => {
    if (fresh) saveSnapshot(window.localStorage, accountId, date, fresh);
  }, [fresh, accountId, date]);

  const snapshot = useMemo(
    () => (fresh ? null : loadSnapshot(window.localStorage, accountId, date)),
    [fresh, accountId, date],
  );

  return {
    workstations: fresh ?? snapshot?.workstations ?? null,
    offlineCopyFrom: fresh ? null : (snapshot?.savedAt ?? null),
    loading,
    error,
    refetch: () => void refetch().catch(() => undefined),
  };
}
