import { Button, Group, Stack, Text } from '@mantine/core';
import { READINESS_CRITERION_LABELS, type ReadinessCriterion } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../lib/labels';
import { ReadinessFailuresList } from './readiness-failures-list';

interface CriterionState {
  criterion: ReadinessCriterion;
  met: boolean;
  failingCount: number;
}

/** Every gate criterion of a Standort: met, or how many items fail it, with the items on demand. */
export function CriteriaPanel(props: { tenantId: string; locationId: string; criteria: CriterionState[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [open, setOpen] = useState<ReadinessCriterion | null>(null);
  return (
    <Stack gap="xs" p="sm" component="ul" style={{ listStyle: 'none', margin: 0 }}>
      {props.criteria.map((c) => (
        <li key={c.criterion}>
          <Group gap="sm" wrap="nowrap">
            <Text span fw={700} c={c.met ? 'green.9' : 'red.9'} aria-hidden>
              {c.met ? '✓' : '✗'}
            </Text>
            <Text span size="sm">
              {label(READINESS_CRITERION_LABELS, c.criterion)}
              {' — '}
              {c.met ? t('plan.criterion.met') : t('plan.criterion.failing', { count: c.failingCount })}
            </Text>
            {!c.met && (
              <Button
                size="compact-xs"
                variant="default"
                aria-expanded={open === c.criterion}
                onClick={() => setOpen(open === c.criterion ? null : c.criterion)}
              >
                {open === c.criterion ? t('plan.failures.hide') : t('plan.failures.show')}
              </Button>
            )}
          </Group>
          {open === c.criterion && (
            <div style={{ marginLeft: 28, marginTop: 4 }}>
              <ReadinessFailuresList tenantId={props.tenantId} locationId={props.locationId} criterion={c.criterion} />
            </div>
          )}
        </li>
      ))}
    </Stack>
  );
}
