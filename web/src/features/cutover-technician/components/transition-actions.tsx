import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import {
  CHECKLIST_LIMITS,
  TRANSITION_ROLES,
  WORKSTATION_TRANSITIONS,
  type Role,
  type WorkstationStatus,
} from '@schaltplan/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface TransitionActionsProps {
  workstationName: string;
  status: WorkstationStatus;
  role: Role;
  missingRequired: number;
  onTransition: (to: WorkstationStatus, reason: string | null) => void;
}

/** The status changes this role may make from here; "zurückstellen" asks for a reason. */
export function TransitionActions({
  workstationName,
  status,
  role,
  missingRequired,
  onTransition,
}: TransitionActionsProps) {
  const { t } = useTranslation();
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState('');
  const targets = WORKSTATION_TRANSITIONS[status].filter((to) => TRANSITION_ROLES[to].includes(role));
  if (targets.length === 0) return null;

  const submitRollback = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    onTransition('ROLLED_BACK', reason.trim());
    setAskReason(false);
    setReason('');
  };

  return (
    <>
      <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap">
        {targets.map((to) => {
          const blocked = to === 'MIGRATED' && missingRequired > 0;
          return (
            <Button
              key={to}
              size="md"
              mih={48}
              variant={to === 'ROLLED_BACK' ? 'outline' : 'filled'}
              color={to === 'ROLLED_BACK' ? 'red.9' : 'blue.8'}
              disabled={blocked}
              onClick={() => (to === 'ROLLED_BACK' ? setAskReason(true) : onTransition(to, null))}
            >
              {t(actionKey(to))}
            </Button>
          );
        })}
      </Group>
      <Modal
        opened={askReason}
        onClose={() => setAskReason(false)}
        title={t('technician.rollback.title', { name: workstationName })}
        closeButtonProps={{ 'aria-label': t('actions.closeDialog') }}
      >
        <form onSubmit={submitRollback}>
          <Stack>
            <Textarea
              label={t('technician.rollback.reason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              maxLength={CHECKLIST_LIMITS.reason}
              required
              autosize
              minRows={3}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAskReason(false)}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" color="red.9" disabled={!reason.trim()}>
                {t('technician.actions.rollBack')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

type ActionKey =
  | 'technician.actions.prepare'
  | 'technician.actions.migrate'
  | 'technician.actions.accept'
  | 'technician.actions.rollBack'
  | 'technician.actions.resume';

function actionKey(to: WorkstationStatus): ActionKey {
  switch (to) {
    case 'PREPARED':
      return 'technician.actions.prepare';
    case 'PLANNED':
      return 'technician.actions.resume';
    case 'MIGRATED':
      return 'technician.actions.migrate';
    case 'ACCEPTED':
      return 'technician.actions.accept';
    case 'ROLLED_BACK':
      return 'technician.actions.rollBack';
  }
}
