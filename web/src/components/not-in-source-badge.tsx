import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format';

/**
 * Marks a record that the latest import file no longer contained ("nicht in Quelle"). It is never
 * deleted automatically; the badge lets a coordinator decide.
 */
export function NotInSourceBadge({ since }: { since?: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!since) return null;
  const hint = t('inventory.notInSourceHint', { date: format.dateTime(since) });
  return (
    <Tooltip label={hint} multiline w={280} withArrow>
      <Badge
        color="orange.9"
        variant="outline"
        ml="xs"
        tabIndex={0}
        aria-label={`${t('inventory.notInSource')}: ${hint}`}
      >
        {t('inventory.notInSource')}
      </Badge>
    </Tooltip>
  );
}
