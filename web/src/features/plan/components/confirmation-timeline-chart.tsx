import { Box, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../../components/chart-panel';
import { ConfirmationTimelineDocument, useConfirmationTimelineQuery } from '../../../generated/graphql';
import { takePreloaded } from '../../../lib/preloaded-queries';
import { fillDays } from '../hooks/confirmation-days';
import { useDayFormat } from '../hooks/use-day-format';

const HEIGHT = 160;
const BAR = 14;
const GAP = 6;
const CONFIRMED = 'var(--mantine-color-green-9)';
const REJECTED = 'var(--mantine-color-red-9)';

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6}>
      <Box w={12} h={12} style={{ background: color, borderRadius: 2 }} />
      <Text size="sm">{label}</Text>
    </Group>
  );
}

/**
 * "Bestätigungen im Zeitverlauf": confirmations and rejections per day (from the audit trail) as
 * stacked bars. The drawing is one labelled image; the same numbers are in a table (hidden
 * until asked for, but always read by screen readers).
 */
export function ConfirmationTimelineChart() {
  const { t } = useTranslation();
  const format = useDayFormat();
  // Opened directly, the board's page fetched this with the session check: no second request then.
  const [preloaded] = useState(() => takePreloaded(ConfirmationTimelineDocument));
  const { data, error } = useConfirmationTimelineQuery({
    fetchPolicy: preloaded ? 'cache-first' : 'cache-and-network',
  });
  const days = fillDays(data?.confirmationTimeline ?? []);
  const max = Math.max(1, ...days.map((d) => d.confirmed + d.rejected));
  const total = days.reduce(
    (sum, d) => ({ confirmed: sum.confirmed + d.confirmed, rejected: sum.rejected + d.rejected }),
    { confirmed: 0, rejected: 0 },
  );
  const width = Math.max(days.length * (BAR + GAP), 120);
  const scale = (n: number) => (n / max) * (HEIGHT - 20);

  const table = (
    <Table aria-label={t('plan.confirmationChart.tableLabel')} withTableBorder striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('plan.confirmationChart.day')}</Table.Th>
          <Table.Th ta="right">{t('plan.confirmationChart.confirmed')}</Table.Th>
          <Table.Th ta="right">{t('plan.confirmationChart.rejected')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {days
          .filter((d) => d.confirmed + d.rejected > 0)
          .map((d) => (
            <Table.Tr key={d.day}>
              <Table.Td>{format(d.day)}</Table.Td>
              <Table.Td ta="right">{d.confirmed}</Table.Td>
              <Table.Td ta="right">{d.rejected}</Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <ChartPanel
      titleId="confirmation-chart-title"
      title={t('plan.confirmationChart.title')}
      showChartLabel={t('plan.confirmationChart.showChart')}
      showTableLabel={t('plan.confirmationChart.showTable')}
      message={
        (error && !data && <Text c="red.9">{t('plan.confirmationChart.error')}</Text>) ||
        (data && days.length === 0 && <Text c="dimmed">{t('plan.confirmationChart.empty')}</Text>)
      }
      hasData={days.length > 0}
      legend={
        <Group gap="md">
          <Legend color={CONFIRMED} label={t('plan.confirmationChart.confirmed')} />
          <Legend color={REJECTED} label={t('plan.confirmationChart.rejected')} />
        </Group>
      }
      renderChart={() => (
        <Box role="region" tabIndex={0} aria-label={t('plan.confirmationChart.region')} style={{ overflowX: 'auto' }}>
          <svg
            role="img"
            aria-label={t('plan.confirmationChart.summary', {
              from: format(days[0].day),
              to: format(days[days.length - 1].day),
              confirmed: total.confirmed,
              rejected: total.rejected,
            })}
            width={width}
            height={HEIGHT + 20}
          >
            <line x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} stroke="var(--mantine-color-gray-5)" />
            <line
              x1={0}
              x2={width}
              y1={HEIGHT - scale(max)}
              y2={HEIGHT - scale(max)}
              stroke="var(--mantine-color-gray-3)"
              strokeDasharray="4 4"
            />
            <text
              x={width}
              y={HEIGHT - scale(max) - 4}
              fontSize={11}
              textAnchor="end"
              fill="var(--mantine-color-gray-8)"
            >
              {max}
            </text>
            {days.map((d, i) => {
              const x = i * (BAR + GAP) + GAP / 2;
              const c = scale(d.confirmed);
              const r = scale(d.rejected);
              return (
                <g key={d.day}>
                  <title>
                    {`${format(d.day)}: ${t('plan.confirmationChart.confirmed')} ${d.confirmed}, ${t('plan.confirmationChart.rejected')} ${d.rejected}`}
                  </title>
                  <rect x={x} y={HEIGHT - c} width={BAR} height={c} fill={CONFIRMED} />
                  <rect x={x} y={HEIGHT - c - r} width={BAR} height={r} fill={REJECTED} />
                </g>
              );
            })}
            <text x={0} y={HEIGHT + 15} fontSize={11} fill="var(--mantine-color-gray-8)">
              {format(days[0].day)}
            </text>
            {days.length > 8 && (
              <text x={width} y={HEIGHT + 15} fontSize={11} textAnchor="end" fill="var(--mantine-color-gray-8)">
                {format(days[days.length - 1].day)}
              </text>
            )}
          </svg>
        </Box>
      )}
      table={table}
    />
  );
}
