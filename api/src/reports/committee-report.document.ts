import {
  PHASE_STATUS_LABELS,
  PROJECT_PHASE_LABELS,
  READINESS_CRITERION_LABELS,
  TENANT_KIND_LABELS,
  WORKSTATION_STATUS_LABELS,
  type ReadinessCriterion,
} from '@schaltplan/domain';
import type { TableCell } from 'pdfmake/interfaces';
import { berlinDate } from '../exports/export-file-name';
import { renderPdf, type PdfContent } from '../pdf/pdf-renderer';
import type { CommitteeLocation, CommitteeReport } from './committee-report.service';
import { MIGRATED_STATUSES } from './committee-report.service';
import { phaseChart } from './phase-chart';
import {
  APP_VERSION,
  berlinDateTime,
  berlinDay,
  germanDate,
  germanNumber,
  percent,
  reportFooter,
} from './report-format';

export const COMMITTEE_REPORT_TITLE = 'Statusbericht für den Ausschuss';

const GREEN = '#1b6e20';
const RED = '#b3261e';

const header = (...titles: string[]): TableCell[] => titles.map((text) => ({ text, style: 'tableHeader' }));
function period(from: string | null, to: string | null): string {
  if (from && to) return `${germanDate(from)} – ${germanDate(to)}`;
  if (from) return `ab ${germanDate(from)}`;
  return to ? `bis ${germanDate(to)}` : '–';
}
const ofTotal = (part: number, total: number): string =>
  `${germanNumber(part)} von ${germanNumber(total)} (${percent(part, total)})`;

/** How many items keep a criterion from holding, in words ("3 Personen"). */
function openItems(criterion: ReadinessCriterion, n: number): string | null {
  switch (criterion) {
    case 'PERSONS_CONFIRMED':
      return n === 1 ? '1 Person' : `${n} Personen`;
    case 'FACHVERFAHREN_TESTED':
      return `${n} Fachverfahren`;
    case 'PRINTERS_HAVE_QUEUE':
      return `${n} Drucker`;
    case 'NO_OPEN_BLOCKERS':
      return `${n} Blocker`;
    // The count there is workstations or the Standort itself: the label says enough.
    case 'WORKSTATIONS_SCHEDULED':
      return null;
  }
}

/** Why a location is not ready: each failing criterion, with what is still open. */
function reasons(location: CommitteeLocation): string[] {
  return location.failing.map(({ criterion, count }) => {
    const open = openItems(criterion, count);
    return `${READINESS_CRITERION_LABELS[criterion].de}${open ? ` (offen: ${open})` : ''}`;
  });
}

/** A horizontal bar of a share, drawn (the number beside it says the same in words). */
function shareBar(part: number, total: number): PdfContent {
  const width = 120;
  const filled = total === 0 ? 0 : (width * part) / total;
  return {
    canvas: [
      { type: 'rect', x: 0, y: 2, w: width, h: 8, lineWidth: 0.5, lineColor: '#888888' },
      ...(filled > 0 ? [{ type: 'rect' as const, x: 0, y: 2, w: filled, h: 8, color: '#3b6ea5' }] : []),
    ],
  };
}

function titlePage(report: CommitteeReport): PdfContent[] {
  return [
    { text: COMMITTEE_REPORT_TITLE, style: 'title', margin: [0, 140, 0, 24] },
    { text: report.tenant.name, fontSize: 20, bold: true },
    { text: TENANT_KIND_LABELS[report.tenant.kind].de, fontSize: 13, margin: [0, 2, 0, 24] },
    { text: 'Umstellung der Arbeitsplätze auf den Cloud-Arbeitsplatz', margin: [0, 0, 0, 24] },
    {
      table: {
        widths: [90, '*'],
        body: [
          ['Stand:', berlinDateTime(report.generatedAt)],
          ['Version:', `Schaltplan ${APP_VERSION}`],
        ],
      },
      layout: 'noBorders',
    },
    {
      toc: { title: { text: 'Inhalt', style: 'h2' } },
      margin: [0, 48, 0, 0],
      pageBreak: 'after',
    },
  ];
}

function keyFigures(report: CommitteeReport): PdfContent[] {
  const f = report.figures;
  const migratedLabels = MIGRATED_STATUSES.map((s) => `„${WORKSTATION_STATUS_LABELS[s].de}“`).join(' oder ');
  return [
    { text: 'Kennzahlen', style: 'h1', tocItem: true },
    {
      table: {
        headerRows: 1,
        widths: ['*', 90, 50, 130],
        body: [
          header('Kennzahl', 'Anzahl', 'Anteil', ''),
          ['Personen', germanNumber(f.persons), '', ''],
          ['Arbeitsplätze', germanNumber(f.workstations), '', ''],
          ['Standorte', germanNumber(f.locations), '', ''],
          [
            'Personen bestätigt',
            `${germanNumber(f.personsConfirmed)} von ${germanNumber(f.persons)}`,
            percent(f.personsConfirmed, f.persons),
            shareBar(f.personsConfirmed, f.persons),
          ],
          [
            'Arbeitsplätze umgestellt',
            `${germanNumber(f.workstationsMigrated)} von ${germanNumber(f.workstations)}`,
            percent(f.workstationsMigrated, f.workstations),
            shareBar(f.workstationsMigrated, f.workstations),
          ],
        ],
      },
      layout: 'lightHorizontalLines',
    },
    {
      text:
        'Bestätigt: von der Verwaltung bestätigt und seitdem unverändert. ' +
        `Umgestellt: Arbeitsplätze im Status ${migratedLabels}.`,
      style: 'muted',
      margin: [0, 6, 0, 0],
    },
  ];
}

