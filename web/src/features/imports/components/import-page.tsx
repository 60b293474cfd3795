import { Anchor, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';
import { useImportWizard, WIZARD_STEPS, type ImportWizard } from '../hooks/use-import-wizard';
import { CheckStep } from './check-step';
import { ColumnsStep } from './columns-step';
import { CommitStep } from './commit-step';
import { TargetStep } from './target-step';

const CONTENT: Record<(typeof WIZARD_STEPS)[number], (props: { wizard: ImportWizard }) => ReactNode> = {
  file: TargetStep,
  columns: ColumnsStep,
  check: CheckStep,
  commit: CommitStep,
};

/** The import wizard: Ziel & Datei → Datei & Spalten → Prüfen → Übernehmen. */
export function ImportPage() {
  const { t } = useTranslation();
  const { tenantId = '' } = useParams();
  const wizard = useImportWizard(tenantId);
  usePageTitle(t('imports.title'));
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // A new step replaces the content: move focus to its heading so screen readers start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [wizard.step]);

  // Steps already passed can be revisited; later ones only through the buttons (which check the input).
  // Once committed, the wizard only offers a new import.
  const reachable = (index: number) =>
    index < wizard.step && !wizard.dryRun.running && !wizard.commit.running && !wizard.commit.run;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1} tabIndex={-1}>
          {t('imports.title')}
        </Title>
        <Anchor component={Link} to={paths.importHistory(tenantId)}>
          {t('imports.historyLink')}
        </Anchor>
      </Group>
      <Text>{t('imports.intro')}</Text>
      <Stepper
        active={wizard.step}
        onStepClick={(index) => reachable(index) && wizard.setStep(index)}
        allowNextStepsSelect={false}
        aria-label={t('imports.stepper')}
        size="sm"
      >
        {WIZARD_STEPS.map((key, index) => {
          const Content = CONTENT[key];
          return (
            <Stepper.Step
              key={key}
              label={t(`imports.steps.${key}.label`)}
              description={t(`imports.steps.${key}.description`)}
              allowStepSelect={reachable(index)}
              aria-current={index === wizard.step ? 'step' : undefined}
            >
              <Stack gap="lg" pt="md">
                <Title order={2} ref={index === wizard.step ? stepHeading : undefined} tabIndex={-1}>
                  {t('imports.stepStatus', {
                    current: index + 1,
                    total: WIZARD_STEPS.length,
                    label: t(`imports.steps.${key}.label`),
                  })}
                </Title>
                <Content wizard={wizard} />
              </Stack>
            </Stepper.Step>
          );
        })}
      </Stepper>
    </Stack>
  );
}
