import { notifications } from '@mantine/notifications';

/** Success messages are polite (role=status); failures interrupt (role=alert). */
export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'green', role: 'status', autoClose: 5000 });
}

export function notifyError(message: string, title?: string): void {
  notifications.show({ title, message, color: 'red', role: 'alert', autoClose: 10000 });
}