function timeline(report: CommitteeReport): PdfContent[] {
  return [
    { text: 'Zeitplan', style: 'h1', tocItem: true },
    {
      table: {
        headerRows: 1,
        widths: [85, 'auto', 'auto', 62, '*'],
        body: [
          header('Phase', 'Geplant', 'Tatsächlich', 'Status', 'Verantwortlich'),
          ...report.phases.map((p) => [
            { text: PROJECT_PHASE_LABELS[p.phase].de, bold: true },
            // A period reads as one line.
            { text: period(p.plannedStart, p.plannedEnd), noWrap: true },
            { text: period(p.actualStart, p.actualEnd), noWrap: true },
            PHASE_STATUS_LABELS[p.status].de,
            p.responsibleName ?? '–',
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 9,
    },
    ...phaseChart(report.phases, berlinDate(report.generatedAt)),
  ];
}

function locations(report: CommitteeReport): PdfContent[] {
  const body: TableCell[][] = [
    header('Standort', 'Umstellung', 'Personen bestätigt', 'Arbeitsplätze umgestellt', 'Bereitschaft'),
  ];
  // A reason row belongs to the location above it: no line between them.
  const reasonRows = new Set<number>();
  for (const l of report.locations) {
    const window = l.windowStart && l.windowEnd ? `${l.windowStart}–${l.windowEnd} Uhr` : null;
    const notReady = l.failing.length > 0;
    body.push([
      { text: l.name, bold: true },
      l.cutoverDate ? { stack: [germanDate(l.cutoverDate), ...(window ? [window] : [])] } : 'nicht geplant',
      ofTotal(l.personsConfirmed, l.persons),
      ofTotal(l.workstationsMigrated, l.workstations),
      l.ready ? { text: 'Bereit', bold: true, color: GREEN } : { text: 'Nicht bereit', bold: true, color: RED },
    ]);
    if (notReady) {
      reasonRows.add(body.length);
      body.push([
        {
          stack: [{ text: 'Nicht erfüllt:', bold: true }, { ul: reasons(l) }],
          colSpan: 5,
          fontSize: 9,
          margin: [8, 0, 0, 4],
        },
        '',
        '',
        '',
        '',
      ]);
    }
  }
  return [
    { text: 'Standorte', style: 'h1', tocItem: true, pageBreak: 'before' },
    report.locations.length === 0
      ? { text: 'Noch keine Standorte erfasst.' }
      : {
          table: { headerRows: 1, dontBreakRows: true, widths: ['*', 80, 85, 85, 65], body },
          layout: {
            hLineWidth: (i, node) =>
              i === 0 || i === node.table.body.length || reasonRows.has(i) ? 0 : i === 1 ? 1 : 0.5,
            vLineWidth: () => 0,
            hLineColor: (i) => (i === 1 ? '#000000' : '#aaaaaa'),
            fillColor: (i) => (i === 0 ? '#eeeeee' : null),
          },
        },
    {
      text:
        'Bereit ist ein Standort erst, wenn alle Kriterien erfüllt sind: ' +
        Object.values(READINESS_CRITERION_LABELS)
          .map((label) => label.de)
          .join(' · '),
      style: 'muted',
      margin: [0, 6, 0, 0],
    },
  ];
}

function blockers(report: CommitteeReport): PdfContent[] {
  return [
    { text: 'Offene Blocker', style: 'h1', tocItem: true },
    report.blockers.length === 0
      ? { text: 'Keine offenen Blocker.' }
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: ['*', 110, 100, 60],
            body: [
              header('Blocker', 'Standort', 'Verantwortlich', 'Seit'),
              ...report.blockers.map((b) => [b.title, b.locationName ?? '–', b.owner ?? '–', berlinDay(b.since)]),
            ],
          },
          layout: 'lightHorizontalLines',
        },
  ];
}

/** The committee's status report of one Verwaltung as an A4 PDF (German). */
export function renderCommitteeReport(report: CommitteeReport): Promise<Buffer> {
  return renderPdf({
    title: `${COMMITTEE_REPORT_TITLE} – ${report.tenant.name}`,
    footer: reportFooter(report.generatedAt, report.tenant.name),
    content: [
      ...titlePage(report),
      ...keyFigures(report),
      ...timeline(report),
      ...locations(report),
      ...blockers(report),
    ],
  });
}
