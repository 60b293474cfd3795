import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import {
  BULK_EDIT_FIELDS,
  bulkEditField,
  importMessage,
  parseBulkValue,
  type BulkEditField,
  type BulkEditObjectType,
} from '@schaltplan/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBulkUpdateMutation } from '../generated/graphql';
import { describeError, errorExtensions } from '../lib/graphql-errors';
import { notifySuccess } from '../lib/notify';
import { useErrorText } from './error-message';
import { LocationSelect } from './location-filter';

interface BulkEditModalProps {
  opened: boolean;
  onClose: () => void;
  objectType: BulkEditObjectType;
  tenantId: string;
  ids: string[];
  /** After a successful change (clear the selection). */
  onDone: () => void;
}

/** "Auswahl bearbeiten": one field, one value, for every selected row; all or nothing. */
export function BulkEditModal(props: BulkEditModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('bulkEdit.title', { count: props.ids.length })}
      closeButtonProps={{ 'aria-label': t('bulkEdit.close') }}
    >
      {/* Mounted only while open, so every opening starts empty. */}
      {props.opened && <BulkEditForm {...props} />}
    </Modal>
  );
}

function BulkEditForm(props: BulkEditModalProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'de';
  const client = useApolloClient();
  const errorText = useErrorText();
  const [fieldName, setFieldName] = useState<string | null>(null);
  const [value, setValue] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [bulkUpdate, { loading }] = useBulkUpdateMutation();
  const field = fieldName ? bulkEditField(props.objectType, fieldName) : undefined;

  const chooseField = (name: string | null) => {
    setFieldName(name);
    setValue(null);
    setProblem(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!field) {
      setProblem(t('bulkEdit.chooseField'));
      return;
    }
    // The same check the server runs, so mistakes show at the field before anything is sent.
    const parsed = parseBulkValue(field, value);
    if (!parsed.ok) {
      setProblem(importMessage(parsed.code, parsed.params, lang));
      return;
    }
    setProblem(null);
    try {
      const { data } = await bulkUpdate({
        variables: {
          input: { objectType: props.objectType, tenantId: props.tenantId, ids: props.ids, field: field.field, value },
        },
      });
      const changed = data?.bulkUpdate.changed ?? 0;
      notifySuccess(t('bulkEdit.done', { count: changed, field: field.label[lang] }));
      props.onDone();
      props.onClose();
      await client.refetchQueries({ include: 'active' });
    } catch (caught) {
      const missing = errorExtensions(caught).ids;
      setFailure(
        Array.isArray(missing) ? t('bulkEdit.missing', { count: missing.length }) : errorText(describeError(caught)),
      );
    }
  };

  const fieldOptions = BULK_EDIT_FIELDS[props.objectType].map((f) => ({ value: f.field, label: f.label[lang] }));
  const fieldLabel = field?.label[lang] ?? '';

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('bulkEdit.intro', { count: props.ids.length })}</Text>
        <Select
          label={t('bulkEdit.field')}
          placeholder={t('bulkEdit.fieldPlaceholder')}
          data={fieldOptions}
          value={fieldName}
          onChange={chooseField}
          required
          data-autofocus
          allowDeselect={false}
          error={!field && problem ? problem : undefined}
        />
        {field && (
          <ValueInput
            field={field}
            tenantId={props.tenantId}
            value={value}
            onChange={(v) => {
              setValue(v);
              setProblem(null);
            }}
            error={problem ?? undefined}
          />
        )}
        {field && (
          <Text size="sm" aria-live="polite">
            {t('bulkEdit.summary', { count: props.ids.length, field: fieldLabel })}
          </Text>
        )}
        {failure && (
          <Alert color="red" role="alert" title={t('errors.notSaved')}>
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('bulkEdit.apply', { count: props.ids.length })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface ValueInputProps {
  field: BulkEditField;
  tenantId: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
}

/** The input that fits the field's kind: a list to pick from wherever the values are fixed. */
function ValueInput({ field, tenantId, value, onChange, error }: ValueInputProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'de';
  const label = t('bulkEdit.value', { field: field.label[lang] });
  const description = field.required ? undefined : t('bulkEdit.emptyClears');
  if (field.kind === 'location') {
    return (
      <LocationSelect
        tenantId={tenantId}
        label={label}
        value={value}
        onChange={onChange}
        required={field.required}
        error={error}
      />
    );
  }
  if (field.kind === 'enum' || field.kind === 'boolean') {
    const data =
      field.kind === 'boolean'
        ? [
            { value: 'ja', label: t('common.yes') },
            { value: 'nein', label: t('common.no') },
          ]
        : Object.entries(field.enumLabels ?? {}).map(([code, l]) => ({ value: code, label: l[lang] }));
    return (
      <Select
        label={label}
        description={description}
        data={data}
        value={value}
        onChange={onChange}
        required={field.required}
        clearable={!field.required}
        error={error}
      />
    );
  }
  return (
    <TextInput
      label={label}
      description={description}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      required={field.required}
      error={error}
    />
  );
}
