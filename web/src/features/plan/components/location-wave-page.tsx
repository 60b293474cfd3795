import { Button, Group, MultiSelect, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConflictAlert } from '../../../components/conflict-alert';
import { DetailFields } from '../../../components/detail-fields';
import { QueryState } from '../../../components/query-state';
import { useSaveErrors } from '../../../components/use-save-errors';
import {
  useChecklistTemplateOptionsQuery,
  useLocationWaveQuery,
  usePlanAccountsQuery,
  useSetWaveTechniciansMutation,
  useUpdateLocationWaveMutation,
  type LocationWaveFieldsFragment,
} from '../../../generated/graphql';
import { notifySuccess } from '../../../lib/notify';
import { usePermissions } from '../../../lib/session';
import { useDayFormat } from '../hooks/use-day-format';

interface WaveValues extends Record<string, unknown> {
  cutoverDate: string;
  windowStart: string;
  windowEnd: string;
  waveNotes: string;
  accountIds: string[];
  checklistTemplateId: string | null;
}

const valuesOf = (l: LocationWaveFieldsFragment): WaveValues => ({
  cutoverDate: l.cutoverDate ?? '',
  windowStart: l.cutoverWindowStart ?? '',
  windowEnd: l.cutoverWindowEnd ?? '',
  waveNotes: l.waveNotes ?? '',
  accountIds: l.technicians.map((x) => x.accountId),
  checklistTemplateId: l.checklistTemplateId ?? null,
});

/** The Standort's cutover wave: read by everyone, planned by project managers. */
export function LocationWavePage() {
  const { t } = useTranslation();
  const { locationId = '' } = useParams();
  const { can } = usePermissions();
  const day = useDayFormat();
  const { data, loading, error, refetch } = useLocationWaveQuery({ variables: { id: locationId } });
  const location = data?.location;
  return (
    <QueryState loading={loading} error={error} data={location}>
      {(l) =>
        can('plan.write') ? (
          // Keyed by the stored state: after a save or a reload the form starts from it again.
          <WaveForm
            key={`${l.version}:${l.technicians.map((x) => x.accountId).join(',')}`}
            location={l}
            onReload={() => void refetch()}
          />
        ) : (
          <Paper withBorder p="lg">
            <Title order={2} mb="md">
              {t('plan.wave.title')}
            </Title>
            <DetailFields
              fields={[
                { label: t('plan.fields.cutoverDate'), value: day(l.cutoverDate) },
                {
                  label: t('plan.fields.window'),
                  value: l.cutoverWindowStart ? `${l.cutoverWindowStart}–${l.cutoverWindowEnd}` : '',
                },
                { label: t('plan.fields.technicians'), value: l.technicians.map((x) => x.name).join(', ') },
                { label: t('fields.notes'), value: l.waveNotes, wide: true },
              ]}
            />
          </Paper>
        )
      }
    </QueryState>
  );
}

function WaveForm({ location, onReload }: { location: LocationWaveFieldsFragment; onReload: () => void }) {
  const { t } = useTranslation();
  const form = useForm<WaveValues>({
    initialValues: valuesOf(location),
    validate: {
      windowEnd: (value, values) => (!value !== !values.windowStart ? t('plan.wave.windowBoth') : null),
    },
  });
  const errors = useSaveErrors(form);
  const accounts = usePlanAccountsQuery({ variables: { tenantId: location.tenantId } });
  const templates = useChecklistTemplateOptionsQuery({ variables: { tenantId: location.tenantId } });
  const standard = templates.data?.checklistTemplates.find((x) => x.isDefault);
  const [updateWave, updating] = useUpdateLocationWaveMutation();
  const [setTechnicians, setting] = useSetWaveTechniciansMutation();
  const technicianOptions = [
    ...(accounts.data?.planAccounts ?? [])
      .filter((a) => a.role === 'TECHNICIAN')
      .map((a) => ({ value: a.id, label: a.displayName })),
    // Assigned technicians stay visible even when their account was deactivated since.
    ...location.technicians
      .filter((x) => !accounts.data?.planAccounts.some((a) => a.id === x.accountId))
      .map((x) => ({ value: x.accountId, label: x.name })),
  ];

  const save = async (values: WaveValues) => {
    errors.clearConflict();
    try {
      await updateWave({
        variables: {
          input: {
            locationId: location.id,
            version: location.version,
            cutoverDate: values.cutoverDate || null,
            windowStart: values.windowStart || null,
            windowEnd: values.windowEnd || null,
            waveNotes: values.waveNotes.trim() || null,
            checklistTemplateId: values.checklistTemplateId,
          },
        },
        refetchQueries: ['ReadinessBoard', 'ChangeHistory'],
      });
      const before = valuesOf(location).accountIds;
      if (JSON.stringify([...before].sort()) !== JSON.stringify([...values.accountIds].sort())) {
        await setTechnicians({
          variables: { locationId: location.id, accountIds: values.accountIds },
          refetchQueries: ['ReadinessBoard', 'ChangeHistory'],
        });
      }
      notifySuccess(t('plan.wave.saved', { name: location.name }));
    } catch (caught) {
      errors.handle(caught);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="wave-heading">
      <Title order={2} id="wave-heading" mb="xs">
        {t('plan.wave.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('plan.wave.intro')}
      </Text>
      {errors.conflict && <ConflictAlert onReload={onReload} />}
      <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
        <Stack gap="md" maw={640}>
          <TextInput type="date" label={t('plan.fields.cutoverDate')} {...form.getInputProps('cutoverDate')} />
          <Group grow align="flex-start">
            <TextInput
              type="time"
              label={t('plan.fields.windowStart')}
              description={t('plan.wave.windowHint')}
              {...form.getInputProps('windowStart')}
            />
            <TextInput type="time" label={t('plan.fields.windowEnd')} {...form.getInputProps('windowEnd')} />
          </Group>
          <MultiSelect
            label={t('plan.fields.technicians')}
            description={t('plan.wave.techniciansHint')}
            data={technicianOptions}
            searchable
            nothingFoundMessage={t('plan.wave.noTechnicians')}
            {...form.getInputProps('accountIds')}
          />
          <Select
            label={t('checklistTemplates.wave.label')}
            description={t('checklistTemplates.wave.description')}
            placeholder={standard ? t('checklistTemplates.wave.standard', { name: standard.name }) : undefined}
            data={(templates.data?.checklistTemplates ?? []).map((x) => ({ value: x.id, label: x.name }))}
            clearable
            {...form.getInputProps('checklistTemplateId')}
          />
          <Textarea label={t('fields.notes')} autosize minRows={2} {...form.getInputProps('waveNotes')} />
          <Group>
            <Button type="submit" loading={updating.loading || setting.loading}>
              {t('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
