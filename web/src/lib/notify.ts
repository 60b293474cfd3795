import { notifications } from '@mantine/notifications';
import i18n from 'i18next';

// The close button has no text: it needs a name for screen readers (axe button-name).
const closeButtonProps = () => ({ 'aria-label': i18n.t('actions.closeMessage') });

/** Success messages are polite (role=status); failures interrupt (role=alert). */
export function notifySuccess(message: string): void {
  notifications.show({
    message,
    color: 'green',
    role: 'status',
    autoClose: 5000,
    closeButtonProps: closeButtonProps(),
  });
}

export function notifyError(message: string, title?: string): void {
  notifications.show({
    title,
    message,
    color: 'red',
    role: 'alert',
    autoClose: 10000,
    closeButtonProps: closeButtonProps(),
  });
}
