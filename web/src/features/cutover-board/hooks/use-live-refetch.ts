import { useEffect, useRef } from 'react';
import { useCutoverProgressSubscription } from '../../../generated/graphql';
import { useLiveStatus, type LiveStatus } from '../../../lib/live-status';

export type LiveState = LiveStatus;

/** Ticks come in bursts (a technician taps through steps): one refetch per burst. */
const DEBOUNCE_MS = 200;

/**
 * Subscribes to the Verwaltung's cutover events and refetches once per burst. When the
 * connection comes back after a loss it refetches too: events sent meanwhile were missed.
 */
export function useLiveRefetch(tenantId: string, refetch: () => void): LiveState {
  const latest = useRef(refetch);
  const timer = useRef<number | undefined>(undefined);
  const status = useLiveStatus();
  const wasLost = useRef(false);
  useEffect(() => {
    latest.current = refetch;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const schedule = () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => latest.current(), DEBOUNCE_MS);
  };
  useCutoverProgressSubscription({ variables: { tenantId }, onData: schedule });

  useEffect(() => {
    if (status === 'reconnecting') wasLost.current = true;
    if (status === 'live' && wasLost.current) {
      wasLost.current = false;
      schedule();
    }
  });
  return status;
}
