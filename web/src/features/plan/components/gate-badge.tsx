import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AA_GREEN, AA_RED } from '../../../components/status-colors';

/** "bereit" / "nicht bereit": the computed gate, with text (not colour alone) carrying the meaning. */
export function GateBadge({ ready }: { ready: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={ready ? AA_GREEN : AA_RED}
      variant="filled"
      size="lg"
      // Written as said and never cut off: "nicht be…" would hide the verdict.
      styles={{
        root: { flexShrink: 0, maxWidth: 'none', overflow: 'visible' },
        label: { textTransform: 'none', overflow: 'visible' },
      }}
    >
      {ready ? t('plan.gate.ready') : t('plan.gate.notReady')}
    </Badge>
  );
}
