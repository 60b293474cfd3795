import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { PersistentList, queueKey, rejectedKey, type QueuedOp, type RejectedOp } from '../lib/op-queue';
import { QueueSender } from '../lib/queue-sender';
import { sendOp } from './send-op';
import { useOnline } from './use-online';

/** Even without an 'online' event, a waiting queue is tried again this often. */
const POLL_MS = 15_000;

export interface OfflineQueue {
  ops: readonly QueuedOp[];
  rejected: readonly RejectedOp[];
  online: boolean;
  enqueue: (op: QueuedOp) => void;
  dismiss: (opId: string) => void;
  retryNow: () => void;
}

/**
 * The device's queue of ticks and status changes for the signed-in account: written to
 * localStorage before anything is sent, drained in order whenever the device is online.
 */
export function useOfflineQueue(accountId: string): OfflineQueue {
  const client = useApolloClient();
  const online = useOnline();
  const stores = useMemo(
    () => ({
      queue: new PersistentList<QueuedOp>(window.localStorage, queueKey(accountId)),
      rejected: new PersistentList<RejectedOp>(window.localStorage, rejectedKey(accountId)),
    }),
    [accountId],
  );
  const ops = useSyncExternalStore(
    useCallback((listener: () => void) => stores.queue.subscribe(listener), [stores]),
    () => stores.queue.list(),
  );
  const rejected = useSyncExternalStore(
    useCallback((listener: () => void) => stores.rejected.subscribe(listener), [stores]),
    () => stores.rejected.list(),
  );
  const sender = useRef<QueueSender | null>(null);

  useEffect(() => {
    // Created in the effect (not in render) so StrictMode's second mount gets a live sender.
    const current = new QueueSender({
      ...stores,
      send: (op) => sendOp(client, op),
      isOnline: () => navigator.onLine,
      schedule: (run, ms) => {
        const timer = window.setTimeout(run, ms);
        return () => window.clearTimeout(timer);
      },
    });
    sender.current = current;
    const drain = () => void current.drain();
    const onStorage = (event: StorageEvent) => {
      // Another tab of the same account changed the queue.
      if (event.key === stores.queue.key) stores.queue.reload();
      if (event.key === stores.rejected.key) stores.rejected.reload();
    };
    window.addEventListener('online', drain);
    window.addEventListener('storage', onStorage);
    const poll = window.setInterval(() => {
      if (stores.queue.size > 0 && !current.retryPending) drain();
    }, POLL_MS);
    drain();
    return () => {
      current.stop();
      window.removeEventListener('online', drain);
      window.removeEventListener('storage', onStorage);
      window.clearInterval(poll);
      sender.current = null;
    };
  }, [client, stores]);

  const enqueue = useCallback(
    (op: QueuedOp) => {
      stores.queue.append(op);
      void sender.current?.drain();
    },
    [stores],
  );
  const dismiss = useCallback((opId: string) => stores.rejected.remove(opId), [stores]);
  const retryNow = useCallback(() => void sender.current?.drain(), []);

  return { ops, rejected, online, enqueue, dismiss, retryNow };
}
