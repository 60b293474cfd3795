import { PROJECT_PHASE_LABELS } from '@schaltplan/domain';
import type { CanvasElement, TableCell } from 'pdfmake/interfaces';
import type { PdfContent } from '../pdf/pdf-renderer';
import type { ProjectPhasePlan } from '../plan/plan.models';
import { germanDate } from './report-format';

const WIDTH = 400;
const BAR = 12;
const BLUE = '#3b6ea5';
const TODAY = '#b3261e';

const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/**
 * The phases as bars over the project's dates: the frame is the plan, the filled bar what
 * actually happened (up to today while a phase runs), a red line marks today. The table above
 * gives the same dates in words. Nothing is drawn while no phase has a date.
 */
export function phaseChart(phases: ProjectPhasePlan[], today: string): PdfContent[] {
  const dates = phases
    .flatMap((p) => [p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd])
    .filter((d): d is string => d !== null)
    .map(dayNumber);
  if (dates.length === 0) return [];
  // Today is always on the axis: the committee sees where the project stands against its plan.
  const now = dayNumber(today);
  const first = Math.min(...dates, now);
  const last = Math.max(...dates, now, first + 1);
  const x = (iso: string): number => ((dayNumber(iso) - first) / (last - first)) * WIDTH;

  const bar = (p: ProjectPhasePlan): CanvasElement[] => {
    const shapes: CanvasElement[] = [{ type: 'rect', x: 0, y: 0, w: WIDTH, h: BAR, color: '#f2f2f2' }];
    const planFrom = p.plannedStart ?? p.plannedEnd;
    const planTo = p.plannedEnd ?? p.plannedStart;
    if (planFrom && planTo) {
      const from = x(planFrom);
      shapes.push({ type: 'rect', x: from, y: 0, w: Math.max(x(planTo) - from, 2), h: BAR, lineColor: BLUE });
    }
    if (p.actualStart) {
      const from = x(p.actualStart);
      const to = p.actualEnd
        ? x(p.actualEnd)
        : Math.min(Math.max(((now - first) / (last - first)) * WIDTH, from), WIDTH);
      shapes.push({ type: 'rect', x: from, y: 3, w: Math.max(to - from, 2), h: BAR - 6, color: BLUE });
    }
    const at = ((now - first) / (last - first)) * WIDTH;
    shapes.push({ type: 'line', x1: at, y1: -3, x2: at, y2: BAR + 3, lineWidth: 1, lineColor: TODAY });
    return shapes;
  };

  const lastDay = new Date(last * 86_400_000).toISOString().slice(0, 10);
  const firstDay = new Date(first * 86_400_000).toISOString().slice(0, 10);
  return [
    {
      table: {
        widths: [80, WIDTH],
        body: [
          ...phases.map((p): TableCell[] => [
            { text: PROJECT_PHASE_LABELS[p.phase].de, fontSize: 9, margin: [0, 2, 0, 0] },
            { canvas: bar(p), margin: [0, 3, 0, 3] },
          ]),
          [
            '',
            {
              columns: [
                { text: germanDate(firstDay), style: 'muted' },
                { text: germanDate(lastDay), style: 'muted', alignment: 'right' },
              ],
            },
          ],
        ],
      },
      layout: 'noBorders',
      margin: [0, 12, 0, 0],
    },
    {
      text: 'Rahmen: geplanter Zeitraum · gefüllter Balken: tatsächlicher Verlauf · rote Linie: heute',
      style: 'muted',
    },
  ];
}
