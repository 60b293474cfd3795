import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ProgressPhase = 'UPLOAD' | 'PARSE' | 'VALIDATE' | 'COMMIT' | 'DONE';

const PHASES: readonly string[] = ['UPLOAD', 'PARSE', 'VALIDATE', 'COMMIT', 'DONE'];

export function toPhase(value: string): ProgressPhase {
  return (PHASES.includes(value) ? value : 'PARSE') as ProgressPhase;
}

/**
 * A labelled progress bar for one phase. Without a known total it shows a moving bar, so a
 * slow step never looks frozen; screen readers get the phase and percentage as text.
 */
export function RunProgress({ phase, done, total }: { phase: ProgressPhase; done: number; total: number }) {
  const { t } = useTranslation();
  const known = total > 0;
  const percent = known ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const phaseLabel = t(`imports.progress.phases.${phase}`);
  const text = known ? t('imports.progress.valueText', { phase: phaseLabel, percent }) : `${phaseLabel} …`;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} aria-hidden>
        {text}
      </Text>
      <Progress.Root
        size="lg"
        role="progressbar"
        aria-label={t('imports.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={known ? percent : undefined}
        aria-valuetext={text}
      >
        <Progress.Section value={known ? percent : 100} withAria={false} striped={!known} animated={!known} />
      </Progress.Root>
    </Stack>
  );
}
