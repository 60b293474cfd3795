import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { PRINTER_KIND_LABELS } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { FormPage } from '../../../components/form-page';
import { LocationSelect } from '../../../components/location-filter';
import { QueryState } from '../../../components/query-state';
import { useSaveErrors } from '../../../components/use-save-errors';
import {
  useCreatePrinterMutation,
  usePrinterQuery,
  useUpdatePrinterMutation,
  type PrinterFieldsFragment,
} from '../../../generated/graphql';
import { useEnumOptions } from '../../../lib/labels';
import { notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import {
  toCreatePrinterInput,
  toPrinterFormValues,
  toUpdatePrinterInput,
  usePrinterForm,
} from '../hooks/use-printer-form';

interface PrinterFormProps {
  tenantId: string;
  printer?: PrinterFieldsFragment;
  onReload?: () => Promise<PrinterFieldsFragment | undefined>;
}

function PrinterForm({ tenantId, printer, onReload }: PrinterFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const kinds = useEnumOptions(PRINTER_KIND_LABELS);
  // The version the user started editing from; only an explicit reload moves it forward.
  const [base, setBase] = useState(printer);
  const form = usePrinterForm(toPrinterFormValues(base, searchParams.get('standort')));
  const errors = useSaveErrors(form);
  const [create, created] = useCreatePrinterMutation();
  const [update, updated] = useUpdatePrinterMutation();

  const submit = form.onSubmit(async (values) => {
    try {
      if (base) {
        await update({ variables: { input: toUpdatePrinterInput(base, values) } });
        notifySuccess(t('common.saved', { name: values.name }));
        void navigate(paths.detail(tenantId, 'printers', base.id));
      } else {
        const result = await create({ variables: { input: toCreatePrinterInput(tenantId, values) } });
        notifySuccess(t('common.created', { name: values.name }));
        const id = result.data?.createPrinter.id;
        void navigate(id ? paths.detail(tenantId, 'printers', id) : paths.list(tenantId, 'printers'));
      }
    } catch (error) {
      errors.handle(error);
    }
  });

  const reload = async () => {
    const fresh = await onReload?.();
    if (fresh) {
      setBase(fresh);
      form.setValues(toPrinterFormValues(fresh));
    }
    form.resetDirty();
    errors.clearConflict();
  };

  const title = printer ? t('printers.editTitle', { name: printer.name }) : t('printers.create');
  return (
    <FormPage
      title={title}
      crumbs={[{ label: t('printers.title'), to: paths.list(tenantId, 'printers') }]}
      onSubmit={submit}
      saving={created.loading || updated.loading}
      cancelTo={printer ? paths.detail(tenantId, 'printers', printer.id) : paths.list(tenantId, 'printers')}
      conflict={errors.conflict}
      onReload={() => void reload()}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('printers.fields.name')} required {...form.getInputProps('name')} />
        <Select label={t('printers.fields.kind')} data={kinds} allowDeselect={false} {...form.getInputProps('kind')} />
        <LocationSelect tenantId={tenantId} required {...form.getInputProps('locationId')} />
        <TextInput label={t('fields.room')} {...form.getInputProps('room')} />
        <TextInput label={t('printers.fields.model')} {...form.getInputProps('model')} />
        <TextInput
          label={t('printers.fields.address')}
          description={t('printers.hints.address')}
          {...form.getInputProps('address')}
        />
        <TextInput
          label={t('printers.fields.shareName')}
          description={t('printers.hints.shareName')}
          {...form.getInputProps('shareName')}
        />
        <TextInput
          label={t('printers.fields.targetQueue')}
          description={t('printers.hints.targetQueue')}
          {...form.getInputProps('targetQueue')}
        />
      </SimpleGrid>
      <Textarea label={t('fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormPage>
  );
}

export function PrinterCreatePage() {
  const { tenantId = '' } = useParams();
  return <PrinterForm tenantId={tenantId} />;
}

export function PrinterEditPage() {
  const { tenantId = '', id = '' } = useParams();
  const { data, loading, error, refetch } = usePrinterQuery({ variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryState loading={loading} error={error} data={data?.printer}>
      {(printer) => (
        <PrinterForm
          key={printer.id}
          tenantId={tenantId}
          printer={printer}
          onReload={async () => (await refetch()).data?.printer}
        />
      )}
    </QueryState>
  );
}
