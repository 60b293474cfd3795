import { Badge, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { TICKABLE_STATUSES, WORKSTATION_STATUS_LABELS, type Role, type WorkstationStatus } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type { TechnicianWorkstationFragment } from '../../../generated/graphql';
import { useEnumLabel } from '../../../lib/labels';
import { missingRequiredSteps } from '../lib/apply-pending';
import { PENDING_COLOR, STATUS_COLORS } from '../lib/colors';
import { ChecklistRow } from './checklist-row';
import { TransitionActions } from './transition-actions';
import { WorkstationFacts } from './workstation-facts';

export interface WorkstationActions {
  tick: (workstation: TechnicianWorkstationFragment, stepId: string, evidence: string | null) => void;
  untick: (workstation: TechnicianWorkstationFragment, stepId: string) => void;
  transition: (workstation: TechnicianWorkstationFragment, to: WorkstationStatus, reason: string | null) => void;
}

interface WorkstationCardProps {
  workstation: TechnicianWorkstationFragment;
  role: Role;
  canTick: boolean;
  pendingStepIds: ReadonlySet<string>;
  pending: boolean;
  actions: WorkstationActions;
}

/** Everything a technician needs at one desk: who sits there, what must work, the checklist, the status. */
export function WorkstationCard({
  workstation,
  role,
  canTick,
  pendingStepIds,
  pending,
  actions,
}: WorkstationCardProps) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const missing = missingRequiredSteps(workstation);
  const tickable = canTick && TICKABLE_STATUSES.includes(workstation.cutoverStatus);
  const headingId = `ws-${workstation.id}`;

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            <Title order={4} id={headingId}>
              {workstation.name}
            </Title>
            <Text size="sm" c="dimmed">
              {[workstation.room && t('technician.room', { room: workstation.room }), workstation.targetDeviceSerial]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
          <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
            <Badge color={STATUS_COLORS[workstation.cutoverStatus]} variant="filled" size="lg">
              {label(WORKSTATION_STATUS_LABELS, workstation.cutoverStatus)}
            </Badge>
            {pending && (
              <Badge color={PENDING_COLOR} variant="filled" size="sm">
                {t('technician.step.pending')}
              </Badge>
            )}
          </Stack>
        </Group>
        {workstation.cutoverStatus === 'ROLLED_BACK' && workstation.cutoverStatusReason && (
          <Text size="sm">{t('technician.rolledBackBecause', { reason: workstation.cutoverStatusReason })}</Text>
        )}
        <WorkstationFacts persons={workstation.persons} />
        <Divider />
        <Title order={5}>{t('technician.checklist')}</Title>
        {workstation.checklist.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('technician.noChecklist')}
          </Text>
        ) : (
          <Stack gap="xs" role="group" aria-label={t('technician.checklistOf', { name: workstation.name })}>
            {!tickable && (
              <Text size="sm" c="dimmed">
                {t('technician.notTickable')}
              </Text>
            )}
            {workstation.checklist.map((step) => (
              <ChecklistRow
                key={step.id}
                step={step}
                pending={pendingStepIds.has(step.id)}
                disabled={!tickable}
                onTick={(evidence) => actions.tick(workstation, step.id, evidence)}
                onUntick={() => actions.untick(workstation, step.id)}
              />
            ))}
          </Stack>
        )}
        <Text size="sm" fw={500} c={missing.length > 0 ? 'red.9' : 'green.9'}>
          {missing.length > 0 ? t('technician.missing', { steps: missing.join(', ') }) : t('technician.nothingMissing')}
        </Text>
        <TransitionActions
          workstationName={workstation.name}
          status={workstation.cutoverStatus}
          role={role}
          missingRequired={missing.length}
          onTransition={(to, reason) => actions.transition(workstation, to, reason)}
        />
      </Stack>
    </Paper>
  );
}
