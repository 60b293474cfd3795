import { SHARE_ACCESS_LABELS, WORKSTATION_STATUS_LABELS } from '@schaltplan/domain';
import type { TableCell } from 'pdfmake/interfaces';
import { renderPdf, type PdfContent } from '../pdf/pdf-renderer';
import { boxed, checkbox, germanDate, reportFooter } from './report-format';
import type { SheetDrive, SheetPerson, SheetWorkstation, TechnicianSheet } from './technician-sheet.service';

export const TECHNICIAN_SHEET_TITLE = 'Technikerblatt';

// A new object per cell: pdfmake writes its layout into the cell objects.
const none = () => ({ text: '–', color: '#777777' });
const header = (...titles: string[]): TableCell[] => titles.map((text) => ({ text, style: 'tableHeader' }));

function drive(d: SheetDrive): PdfContent {
  return boxed({
    text: [
      { text: d.letter ? `${d.letter}: ` : '', bold: true },
      d.targetPath ?? `${d.uncPath} (kein Zielpfad)`,
      { text: `\n${SHARE_ACCESS_LABELS[d.access].de}`, color: '#555555' },
    ],
  });
}

function personCells(p: SheetPerson | null): TableCell[] {
  if (!p) return [{ text: 'Keine Person zugeordnet', italics: true, color: '#555555' }, none(), none(), none()];
  return [
    {
      stack: [
        { text: p.displayName, bold: true },
        p.accountName,
        ...(p.department ? [{ text: p.department, color: '#555555' }] : []),
      ],
    },
    p.printers.length === 0
      ? none()
      : {
          stack: p.printers.map((pr) =>
            boxed({
              text: [
                pr.name,
                ...(pr.isDefault ? [{ text: '  Standard', bold: true }] : []),
                { text: `\nZiel: ${pr.targetQueue ?? 'keine Warteschlange'}`, color: '#555555' },
              ],
            }),
          ),
        },
    p.drives.length === 0 ? none() : { stack: p.drives.map(drive) },
    p.fachverfahren.length === 0 ? none() : { stack: p.fachverfahren.map((name) => boxed(name)) },
  ];
}

/** Fertig, Arbeitsplatz, Person, Drucker, Laufwerke, Fachverfahren: shared by every inner table. */
const WIDTHS: (number | string)[] = [28, 95, 100, 185, 200, '*'];
const COLUMNS = WIDTHS.length;
const GRID = { hLineWidth: () => 0.8, vLineWidth: () => 0.8 };

/** The checklist steps in three columns, each with its tick box. */
function checklist(w: SheetWorkstation): TableCell {
  const steps = w.steps.map((s) => boxed(s.required ? s.label : `${s.label} (optional)`, s.done));
  const rows: PdfContent[][] = [];
  for (let i = 0; i < steps.length; i += 3) {
    rows.push([0, 1, 2].map((j) => steps[i + j] ?? ''));
  }
  return {
    colSpan: COLUMNS - 2,
    stack: [
      { text: 'Checkliste', bold: true, margin: [0, 0, 0, 2] },
      rows.length === 0
        ? { text: 'Noch keine Checkliste: der Standort hat noch keinen Umstellungstermin.', color: '#555555' }
        : { table: { widths: ['*', '*', '*'], body: rows }, layout: 'noBorders', margin: [-4, 0, -4, 0] },
    ],
  };
}

/**
 * One workstation as a small table of its own: a row per person, then its checklist; the tick
 * box and the device span them. Being one row of the room's table, it never splits across pages.
 */
function workstationTable(w: SheetWorkstation): PdfContent {
  const persons: (SheetPerson | null)[] = w.persons.length > 0 ? w.persons : [null];
  const rowSpan = persons.length + 1;
  const body: TableCell[][] = persons.map((person, i) => [
    i === 0 ? { stack: [checkbox(w.status === 'MIGRATED' || w.status === 'ACCEPTED')], rowSpan } : '',
    i === 0
      ? {
          rowSpan,
          stack: [
            { text: w.name, bold: true },
            `Alt: ${w.currentHostname ?? '–'}`,
            `Neu: ${w.targetDeviceSerial ?? '–'}`,
            { text: WORKSTATION_STATUS_LABELS[w.status].de, color: '#555555' },
          ],
        }
      : '',
    ...personCells(person),
  ]);
  body.push(['', '', checklist(w), ...Array.from({ length: COLUMNS - 3 }, () => '')]);
  return {
    table: { widths: WIDTHS, body },
    // The line above is the previous table's (or the header's) bottom line.
    layout: { ...GRID, hLineWidth: (i: number) => (i === 0 ? 0 : 0.8) },
  };
}

