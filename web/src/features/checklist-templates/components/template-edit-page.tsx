import { Alert, Switch, TextInput } from '@mantine/core';
import { CHECKLIST_LIMITS } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmDeleteButton } from '../../../components/confirm-delete-button';
import { FormPage } from '../../../components/form-page';
import { QueryState } from '../../../components/query-state';
import { useSaveErrors } from '../../../components/use-save-errors';
import {
  useChecklistTemplatesQuery,
  useCreateChecklistTemplateMutation,
  useDeleteChecklistTemplateMutation,
  useUpdateChecklistTemplateMutation,
  type ChecklistTemplateFieldsFragment,
} from '../../../generated/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import { usePermissions } from '../../../lib/session';
import { stepsCountError, useTemplateForm, type TemplateValues } from '../hooks/use-template-form';
import { StepRows } from './step-rows';
import { TemplateView } from './template-view';

/** One template: the form for admins and project managers, a read-only list for everyone else. */
export function TemplateEditPage() {
  const { tenantId = '', id } = useParams();
  const { can } = usePermissions();
  const { data, loading, error, refetch } = useChecklistTemplatesQuery({ variables: { tenantId } });
  if (!id) return <TemplateForm tenantId={tenantId} template={null} onReload={() => void refetch()} />;
  const template = data?.checklistTemplates.find((x) => x.id === id);
  return (
    <QueryState loading={loading} error={error} data={template}>
      {(x) =>
        can('checklists.write') ? (
          // Keyed by the stored version: after a reload the form starts from the new state.
          <TemplateForm key={x.version} tenantId={tenantId} template={x} onReload={() => void refetch()} />
        ) : (
          <TemplateView tenantId={tenantId} template={x} />
        )
      }
    </QueryState>
  );
}

function TemplateForm(props: {
  tenantId: string;
  template: ChecklistTemplateFieldsFragment | null;
  onReload: () => void;
}) {
  const { tenantId, template } = props;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useTemplateForm(template);
  const errors = useSaveErrors(form);
  const [stepsError, setStepsError] = useState<string | null>(null);
  const [create, creating] = useCreateChecklistTemplateMutation();
  const [update, updating] = useUpdateChecklistTemplateMutation();
  const [remove, removing] = useDeleteChecklistTemplateMutation();
  const title = template
    ? t('checklistTemplates.editTitle', { name: template.name })
    : t('checklistTemplates.createTitle');

  const save = async (values: TemplateValues) => {
    const countError = stepsCountError(values.steps.length, t);
    setStepsError(countError);
    if (countError) return;
    errors.clearConflict();
    const steps = values.steps.map((s) => ({
      label: s.label.trim(),
      required: s.required,
      needsEvidence: s.needsEvidence,
    }));
    try {
      if (template) {
        await update({
          variables: {
            input: {
              id: template.id,
              version: template.version,
              name: values.name.trim(),
              isDefault: values.isDefault,
              steps,
            },
          },
          refetchQueries: ['ChecklistTemplates'],
        });
      } else {
        await create({
          variables: { input: { tenantId, name: values.name.trim(), isDefault: values.isDefault, steps } },
          refetchQueries: ['ChecklistTemplates'],
        });
      }
      notifySuccess(t('checklistTemplates.saved', { name: values.name.trim() }));
      await navigate(paths.checklistTemplates(tenantId));
    } catch (caught) {
      // Problems of one step ("steps.2.label") land on that row's input.
      const info = describeError(caught);
      const field = (name: string) => name.replace(/^input\./, '');
      const known = (name: string) => name === 'name' || /^steps\.\d+\.label$/.test(name);
      if (info.kind === 'invalid' && info.fields.length > 0 && info.fields.every((f) => known(field(f.field)))) {
        for (const f of info.fields)
          form.setFieldError(field(f.field), t('errors.serverRejected', { message: f.message }));
        return;
      }
      errors.handle(caught);
    }
  };

  return (
    <FormPage
      title={title}
      crumbs={[{ label: t('checklistTemplates.title'), to: paths.checklistTemplates(tenantId) }]}
      onSubmit={form.onSubmit((values) => void save(values))}
      saving={creating.loading || updating.loading}
      cancelTo={paths.checklistTemplates(tenantId)}
      conflict={errors.conflict}
      onReload={props.onReload}
    >
      <TextInput
        label={t('checklistTemplates.fields.name')}
        required
        maxLength={CHECKLIST_LIMITS.templateName}
        {...form.getInputProps('name')}
      />
      <Switch
        label={t('checklistTemplates.fields.isDefault')}
        description={t('checklistTemplates.defaultHint')}
        disabled={template?.isDefault}
        {...form.getInputProps('isDefault', { type: 'checkbox' })}
      />
      {stepsError && (
        <Alert color="red" role="alert">
          {stepsError}
        </Alert>
      )}
      <StepRows form={form} maxSteps={CHECKLIST_LIMITS.steps} />
      {template && !template.isDefault && (
        <div>
          <ConfirmDeleteButton
            subject={template.name}
            permission="checklists.write"
            loading={removing.loading}
            onConfirm={async () => {
              try {
                await remove({
                  variables: { id: template.id, version: template.version },
                  refetchQueries: ['ChecklistTemplates'],
                });
                await navigate(paths.checklistTemplates(tenantId));
              } catch (caught) {
                errors.handle(caught);
              }
            }}
          />
        </div>
      )}
    </FormPage>
  );
}
