import { Button, Group, Paper, Stack, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';

interface ChartPanelProps {
  titleId: string;
  title: string;
  showChartLabel: string;
  showTableLabel: string;
  /** Shown instead of chart and table when there is nothing to draw (empty, error). */
  message?: ReactNode;
  hasData: boolean;
  legend: ReactNode;
  /** Called only when there is data: drawing code may index into it. */
  renderChart: () => ReactNode;
  /** The same data as a table: for screen readers always, for everyone on request. */
  table: ReactNode;
}

/** A titled chart with its legend and a "show as table" toggle (charts are never the only form). */
export function ChartPanel({
  titleId,
  title,
  showChartLabel,
  showTableLabel,
  message,
  hasData,
  legend,
  renderChart,
  table,
}: ChartPanelProps) {
  const [asTable, setAsTable] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id={titleId}>
            {title}
          </Title>
          {hasData && (
            <Button size="compact-sm" variant="default" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
              {asTable ? showChartLabel : showTableLabel}
            </Button>
          )}
        </Group>
        {message}
        {hasData && asTable && table}
        {hasData && !asTable && (
          <>
            {legend}
            {renderChart()}
            <VisuallyHidden>{table}</VisuallyHidden>
          </>
        )}
      </Stack>
    </Paper>
  );
}
