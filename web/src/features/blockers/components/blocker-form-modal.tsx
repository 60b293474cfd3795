import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { BLOCKER_OBJECT_TYPE_LABELS } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/conflict-alert';
import { LocationSelect } from '../../../components/location-filter';
import { useSaveErrors } from '../../../components/use-save-errors';
import {
  useCreateBlockerMutation,
  useUpdateBlockerMutation,
  type BlockerFieldsFragment,
} from '../../../generated/graphql';
import { useEnumLabel } from '../../../lib/labels';
import { notifySuccess } from '../../../lib/notify';
import {
  LINKABLE_TYPES,
  locationIsDerived,
  toBlockerFormValues,
  toCreateBlockerInput,
  toUpdateBlockerInput,
  useBlockerForm,
} from '../hooks/use-blocker-form';
import { BlockerObjectSelect } from './blocker-object-select';

interface BlockerFormModalProps {
  tenantId: string;
  /** Absent: a new blocker. */
  item?: BlockerFieldsFragment;
  onClose: () => void;
  onSaved: () => Promise<unknown>;
}

/** Create or edit a blocker: what it is, who owns it, and where or what it blocks. */
export function BlockerFormModal({ tenantId, item, onClose, onSaved }: BlockerFormModalProps) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const form = useBlockerForm(toBlockerFormValues(item));
  const errors = useSaveErrors(form);
  const [create, created] = useCreateBlockerMutation();
  const [update, updated] = useUpdateBlockerMutation();
  const type = form.values.objectType;
  const typeOptions = LINKABLE_TYPES.map((value) => ({ value, label: label(BLOCKER_OBJECT_TYPE_LABELS, value) }));

  const submit = form.onSubmit(async (values) => {
    try {
      if (item) await update({ variables: { input: toUpdateBlockerInput(item, values) } });
      else await create({ variables: { input: toCreateBlockerInput(tenantId, values) } });
      notifySuccess(t('blockers.saved'));
      await onSaved();
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  });

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('actions.closeDialog') }}
      opened
      onClose={onClose}
      title={item ? t('blockers.editTitle') : t('blockers.create')}
      size="lg"
      centered
    >
      {errors.conflict && (
        <ConflictAlert
          onReload={() => {
            // The list behind the dialog has the current version; open it again from there.
            void onSaved().then(onClose);
          }}
        />
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('blockers.fields.title')} required {...form.getInputProps('title')} />
          <Textarea
            label={t('blockers.fields.description')}
            autosize
            minRows={3}
            {...form.getInputProps('description')}
          />
          <TextInput
            label={t('blockers.fields.owner')}
            description={t('blockers.fields.ownerHint')}
            {...form.getInputProps('owner')}
          />
          <Select
            label={t('blockers.fields.objectType')}
            data={typeOptions}
            placeholder={t('blockers.noLink')}
            clearable
            value={type}
            onChange={(value) => {
              form.setFieldValue('objectType', value);
              form.setFieldValue('objectId', null);
            }}
          />
          {type && (
            <BlockerObjectSelect
              key={type}
              tenantId={tenantId}
              type={type}
              value={form.values.objectId}
              onChange={(value) => form.setFieldValue('objectId', value)}
              currentLabel={item?.objectId === form.values.objectId ? item?.objectLabel : null}
              error={form.errors.objectId as string | undefined}
            />
          )}
          {!locationIsDerived(type) && (
            <LocationSelect
              tenantId={tenantId}
              label={t('blockers.fields.location')}
              value={form.values.locationId}
              onChange={(value) => form.setFieldValue('locationId', value)}
              error={form.errors.locationId as string | undefined}
            />
          )}
          {locationIsDerived(type) && (
            <TextInput label={t('blockers.fields.location')} value={t('blockers.fields.locationHint')} readOnly />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={created.loading || updated.loading}>
              {t('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
