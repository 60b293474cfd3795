import { Box, Text } from '@mantine/core';
import { PROJECT_PHASE_LABELS } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type { ProjectPhaseFieldsFragment } from '../../../generated/graphql';
import { useEnumLabel } from '../../../lib/labels';
import { useDayFormat } from '../hooks/use-day-format';
import { timelineScale, todayDay } from '../hooks/use-timeline-scale';

interface Cutover {
  locationId: string;
  locationName: string;
  cutoverDate?: string | null;
  ready: boolean;
}

const LABEL_WIDTH = 170;
const ROW = 34;

/**
 * Gantt-like picture of the project: planned (light) and actual (dark) bars per phase, each
 * Standort's cutover day as a marker, and today as a line. The table next to it carries the same
 * facts for screen readers, so the drawing itself is one labelled image.
 */
export function PhaseTimelineChart({
  phases,
  cutovers,
}: {
  phases: ProjectPhaseFieldsFragment[];
  cutovers: Cutover[];
}) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const day = useDayFormat();
  const today = todayDay();
  const dated = cutovers.filter((c): c is Cutover & { cutoverDate: string } => !!c.cutoverDate);
  const days = [
    ...phases.flatMap((p) => [p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd]),
    ...dated.map((c) => c.cutoverDate),
  ].filter((d): d is string => !!d);
  const scale = timelineScale(days, today);
  if (!scale) return <Text c="dimmed">{t('plan.timeline.noDates')}</Text>;
  const month = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'de-DE', {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
  const bar = (from: string | null | undefined, to: string | null | undefined) => {
    const start = from ?? to;
    const end = to ?? from;
    if (!start || !end) return null;
    return { left: `${scale.at(start)}%`, width: `max(${scale.at(end) - scale.at(start)}%, 4px)` };
  };
  const rows = [...phases.map((p) => p.phase as string), 'CUTOVERS'];

  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <Box role="region" tabIndex={0} aria-label={t('plan.timeline.chartRegion')} style={{ overflowX: 'auto' }}>
      <Box
        role="img"
        aria-label={t('plan.timeline.chartLabel')}
        style={{ position: 'relative', minWidth: 640, paddingLeft: LABEL_WIDTH, height: ROW * (rows.length + 1) }}
      >
        {scale.months.map((m) => (
          <Box
            key={m.day}
            style={{
              position: 'absolute',
              left: `calc(${LABEL_WIDTH}px + (100% - ${LABEL_WIDTH}px) * ${m.left / 100})`,
              top: 0,
              bottom: 0,
              borderLeft: '1px solid var(--mantine-color-gray-3)',
            }}
          >
            <Text size="xs" c="gray.7" pl={4}>
              {month.format(new Date(`${m.day}T00:00:00Z`))}
            </Text>
          </Box>
        ))}
        {rows.map((row, index) => {
          const phase = phases.find((p) => p.phase === row);
          const planned = phase && bar(phase.plannedStart, phase.plannedEnd);
          const actual = phase && bar(phase.actualStart, phase.actualEnd);
          return (
            <Box key={row} style={{ position: 'absolute', left: 0, right: 0, top: ROW * (index + 1), height: ROW }}>
              <Text
                size="sm"
                fw={600}
                style={{ position: 'absolute', left: 0, width: LABEL_WIDTH - 8, lineHeight: `${ROW}px` }}
                truncate
              >
                {phase ? label(PROJECT_PHASE_LABELS, phase.phase) : t('plan.timeline.cutovers')}
              </Text>
              <Box style={{ position: 'absolute', left: LABEL_WIDTH, right: 0, top: 0, bottom: 0 }}>
                {planned && (
                  <Box
                    bg="blue.2"
                    style={{ position: 'absolute', top: 6, height: ROW - 12, borderRadius: 4, ...planned }}
                  />
                )}
                {actual && (
                  <Box
                    bg="blue.8"
                    style={{ position: 'absolute', top: 12, height: ROW - 24, borderRadius: 2, ...actual }}
                  />
                )}
                {!phase &&
                  dated.map((c) => (
                    <Box
                      key={c.locationId}
                      title={`${c.locationName}: ${day(c.cutoverDate)}`}
                      bg={c.ready ? 'green.8' : 'orange.8'}
                      style={{
                        position: 'absolute',
                        left: `calc(${scale.at(c.cutoverDate)}% - 6px)`,
                        top: 10,
                        width: 12,
                        height: 12,
                        transform: 'rotate(45deg)',
                      }}
                    />
                  ))}
              </Box>
            </Box>
          );
        })}
        <Box
          style={{
            position: 'absolute',
            top: ROW - 6,
            bottom: 0,
            left: `calc(${LABEL_WIDTH}px + (100% - ${LABEL_WIDTH}px) * ${scale.at(today) / 100})`,
            borderLeft: '2px solid var(--mantine-color-red-8)',
          }}
        >
          <Text size="xs" fw={700} c="red.8" pl={4}>
            {t('plan.timeline.today')}
          </Text>
        </Box>
      </Box>
    </Box>
  );
}
