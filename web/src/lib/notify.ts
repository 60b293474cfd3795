import type { NotificationData } from '@mantine/notifications';
import i18n from 'i18next';

// Loaded with the first message (most visits show none): the first page stays lighter.
const load = () => import('@mantine/notifications');
let loading: ReturnType<typeof load> | undefined;
let used = false;
const listeners = new Set<() => void>();

function show(options: NotificationData): void {
  loading ??= load();
  if (!used) {
    used = true;
    listeners.forEach((listener) => listener());
  }
  // A message that cannot be loaded (offline, new deployment) is dropped; the page itself still shows the result.
  loading.then(({ notifications }) => notifications.show(options)).catch(() => undefined);
}

/** Whether a message was shown yet: the app mounts the message container from then on. */
export const notificationsUsed = (): boolean => used;

export function subscribeNotificationsUsed(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// The close button has no text: it needs a name for screen readers (axe button-name).
const closeButtonProps = () => ({ 'aria-label': i18n.t('actions.closeMessage') });

/** Success messages are polite (role=status); failures interrupt (role=alert). */
export function notifySuccess(message: string): void {
  show({
    message,
    color: 'green',
    role: 'status',
    autoClose: 5000,
    closeButtonProps: closeButtonProps(),
  });
}

export function notifyError(message: string, title?: string): void {
  show({
    title,
    message,
    color: 'red',
    role: 'alert',
    autoClose: 10000,
    closeButtonProps: closeButtonProps(),
  });
}
