import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ImportTarget } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteButton } from '../../../components/confirm-delete-button';
import {
  useDeleteImportPresetMutation,
  useImportPresetsQuery,
  useSaveImportPresetMutation,
} from '../../../generated/graphql';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { choicesFromPreset, type MappingChoices } from '../mapping';

/** Load, save and delete named column mappings of the Verwaltung for this target. */
export function PresetControls(props: {
  tenantId: string;
  target: ImportTarget;
  headers: readonly string[];
  mapping: readonly (string | null)[];
  onApply: (choices: MappingChoices) => void;
}) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(null);
  const [name, setName] = useState('');
  const variables = { tenantId: props.tenantId, target: props.target };
  const { data } = useImportPresetsQuery({ variables });
  const presets = data?.importPresets ?? [];
  const chosen = presets.find((p) => p.id === selected) ?? null;
  const refetchQueries = ['ImportPresets'];
  const [save, saving] = useSaveImportPresetMutation({ refetchQueries });
  const [remove, removing] = useDeleteImportPresetMutation({ refetchQueries });

  const apply = () => {
    if (!chosen) return;
    props.onApply(choicesFromPreset(props.headers, chosen.columns));
    notifySuccess(t('imports.presets.applied', { name: chosen.name }));
  };

  const saveCurrent = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const columns = props.headers.flatMap((header, i) => {
      const field = props.mapping[i];
      return field ? [{ header, field }] : [];
    });
    try {
      const result = await save({
        variables: { input: { tenantId: props.tenantId, target: props.target, name: trimmed, columns } },
      });
      setSelected(result.data?.saveImportPreset.id ?? null);
      setName('');
      notifySuccess(t('imports.presets.saved', { name: trimmed }));
    } catch {
      notifyError(t('imports.presets.failed'));
    }
  };

  const removeChosen = async () => {
    if (!chosen) return;
    try {
      await remove({ variables: { id: chosen.id } });
      setSelected(null);
      notifySuccess(t('imports.presets.deleted', { name: chosen.name }));
    } catch {
      notifyError(t('imports.presets.failed'));
    }
  };

  return (
    <Stack gap="xs">
      <Title order={3}>{t('imports.presets.heading')}</Title>
      <Text size="sm">{t('imports.presets.intro')}</Text>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('imports.presets.choose')}
          placeholder={presets.length ? undefined : t('imports.presets.none')}
          data={presets.map((p) => ({ value: p.id, label: p.name }))}
          value={selected}
          onChange={setSelected}
          disabled={presets.length === 0}
          w={280}
        />
        <Button variant="default" onClick={apply} disabled={!chosen}>
          {t('imports.presets.apply')}
        </Button>
        {chosen && (
          <ConfirmDeleteButton
            subject={t('imports.presets.subject', { name: chosen.name })}
            onConfirm={removeChosen}
            loading={removing.loading}
          />
        )}
      </Group>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('imports.presets.name')}
          placeholder={t('imports.presets.namePlaceholder')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={100}
          w={280}
        />
        <Button variant="default" onClick={() => void saveCurrent()} disabled={!name.trim()} loading={saving.loading}>
          {t('imports.presets.save')}
        </Button>
      </Group>
    </Stack>
  );
}
