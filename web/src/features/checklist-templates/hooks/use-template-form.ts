import { useForm } from '@mantine/form';
import { CHECKLIST_LIMITS, DEFAULT_CHECKLIST_STEPS } from '@schaltplan/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChecklistTemplateFieldsFragment } from '../../../generated/graphql';

export interface StepValues {
  /** Stable React key of the row while it is moved around (not sent). */
  key: string;
  label: string;
  required: boolean;
  needsEvidence: boolean;
}

export interface TemplateValues extends Record<string, unknown> {
  name: string;
  isDefault: boolean;
  steps: StepValues[];
}

let nextKey = 0;
export const newKey = () => `step-${++nextKey}`;

export function emptyStep(): StepValues {
  return { key: newKey(), label: '', required: true, needsEvidence: false };
}

function initialValues(template: ChecklistTemplateFieldsFragment | null): TemplateValues {
  if (template) {
    return {
      name: template.name,
      isDefault: template.isDefault,
      steps: [...template.steps]
        .sort((a, b) => a.position - b.position)
        .map((s) => ({ key: newKey(), label: s.label, required: s.required, needsEvidence: s.needsEvidence })),
    };
  }
  // A new template starts from the standard runbook; removing steps is quicker than typing them.
  return {
    name: '',
    isDefault: false,
    steps: DEFAULT_CHECKLIST_STEPS.map((s) => ({
      key: newKey(),
      label: s.label,
      required: s.required,
      needsEvidence: !!s.needsEvidence,
    })),
  };
}

/** Index of the row from a form path such as "steps.2.label". */
const rowOf = (path: string) => Number(path.split('.')[1] ?? 0) + 1;

/** The template form; every message names the field and, for steps, the row. */
export function useTemplateForm(template: ChecklistTemplateFieldsFragment | null) {
  const { t } = useTranslation();
  return useForm<TemplateValues>({
    initialValues: initialValues(template),
    validate: {
      name: (value) => {
        if (!value.trim()) return t('checklistTemplates.validation.nameRequired');
        return value.length > CHECKLIST_LIMITS.templateName
          ? t('checklistTemplates.validation.nameTooLong', { max: CHECKLIST_LIMITS.templateName })
          : null;
      },
      steps: {
        label: (value, _values, path) => {
          if (!value.trim()) return t('checklistTemplates.validation.labelRequired', { row: rowOf(path) });
          return value.length > CHECKLIST_LIMITS.label
            ? t('checklistTemplates.validation.labelTooLong', { row: rowOf(path), max: CHECKLIST_LIMITS.label })
            : null;
        },
      },
    },
  });
}

/** Steps rule outside the per-row ones: 1 to 40. */
export function stepsCountError(count: number, t: TFunction) {
  if (count === 0) return t('checklistTemplates.validation.noSteps');
  if (count > CHECKLIST_LIMITS.steps)
    return t('checklistTemplates.validation.tooManySteps', { max: CHECKLIST_LIMITS.steps });
  return null;
}
