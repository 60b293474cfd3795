import type { TableCell } from 'pdfmake/interfaces';
import { renderPdf, type PdfContent } from '../pdf/pdf-renderer';
import { APP_VERSION, berlinDateTime, de } from './access-report-labels';
import type { AccessReport, Omissions, ReportAuditEntry } from './access-report.types';

const OMITTED = 'ausgelassen (nennt eine andere Person)';
const OMITTED_SHORT = 'ausgelassen (andere Person)';
const RECORD_OF_PROCESSING =
  'Verzeichnis von Verarbeitungstätigkeiten (Schaltplan-Dokumentation docs/record-of-processing.md)';

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'boolean') return v ? 'ja' : 'nein';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
};
/** A cell's text; a field left out for another person's sake says so. */
const cell = (record: Partial<Omissions>, field: string, v: unknown): string =>
  record.omittedFields?.includes(field) ? `(${OMITTED})` : show(v);

function table(headers: string[], rows: TableCell[][], widths: (number | string)[]): PdfContent {
  if (rows.length === 0) return { text: 'Keine Einträge.', style: 'muted' };
  return {
    table: {
      headerRows: 1,
      widths,
      dontBreakRows: true,
      body: [headers.map((text) => ({ text, style: 'tableHeader' })), ...rows],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
  };
}

const section = (title: string, count: number | null, body: PdfContent): PdfContent[] => [
  { text: count === null ? title : `${title} (${count})`, style: 'h1' },
  body,
];

function intro(r: AccessReport): PdfContent[] {
  return [
    {
      text:
        'Diese Auskunft nach Art. 15 DSGVO enthält alle Daten, die Schaltplan zu der genannten Person speichert: ' +
        'Stammdaten, Zuordnungen zu Arbeitsplätzen, Druckern, Software, Dateiablagen und Fachverfahren, die ' +
        'Bestätigung, Blocker, Importläufe und jeden Eintrag des Änderungsprotokolls, der sie betrifft. ' +
        'Angaben zu anderen Personen sind nicht enthalten; wo ein Feld eine andere Person nennt, ist es ausgelassen ' +
        'und als solches gekennzeichnet.',
      margin: [0, 0, 0, 6],
    },
    {
      ul: [
        `Verantwortlicher (Art. 4 Nr. 7 DSGVO): ${r.tenant.name} (AGS ${r.tenant.ags}).`,
        'Auftragsverarbeiter (Art. 28 DSGVO): der IT-Dienstleister, der Schaltplan im Auftrag der Verwaltung ' +
          'für die Umstellung der Arbeitsplätze auf den Cloud-Arbeitsplatz betreibt.',
        'Zweck: Bestandsaufnahme, Planung und Durchführung dieser Umstellung, damit die Arbeitsumgebung der ' +
          'Person danach möglichst unverändert ist (Drucker, Laufwerke, Software, Fachverfahren). Rechtsgrundlage: ' +
          'Art. 6 Abs. 1 lit. e DSGVO (Aufgabe der Verwaltung), für das Änderungsprotokoll auch lit. c.',
        'Speicherdauer: bis zum Abschluss des Projekts; danach werden Namen, E-Mail-Adressen und Anmeldenamen ' +
          'pseudonymisiert, auch im Änderungsprotokoll.',
        `Einzelheiten zu Zwecken, Empfängern und Fristen: ${RECORD_OF_PROCESSING}.`,
      ],
      margin: [0, 0, 0, 4],
    },
  ];
}

function personFacts(r: AccessReport): PdfContent {
  const p = r.person;
  const rows: [string, string][] = [
    ['Anmeldename', p.accountName],
    ['Anzeigename', p.displayName],
    ['Vorname', show(p.givenName)],
    ['Nachname', show(p.surname)],
    ['E-Mail', show(p.email)],
    ['Abteilung', show(p.department)],
    ['Standort', show(p.location?.name)],
    ['Nicht mehr in der Quelle seit', berlinDateTime(p.notInSourceSince)],
    ['Angelegt', berlinDateTime(p.createdAt)],
    ['Zuletzt geändert', berlinDateTime(p.updatedAt)],
    ['Kennung (ID)', p.id],
  ];
  return {
    table: { widths: [150, '*'], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) },
    layout: 'lightHorizontalLines',
  };
}

/** "Field: old » new" per change, then the context, then what was left out. */
function changeLines(e: ReportAuditEntry): string {
  const lines = Object.entries(e.changes).map(([f, c]) => `${de.field(f)}: ${show(c.old)} » ${show(c.new)}`);
  for (const [key, value] of Object.entries(e.context ?? {})) {
    lines.push(`${de.field(key)}: ${value === 'ACCESS_REPORT' ? 'Auskunft nach Art. 15 DSGVO' : show(value)}`);
  }
  if (e.omittedFields.length) lines.push(`${OMITTED_SHORT}: ${e.omittedFields.map(de.field).join(', ')}`);
  return lines.join('\n') || '–';
}

function auditObject(e: ReportAuditEntry): string {
  const object = `${de.object(e.objectType)} ${cell(e, 'objectLabel', e.objectLabel)}`;
  return e.relatedType
    ? `${object}\nBezug: ${de.object(e.relatedType)} ${cell(e, 'relatedLabel', e.relatedLabel)}`
    : object;
}

