import { describe, expect, it } from '@jest/globals';
import { pdfPages, pdfText } from '../../test/support/pdf';
import { renderCommitteeReport } from './committee-report.document';
import type { CommitteeReport } from './committee-report.service';
import { APP_VERSION } from './report-format';

const phase = (
  phase: CommitteeReport['phases'][number]['phase'],
  values: Partial<CommitteeReport['phases'][number]>,
) => ({
  id: null,
  tenantId: 't',
  phase,
  plannedStart: null,
  plannedEnd: null,
  actualStart: null,
  actualEnd: null,
  status: 'OPEN' as const,
  responsibleAccountId: null,
  responsibleName: null,
  notes: null,
  version: null,
  ...values,
});

const SAMPLE_REPORT: CommitteeReport = {
  tenant: { name: 'Amt Grünhöfe', kind: 'AMT' },
  generatedAt: new Date('2026-12-01T13:03:00Z'),
  figures: { persons: 12, personsConfirmed: 9, workstations: 10, workstationsMigrated: 4, locations: 2 },
  phases: [
    phase('BESTANDSAUFNAHME', {
      plannedStart: '2026-01-05',
      plannedEnd: '2026-03-31',
      actualStart: '2026-01-07',
      actualEnd: '2026-04-10',
      status: 'DONE',
      responsibleName: 'Paula Plan',
    }),
    phase('ZIELUMGEBUNG', {
      plannedStart: '2026-04-01',
      plannedEnd: '2026-06-30',
      actualStart: '2026-04-12',
      status: 'IN_PROGRESS',
    }),
    phase('TESTLAEUFE', { plannedStart: '2026-07-01', plannedEnd: '2026-08-31' }),
    phase('UMSTELLUNG', { plannedStart: '2026-09-01', plannedEnd: '2026-12-15', status: 'DELAYED' }),
    phase('ABSCHLUSS', { plannedStart: '2027-01-04', plannedEnd: '2027-02-26' }),
  ],
  locations: [
    {
      name: 'Rathaus Grünstadt',
      cutoverDate: '2026-12-12',
      windowStart: '17:00',
      windowEnd: '23:00',
      persons: 8,
      personsConfirmed: 5,
      workstations: 6,
      workstationsMigrated: 4,
      ready: false,
      failing: [
        { criterion: 'PERSONS_CONFIRMED', count: 3 },
        { criterion: 'NO_OPEN_BLOCKERS', count: 1 },
      ],
    },
    {
      name: 'Bauhof',
      cutoverDate: null,
      windowStart: null,
      windowEnd: null,
      persons: 4,
      personsConfirmed: 4,
      workstations: 4,
      workstationsMigrated: 0,
      ready: true,
      failing: [],
    },
  ],
  blockers: [
    {
      title: 'Switch im Keller fehlt',
      locationName: 'Rathaus Grünstadt',
      owner: 'Herr Netz',
      since: new Date('2026-11-20T09:00:00Z'),
    },
  ],
};

describe('committee report document', () => {
  it('has a title page, key figures, timeline, locations with reasons and blockers, dated and versioned', async () => {
    const pdf = await renderCommitteeReport(SAMPLE_REPORT);
    const text = pdfText(pdf);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text).toContain('Statusbericht für den Ausschuss');
    expect(text).toMatch(/Stand:\s+01\.12\.2026 14:03/);
    expect(text).toMatch(new RegExp(`Version:\\s+Schaltplan ${APP_VERSION.replace(/\./g, '\\.')}`));
    expect(text).toMatch(/Personen bestätigt\s+9 von 12\s+75 %/);
    expect(text).toMatch(/Arbeitsplätze umgestellt\s+4 von 10\s+40 %/);
    expect(text).toMatch(
      /Bestandsaufnahme\s+05\.01\.2026 – 31\.03\.2026\s+07\.01\.2026 – 10\.04\.2026\s+Abgeschlossen\s+Paula Plan/,
    );
    expect(text).toMatch(/Rathaus Grünstadt\s+12\.12\.2026\s+5 von 8 \(62 %\)\s+4 von 6 \(66 %\)\s+Nicht bereit/);
    expect(text).toMatch(
      /Nicht erfüllt:\s+Alle Personen bestätigt \(ohne Änderung seitdem\) \(offen: 3 Personen\)\s+Keine offenen Blocker \(offen: 1 Blocker\)\s+Bauhof/,
    );
    expect(text).toMatch(/Bauhof\s+nicht geplant\s+4 von 4 \(100 %\)\s+0 von 4 \(0 %\)\s+Bereit/);
    expect(text).toMatch(/Switch im Keller fehlt\s+Rathaus Grünstadt\s+Herr Netz\s+20\.11\.2026/);
    // Every page's footer: Verwaltung, date, version, page.
    const footers = text.match(/Amt Grünhöfe · Stand 01\.12\.2026 14:03 · Schaltplan \S+\s+Seite \d+ von \d+/g) ?? [];
    expect(footers).toHaveLength(pages);
  });
});
