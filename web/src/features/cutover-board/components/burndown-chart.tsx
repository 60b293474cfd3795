import { Box, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../../components/chart-panel';
import type { CutoverBurndownQuery } from '../../../generated/graphql';
import { burndownScale, linePath, stepPath, timeTicks, zoneOffset, type Point } from '../hooks/burndown-geometry';

const WIDTH = 760;
const HEIGHT = 260;
const BOX = { left: 56, right: WIDTH - 48, top: 16, bottom: HEIGHT - 48 };
/** Cutover windows are Berlin local time, wherever the viewer's device is set. */
const TIME_ZONE = 'Europe/Berlin';
const PLANNED = 'var(--mantine-color-gray-7)';
const ACTUAL = 'var(--mantine-color-blue-9)';
const AXIS = 'var(--mantine-color-gray-8)';

type Burndown = CutoverBurndownQuery['cutoverBurndown'];

function LegendLine({ dashed, color, label }: { dashed?: boolean; color: string; label: string }) {
  return (
    <Group gap={6}>
      <svg width={28} height={10} aria-hidden>
        <line
          x1={0}
          x2={28}
          y1={5}
          y2={5}
          stroke={color}
          strokeWidth={3}
          strokeDasharray={dashed ? '6 4' : undefined}
        />
      </svg>
      <Text size="sm">{label}</Text>
    </Group>
  );
}

/**
 * Remaining workstations of one Standort: planned (dashed, straight) against actual (steps,
 * from the audit trail). The same numbers are in a table for screen readers and on request.
 */
export function BurndownChart({ burndown, now }: { burndown: Burndown; now: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  const { planned, actual, total } = burndown;
  const all: Point[] = [...planned, ...actual];
  const scale = burndownScale(all, total, BOX);
  const multiDay = scale.to - scale.from > 20 * 3_600_000;
  const time = new Intl.DateTimeFormat(
    locale,
    multiDay
      ? { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE }
      : { timeStyle: 'short', timeZone: TIME_ZONE },
  );
  const full = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  const last = actual[actual.length - 1];
  const rows = [...new Set(all.map((p) => p.at))]
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .map((at) => ({
      at,
      planned: planned.find((p) => p.at === at)?.remaining,
      actual: actual.find((p) => p.at === at)?.remaining,
    }));

  const table = (
    <Table aria-label={t('cutoverBoard.burndown.tableLabel')} withTableBorder striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cutoverBoard.burndown.time')}</Table.Th>
          <Table.Th ta="right">{t('cutoverBoard.burndown.planned')}</Table.Th>
          <Table.Th ta="right">{t('cutoverBoard.burndown.actual')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.at}>
            <Table.Td>{full.format(new Date(r.at))}</Table.Td>
            <Table.Td ta="right">{r.planned ?? '–'}</Table.Td>
            <Table.Td ta="right">{r.actual ?? '–'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <ChartPanel
      titleId="burndown-title"
      title={t('cutoverBoard.burndown.title')}
      showChartLabel={t('cutoverBoard.burndown.showChart')}
      showTableLabel={t('cutoverBoard.burndown.showTable')}
      message={rows.length === 0 && <Text c="dimmed">{t('cutoverBoard.burndown.empty')}</Text>}
      hasData={rows.length > 0}
      legend={
        <Group gap="md">
          <LegendLine dashed color={PLANNED} label={t('cutoverBoard.burndown.planned')} />
          <LegendLine color={ACTUAL} label={t('cutoverBoard.burndown.actual')} />
        </Group>
      }
      renderChart={() => (
        <Box maw={WIDTH}>
          <svg
            role="img"
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            width="100%"
            aria-label={t('cutoverBoard.burndown.summary', {
              total,
              remaining: last ? last.remaining : total,
            })}
          >
            {[0, Math.round(scale.max / 2), scale.max].map((v) => (
              <g key={v}>
                <line
                  x1={BOX.left}
                  x2={BOX.right}
                  y1={scale.y(v)}
                  y2={scale.y(v)}
                  stroke="var(--mantine-color-gray-3)"
                />
                <text x={BOX.left - 6} y={scale.y(v) + 4} fontSize={12} textAnchor="end" fill={AXIS}>
                  {v}
                </text>
              </g>
            ))}
            {timeTicks(scale, 6, zoneOffset(scale.from, TIME_ZONE)).map((ms) => (
              <text key={ms} x={scale.x(ms)} y={BOX.bottom + 18} fontSize={12} textAnchor="middle" fill={AXIS}>
                {time.format(new Date(ms))}
              </text>
            ))}
            <line x1={BOX.left} x2={BOX.right} y1={BOX.bottom} y2={BOX.bottom} stroke={AXIS} />
            <line x1={BOX.left} x2={BOX.left} y1={BOX.top} y2={BOX.bottom} stroke={AXIS} />
            <text x={(BOX.left + BOX.right) / 2} y={HEIGHT - 6} fontSize={12} textAnchor="middle" fill={AXIS}>
              {t('cutoverBoard.burndown.xAxis')}
            </text>
            <text
              transform={`translate(14 ${(BOX.top + BOX.bottom) / 2}) rotate(-90)`}
              fontSize={12}
              textAnchor="middle"
              fill={AXIS}
            >
              {t('cutoverBoard.burndown.yAxis')}
            </text>
            <path d={linePath(planned, scale)} fill="none" stroke={PLANNED} strokeWidth={2} strokeDasharray="6 4" />
            <path d={stepPath(actual, scale, now)} fill="none" stroke={ACTUAL} strokeWidth={3} />
          </svg>
        </Box>
      )}
      table={table}
    />
  );
}
