import { Alert, Badge, Button, CloseButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AA_GREEN } from '../../../components/status-colors';
import { useFormat } from '../../../lib/format';
import type { RejectedOp } from '../lib/op-queue';
import { PENDING_COLOR } from '../lib/colors';
import { rejectionText } from '../lib/rejection-text';

interface QueueStatusProps {
  online: boolean;
  pendingCount: number;
  rejected: readonly RejectedOp[];
  offlineCopyFrom: string | null;
  onRetry: () => void;
  onDismiss: (opId: string) => void;
}

/** Offline indicator, "n Änderungen noch nicht übertragen" and the refused changes ("Konflikte"). */
export function QueueStatus({ online, pendingCount, rejected, offlineCopyFrom, onRetry, onDismiss }: QueueStatusProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const format = useFormat();
  return (
    <Stack gap="xs">
      <Group gap="xs" role="status" aria-live="polite" wrap="wrap">
        <Badge color={online ? AA_GREEN : PENDING_COLOR} variant="filled" size="lg">
          {online ? t('technician.online') : t('technician.offline')}
        </Badge>
        {pendingCount > 0 && (
          <Text fw={600} data-testid="pending-banner">
            {t('technician.pending', { count: pendingCount })}
          </Text>
        )}
        {pendingCount > 0 && online && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('technician.retryNow')}
          </Button>
        )}
      </Group>
      {offlineCopyFrom && (
        <Text size="sm" c="dimmed">
          {t('technician.offlineCopy', { at: format.dateTime(offlineCopyFrom) })}
        </Text>
      )}
      {rejected.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={t('technician.conflicts.title', { count: rejected.length })}
          role="alert"
        >
          <Stack gap="xs">
            <Text size="sm">{t('technician.conflicts.hint')}</Text>
            {rejected.map((entry) => (
              <Group key={entry.opId} justify="space-between" wrap="nowrap" align="flex-start">
                <Text size="sm">
                  <strong>{entry.label}</strong> ({t(`technician.kinds.${entry.kind}`)}):{' '}
                  {rejectionText(entry, (key, options) => t(key, options ?? {}), language)}
                </Text>
                <CloseButton
                  size="lg"
                  aria-label={t('technician.conflicts.dismiss', { label: entry.label })}
                  onClick={() => onDismiss(entry.opId)}
                />
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
