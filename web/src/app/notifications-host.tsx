import { lazy, Suspense, useSyncExternalStore } from 'react';
import { notificationsUsed, subscribeNotificationsUsed } from '../lib/notify';

const Notifications = lazy(async () => ({ default: (await import('@mantine/notifications')).Notifications }));

/** The container of success and error messages, mounted (and its code loaded) with the first message. */
export function NotificationsHost() {
  const used = useSyncExternalStore(subscribeNotificationsUsed, notificationsUsed);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="bottom-right" />
    </Suspense>
  );
}