function sections(r: AccessReport): PdfContent[] {
  const c = r.confirmation;
  return [
    ...section(
      'Arbeitsplätze',
      r.workstations.length,
      table(
        ['Arbeitsplatz', 'Standort', 'Raum', 'Rechnername', 'Umstellung'],
        r.workstations.map((w) => [
          cell(w, 'name', w.name),
          cell(w, 'location', w.location),
          cell(w, 'room', w.room),
          cell(w, 'currentHostname', w.currentHostname),
          cell(w, 'cutoverStatus', de.workstationStatus(w.cutoverStatus)),
        ]),
        ['*', '*', 60, '*', 70],
      ),
    ),
    ...section(
      'Drucker',
      r.printers.length,
      table(
        ['Drucker', 'Standard', 'Art', 'Standort / Raum', 'Ziel-Warteschlange'],
        r.printers.map((p) => [
          cell(p, 'name', p.name),
          p.isDefault ? 'Standarddrucker' : 'nein',
          de.printerKind(p.kind),
          `${cell(p, 'location', p.location)} / ${cell(p, 'room', p.room)}`,
          cell(p, 'targetQueue', p.targetQueue),
        ]),
        ['*', 70, 70, '*', '*'],
      ),
    ),
    ...section(
      'Software',
      r.software.length,
      table(
        ['Produkt', 'Version', 'Hersteller', 'Bereitstellung'],
        r.software.map((s) => [
          cell(s, 'product', s.product),
          cell(s, 'versionLabel', s.versionLabel),
          cell(s, 'vendor', s.vendor),
          de.delivery(s.delivery),
        ]),
        ['*', 60, '*', '*'],
      ),
    ),
    ...section(
      'Dateiablagen',
      r.fileShares.length,
      table(
        ['Laufwerk', 'Pfad (heute)', 'Rechte', 'Zielpfad'],
        r.fileShares.map((f) => [
          f.driveLetter ? `${f.driveLetter}:` : '–',
          cell(f, 'uncPath', f.uncPath),
          de.access(f.access),
          cell(f, 'targetPath', f.targetPath),
        ]),
        [50, '*', 80, '*'],
      ),
    ),
    ...section(
      'Fachverfahren',
      r.fachverfahren.length,
      table(
        ['Fachverfahren', 'Bereich', 'Hersteller'],
        r.fachverfahren.map((f) => [cell(f, 'name', f.name), de.area(f.area), cell(f, 'vendor', f.vendor)]),
        ['*', '*', '*'],
      ),
    ),
    ...section(
      'Bestätigung der Zuordnungen',
      null,
      c
        ? table(
            ['Stand', 'Entschieden von', 'am', 'Kommentar'],
            [
              [
                de.confirmationState(c.state),
                show(c.decidedBy),
                berlinDateTime(c.decidedAt),
                cell(c, 'comment', c.comment),
              ],
            ],
            [90, '*', 80, '*'],
          )
        : { text: 'Noch nicht bestätigt.', style: 'muted' },
    ),
    ...section(
      'Blocker',
      r.blockers.length,
      table(
        ['Titel', 'Beschreibung', 'Zuständig', 'Status', 'Angelegt'],
        r.blockers.map((b) => [
          cell(b, 'title', b.title),
          cell(b, 'description', b.description),
          cell(b, 'owner', b.owner),
          b.open ? 'offen' : 'erledigt',
          berlinDateTime(b.createdAt),
        ]),
        ['*', '*', 70, 45, 70],
      ),
    ),
    ...section(
      'Importläufe',
      r.importRuns.length,
      table(
        ['Datei', 'Ziel', 'Gestartet von', 'am', 'Ergebnis'],
        r.importRuns.map((i) => [
          cell(i, 'fileName', i.fileName),
          de.importTarget(i.target),
          show(i.startedBy),
          berlinDateTime(i.startedAt),
          i.status,
        ]),
        ['*', '*', 70, 70, 60],
      ),
    ),
    ...section('Änderungsprotokoll', r.auditEntries.length, {
      text: 'Jeder Eintrag, der die Person, ihre Zuordnungen oder Blocker zu ihr betrifft, der älteste zuerst. Änderungen als „Feld: alter Wert » neuer Wert“.',
      style: 'muted',
      margin: [0, 0, 0, 4],
    }),
    table(
      ['Zeitpunkt', 'Konto', 'Aktion', 'Objekt', 'Änderungen'],
      r.auditEntries.map((e) => [
        berlinDateTime(e.at),
        show(e.account ?? 'System'),
        de.action(e.action),
        auditObject(e),
        { text: changeLines(e), fontSize: 8 },
      ]),
      [58, 64, 62, 100, '*'],
    ),
  ];
}

/** The German A4 PDF of an access report. */
export function renderAccessReportPdf(r: AccessReport): Promise<Buffer> {
  return renderPdf({
    title: `Auskunft nach Art. 15 DSGVO – ${r.person.displayName}`,
    footer: `Stand ${berlinDateTime(r.generatedAt)} · Schaltplan ${APP_VERSION} · Auskunft Version ${r.version}`,
    content: [
      { text: 'Auskunft nach Art. 15 DSGVO', style: 'title' },
      {
        text: `${r.person.displayName} (${r.person.accountName}) · ${r.tenant.name}`,
        style: 'h2',
        margin: [0, 0, 0, 8],
      },
      ...intro(r),
      { text: 'Stammdaten', style: 'h1' },
      personFacts(r),
      ...sections(r),
    ],
  });
}
