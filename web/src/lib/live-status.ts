import { useSyncExternalStore } from 'react';

/** State of the live (graphql-ws) connection, as the live board shows it. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

let status: LiveStatus = 'connecting';
const listeners = new Set<() => void>();

/** Called by the live link on connection events. */
export function reportLiveStatus(next: LiveStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
  );
}
