import { ActionIcon, Button, Group, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { emptyStep, type TemplateValues } from '../hooks/use-template-form';

/** Keeps the keyboard on the button that moved its row (React moves the DOM node, which drops focus). */
function refocus(id: string) {
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The ordered steps: add, remove, move up/down with buttons (no drag-only interaction). */
export function StepRows({ form, maxSteps }: { form: UseFormReturnType<TemplateValues>; maxSteps: number }) {
  const { t } = useTranslation();
  const steps = form.values.steps;
  const move = (from: number, to: number, buttonId: string) => {
    form.reorderListItem('steps', { from, to });
    refocus(buttonId);
  };

  return (
    <Stack
      gap="xs"
      component="ol"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('checklistTemplates.fields.steps')}
    >
      {steps.map((step, index) => {
        const row = index + 1;
        return (
          <Paper component="li" withBorder p="sm" key={step.key} data-testid="template-step">
            <Group align="flex-start" wrap="wrap" gap="sm">
              <Text fw={700} w={28} pt={6} aria-hidden>
                {row}.
              </Text>
              <TextInput
                style={{ flex: '1 1 260px' }}
                label={t('checklistTemplates.fields.stepLabel', { row })}
                required
                {...form.getInputProps(`steps.${index}.label`)}
              />
              <Stack gap={6} pt={4}>
                <Switch
                  label={t('checklistTemplates.fields.required')}
                  aria-label={t('checklistTemplates.fields.requiredOf', { row })}
                  {...form.getInputProps(`steps.${index}.required`, { type: 'checkbox' })}
                />
                <Switch
                  label={t('checklistTemplates.fields.needsEvidence')}
                  aria-label={t('checklistTemplates.fields.needsEvidenceOf', { row })}
                  {...form.getInputProps(`steps.${index}.needsEvidence`, { type: 'checkbox' })}
                />
              </Stack>
              <Group gap={4} pt={4}>
                <ActionIcon
                  id={`${step.key}-up`}
                  variant="default"
                  size="lg"
                  disabled={index === 0}
                  aria-label={t('checklistTemplates.actions.up', { row })}
                  onClick={() => move(index, index - 1, `${step.key}-up`)}
                >
                  <span aria-hidden>↑</span>
                </ActionIcon>
                <ActionIcon
                  id={`${step.key}-down`}
                  variant="default"
                  size="lg"
                  disabled={index === steps.length - 1}
                  aria-label={t('checklistTemplates.actions.down', { row })}
                  onClick={() => move(index, index + 1, `${step.key}-down`)}
                >
                  <span aria-hidden>↓</span>
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  color="red"
                  size="lg"
                  aria-label={t('checklistTemplates.actions.remove', { row })}
                  onClick={() => {
                    form.removeListItem('steps', index);
                    refocus('add-step');
                  }}
                >
                  <span aria-hidden>✕</span>
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        );
      })}
      <li>
        <Button
          id="add-step"
          variant="default"
          disabled={steps.length >= maxSteps}
          onClick={() => form.insertListItem('steps', emptyStep())}
        >
          {t('checklistTemplates.actions.addStep')}
        </Button>
      </li>
    </Stack>
  );
}
