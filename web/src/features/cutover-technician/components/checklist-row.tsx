import { Badge, Button, Checkbox, Group, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { CHECKLIST_LIMITS } from '@schaltplan/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TechnicianChecklistStepFragment } from '../../../generated/graphql';
import { PENDING_COLOR } from '../lib/colors';
import classes from './checklist-row.module.css';

interface ChecklistRowProps {
  step: TechnicianChecklistStepFragment;
  pending: boolean;
  disabled: boolean;
  onTick: (evidence: string | null) => void;
  onUntick: () => void;
}

/** One step as a big toggle: one tap ticks or unticks; a step needing a Nachweis-Nr. asks for it first. */
export function ChecklistRow({ step, pending, disabled, onTick, onUntick }: ChecklistRowProps) {
  const { t } = useTranslation();
  const [askEvidence, setAskEvidence] = useState(false);
  const [evidence, setEvidence] = useState('');
  const hintId = useId();

  const toggle = () => {
    if (disabled) return;
    if (step.done) onUntick();
    else if (step.needsEvidence) setAskEvidence(true);
    else onTick(null);
  };
  const submitEvidence = (event: FormEvent) => {
    event.preventDefault();
    if (!evidence.trim()) return;
    onTick(evidence.trim());
    setAskEvidence(false);
    setEvidence('');
  };

  return (
    <Stack gap={4}>
      <UnstyledButton
        role="checkbox"
        aria-checked={step.done}
        aria-disabled={disabled || undefined}
        aria-describedby={hintId}
        onClick={toggle}
        className={classes.row}
        data-done={step.done || undefined}
        data-disabled={disabled || undefined}
      >
        <Group gap="sm" wrap="nowrap" align="center">
          <Checkbox.Indicator checked={step.done} size="lg" aria-hidden />
          <Stack gap={0} style={{ flex: 1 }}>
            <Text fw={500}>{step.label}</Text>
            <Text size="sm" c="dimmed" id={hintId}>
              {[
                step.required ? t('technician.step.required') : t('technician.step.optional'),
                step.evidence ? t('technician.step.evidence', { evidence: step.evidence }) : null,
                step.done && step.doneByName && !pending
                  ? t('technician.step.doneBy', { name: step.doneByName })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {pending && (
              <Badge color={PENDING_COLOR} variant="filled" size="sm" mt={4}>
                {t('technician.step.pending')}
              </Badge>
            )}
          </Stack>
        </Group>
      </UnstyledButton>
      {askEvidence && (
        <form onSubmit={submitEvidence}>
          <Group gap="xs" align="flex-end" wrap="nowrap" pl="sm">
            <TextInput
              label={t('technician.step.evidenceLabel')}
              value={evidence}
              onChange={(event) => setEvidence(event.currentTarget.value)}
              maxLength={CHECKLIST_LIMITS.evidence}
              required
              data-autofocus
              autoFocus
              style={{ flex: 1 }}
              size="md"
            />
            <Button type="submit" size="md" disabled={!evidence.trim()}>
              {t('technician.step.tick')}
            </Button>
            <Button variant="default" size="md" onClick={() => setAskEvidence(false)}>
              {t('actions.cancel')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