/** A room's name as a bar above its first workstation (kept on the same page as it). */
function roomBar(room: string | null): PdfContent {
  return {
    table: {
      widths: ['*'],
      body: [[{ text: room ? `Raum ${room}` : 'Ohne Raumangabe', bold: true, fontSize: 10, fillColor: '#dde6f0' }]],
    },
    layout: GRID,
    margin: [0, 6, 0, 0],
  };
}

/**
 * All workstations in one table, by room: each row is one workstation's own table (with its
 * room's bar when it is the room's first), so a row never splits across pages; the column
 * titles repeat on every page.
 */
function workstationList(workstations: SheetWorkstation[]): PdfContent {
  const rows = workstations.map((w, i): TableCell[] => {
    const first = i === 0 || workstations[i - 1].room !== w.room;
    return [{ stack: [...(first ? [roomBar(w.room)] : []), workstationTable(w)] }];
  });
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*'],
      body: [
        [
          {
            table: {
              widths: WIDTHS,
              body: [header('Fertig', 'Arbeitsplatz', 'Person', 'Drucker', 'Laufwerke', 'Fachverfahren testen')],
            },
            layout: GRID,
          },
        ],
        ...rows,
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    fontSize: 8.5,
    margin: [0, 8, 0, 0],
  };
}

/** Lines to write on: remarks, and who did the work and who accepted it. */
function signatures(): PdfContent[] {
  const line = (width: number): PdfContent => ({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }],
    margin: [0, 16, 0, 2],
  });
  const field = (label: string): PdfContent => ({ stack: [line(220), { text: label, style: 'muted' }] });
  return [
    {
      // Kept on one page: a signature without its remarks is worth little.
      unbreakable: true,
      stack: [
        { text: 'Bemerkungen', style: 'h2' },
        line(740),
        line(740),
        line(740),
        {
          columns: [
            field('Datum, Uhrzeit'),
            field('Unterschrift Techniker/in'),
            field('Unterschrift Verwaltung (Abnahme)'),
          ],
          columnGap: 20,
          margin: [0, 12, 0, 0],
        },
      ],
    },
  ];
}

/** A Standort's sheet for the technicians on the cutover night: A4 landscape, German. */
export function renderTechnicianSheet(sheet: TechnicianSheet): Promise<Buffer> {
  const l = sheet.location;
  const window = l.windowStart && l.windowEnd ? `, ${l.windowStart}–${l.windowEnd} Uhr` : '';
  const facts: [string, string][] = [
    ['Verwaltung', l.tenantName],
    ['Anschrift', l.address ?? '–'],
    ['Umstellung', l.cutoverDate ? `${germanDate(l.cutoverDate)}${window}` : 'noch nicht geplant'],
    ['Techniker/innen', l.technicians.length ? l.technicians.join(', ') : '–'],
    ['Arbeitsplätze', String(sheet.workstations.length)],
  ];
  return renderPdf({
    title: `${TECHNICIAN_SHEET_TITLE} – ${l.name}`,
    footer: reportFooter(sheet.generatedAt, `${TECHNICIAN_SHEET_TITLE} ${l.name}`),
    landscape: true,
    content: [
      { text: `${TECHNICIAN_SHEET_TITLE}: ${l.name}`, style: 'title', margin: [0, 0, 0, 6] },
      {
        table: { widths: [90, '*'], body: facts.map(([k, v]) => [{ text: k, bold: true }, v]) },
        layout: 'noBorders',
      },
      {
        text:
          'Kästchen abhaken, sobald geprüft. „Standard“ markiert den Standarddrucker; Laufwerke mit ' +
          'Buchstabe, Zielpfad und Rechten.',
        style: 'muted',
        margin: [0, 6, 0, 0],
      },
      ...(sheet.workstations.length === 0
        ? [{ text: 'An diesem Standort sind keine Arbeitsplätze erfasst.', margin: [0, 12, 0, 0] } as PdfContent]
        : [workstationList(sheet.workstations)]),
      ...signatures(),
    ],
  });
}
