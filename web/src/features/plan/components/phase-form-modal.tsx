import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PHASE_STATUS_LABELS, PROJECT_PHASE_LABELS, type PhaseStatus } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/conflict-alert';
import { useSaveErrors } from '../../../components/use-save-errors';
import {
  usePlanAccountsQuery,
  useUpdateProjectPhaseMutation,
  type ProjectPhaseFieldsFragment,
} from '../../../generated/graphql';
import { useEnumLabel, useEnumOptions } from '../../../lib/labels';
import { notifySuccess } from '../../../lib/notify';

interface PhaseValues extends Record<string, unknown> {
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  status: PhaseStatus;
  responsibleAccountId: string | null;
  notes: string;
}

const endAfterStart = (start: string) => (end: string) => (start && end && end < start ? 'before' : null);

/** Edits one phase's dates, status, responsible account and notes. */
export function PhaseFormModal(props: {
  phase: ProjectPhaseFieldsFragment;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const statusOptions = useEnumOptions(PHASE_STATUS_LABELS);
  const p = props.phase;
  const form = useForm<PhaseValues>({
    initialValues: {
      plannedStart: p.plannedStart ?? '',
      plannedEnd: p.plannedEnd ?? '',
      actualStart: p.actualStart ?? '',
      actualEnd: p.actualEnd ?? '',
      status: p.status,
      responsibleAccountId: p.responsibleAccountId ?? null,
      notes: p.notes ?? '',
    },
    validate: {
      plannedEnd: (end, v) => (endAfterStart(v.plannedStart)(end) ? t('plan.phase.endBeforeStart') : null),
      actualEnd: (end, v) => (endAfterStart(v.actualStart)(end) ? t('plan.phase.endBeforeStart') : null),
    },
  });
  const errors = useSaveErrors(form);
  const accounts = usePlanAccountsQuery({ variables: { tenantId: p.tenantId } });
  const [save, saving] = useUpdateProjectPhaseMutation();
  const accountOptions = (accounts.data?.planAccounts ?? []).map((a) => ({
    value: a.id,
    label: `${a.displayName} (${t(`roles.${a.role}`)})`,
  }));
  if (p.responsibleAccountId && !accountOptions.some((o) => o.value === p.responsibleAccountId)) {
    accountOptions.push({ value: p.responsibleAccountId, label: p.responsibleName ?? p.responsibleAccountId });
  }

  const submit = async (v: PhaseValues) => {
    errors.clearConflict();
    try {
      await save({
        variables: {
          input: {
            tenantId: p.tenantId,
            phase: p.phase,
            version: p.version ?? null,
            plannedStart: v.plannedStart || null,
            plannedEnd: v.plannedEnd || null,
            actualStart: v.actualStart || null,
            actualEnd: v.actualEnd || null,
            status: v.status,
            responsibleAccountId: v.responsibleAccountId || null,
            notes: v.notes.trim() || null,
          },
        },
        refetchQueries: ['ProjectTimeline'],
      });
      notifySuccess(t('plan.phase.saved', { phase: label(PROJECT_PHASE_LABELS, p.phase) }));
      props.onClose();
    } catch (caught) {
      errors.handle(caught);
    }
  };

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('plan.phase.editTitle', { phase: label(PROJECT_PHASE_LABELS, p.phase) })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('plan.phase.close') }}
    >
      {errors.conflict && <ConflictAlert onReload={props.onReload} />}
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="md">
          <Group grow align="flex-start">
            <TextInput type="date" label={t('plan.fields.plannedStart')} {...form.getInputProps('plannedStart')} />
            <TextInput type="date" label={t('plan.fields.plannedEnd')} {...form.getInputProps('plannedEnd')} />
          </Group>
          <Group grow align="flex-start">
            <TextInput type="date" label={t('plan.fields.actualStart')} {...form.getInputProps('actualStart')} />
            <TextInput type="date" label={t('plan.fields.actualEnd')} {...form.getInputProps('actualEnd')} />
          </Group>
          <Select
            label={t('plan.fields.status')}
            data={statusOptions}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
          <Select
            label={t('plan.fields.responsible')}
            data={accountOptions}
            searchable
            clearable
            {...form.getInputProps('responsibleAccountId')}
          />
          <Textarea label={t('fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={saving.loading}>
              {t('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
