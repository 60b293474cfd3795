import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { IMPORT_TARGETS, type ImportTarget } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import { useImportLabels } from '../hooks/use-import-labels';

/** One card per target, each saying in plain words what a row of the file should be. */
export function TargetCards({
  value,
  onChange,
}: {
  value: ImportTarget | null;
  onChange: (target: ImportTarget) => void;
}) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  return (
    <Radio.Group
      value={value}
      onChange={(next) => onChange(next)}
      label={t('imports.target.legend')}
      labelProps={{ fz: 'lg', fw: 600, mb: 'xs' }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        {IMPORT_TARGETS.map((target) => (
          <Radio.Card
            key={target}
            value={target}
            p="sm"
            radius="md"
            aria-label={labels.target(target)}
            aria-describedby={`import-target-${target}`}
          >
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <Stack gap={4}>
                <Text fw={600}>{labels.target(target)}</Text>
                <Text size="sm" c="dimmed" id={`import-target-${target}`}>
                  {t(`imports.target.help.${target}`)}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
