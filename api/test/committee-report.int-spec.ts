import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_PHASE_LABELS, READINESS_CRITERION_LABELS, type Role } from '@schaltplan/domain';
import { loginAs } from './support/accounts';
import { ownerCount } from './support/cutover';
import { pdfPages, pdfText } from './support/pdf';
import { fetchReport, savePagePng } from './support/report-download';
import { createCommitteeFixture, type CommitteeFixture } from './support/report-fixtures';
import { startTestApp, type Session, type TestApp } from './support/test-app';

let api: TestApp;
let fx: CommitteeFixture;
let pdf: Buffer;
let text: string;

const path = (tenantId: string) => `committee?tenantId=${tenantId}`;
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pct = (part: number, total: number) => `${Math.floor((part * 100) / total)} %`;
/** The text from one heading or row label up to the next (or to the end). */
const between = (all: string, from: string, to?: string) => {
  const start = all.indexOf(from);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = to ? all.indexOf(to, start + from.length) : all.length;
  return all.slice(start, end < 0 ? all.length : end);
};

beforeAll(async () => {
  api = await startTestApp('committee_report');
  fx = await createCommitteeFixture(api);
  const res = await fetchReport(api, path(fx.tenant.id));
  expect(res.status).toBe(200);
  pdf = res.body;
  text = pdfText(pdf);
}, 120_000);
afterAll(() => api.close());

describe('committee status report', () => {
  it('is a PDF download named after the Verwaltung and the day', async () => {
    const res = await fetchReport(api, path(fx.tenant.id));
    expect(res.contentType).toBe('application/pdf');
    expect(res.disposition).toMatch(/^attachment; filename="Statusbericht-Amt-Berichtsland-\d{4}-\d{2}-\d{2}\.pdf"/);
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('has a title page with name, kind, date and version, and both in every page footer', () => {
    const first = between(text, 'Statusbericht für den Ausschuss', 'Kennzahlen\n');
    expect(first).toContain('Amt Berichtsland');
    expect(first).toMatch(/\n\s*Amt\s*\n/);
    expect(first).toMatch(/Stand:\s+\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
    expect(first).toMatch(/Version:\s+Schaltplan \d+\.\d+\.\d+/);
    const pages = pdfPages(pdf);
    const footers = text.match(
      /Amt Berichtsland · Stand \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} · Schaltplan \d+\.\d+\.\d+\s+Seite \d+ von \d+/g,
    );
    expect(footers).toHaveLength(pages);
  });

  it('shows the key figures the database holds', async () => {
    const t = [fx.tenant.id];
    const persons = await ownerCount(api, `SELECT count(*)::int AS n FROM person WHERE tenant_id = $1`, t);
    const workstations = await ownerCount(api, `SELECT count(*)::int AS n FROM workstation WHERE tenant_id = $1`, t);
    const locations = await ownerCount(api, `SELECT count(*)::int AS n FROM location WHERE tenant_id = $1`, t);
    const confirmed = await ownerCount(
      api,
      `SELECT count(*)::int AS n FROM person p JOIN confirmation c ON c.person_id = p.id
       WHERE p.tenant_id = $1 AND c.status = 'CONFIRMED' AND c.changed_at IS NULL`,
      t,
    );
    const migrated = await ownerCount(
      api,
      `SELECT count(*)::int AS n FROM workstation WHERE tenant_id = $1 AND cutover_status IN ('MIGRATED', 'ACCEPTED')`,
      t,
    );
    // The fixture's own arithmetic, so a broken count cannot hide behind a broken query.
    expect({ persons, workstations, locations, confirmed, migrated }).toEqual({
      persons: 7,
      workstations: 7,
      locations: 3,
      confirmed: 5,
      migrated: 3,
    });
    const figures = between(text, 'Kennzahlen\n', 'Zeitplan\n');
    expect(figures).toMatch(new RegExp(`Personen\\s+${persons}\\n`));
    expect(figures).toMatch(new RegExp(`Arbeitsplätze\\s+${workstations}\\n`));
    expect(figures).toMatch(new RegExp(`Standorte\\s+${locations}\\n`));
    expect(figures).toMatch(
      new RegExp(`Personen bestätigt\\s+${confirmed} von ${persons}\\s+${pct(confirmed, persons)}`),
    );
    expect(figures).toMatch(
      new RegExp(`Arbeitsplätze umgestellt\\s+${migrated} von ${workstations}\\s+${pct(migrated, workstations)}`),
    );
  });

  it('shows the five phases with dates, status and who is responsible', () => {
    const timeline = between(text, 'Zeitplan\n', 'Standorte\n');
    for (const label of Object.values(PROJECT_PHASE_LABELS)) expect(timeline).toContain(label.de);
    expect(timeline).toMatch(
      /Bestandsaufnahme\s+05\.01\.2026 – 31\.03\.2026\s+07\.01\.2026 – 10\.04\.2026\s+Abgeschlossen\s+Test\s+PROJECT_MANAGER/,
    );
    expect(timeline).toMatch(/Umstellung\s+01\.09\.2026 – 31\.10\.2026\s+–\s+Verzögert/);
  });

  it('lists every Standort with progress and the reasons it is not ready', () => {
    const table = between(text, 'Standorte\n', 'Bereit ist ein Standort erst');
    const label = (c: keyof typeof READINESS_CRITERION_LABELS) => literal(READINESS_CRITERION_LABELS[c].de);
    const nord = between(table, 'Rathaus Nord', 'Bürgerbüro Ost');
    expect(nord).toMatch(/12\.09\.2026\s+3 von 3 \(100 %\)\s+2 von 4 \(50 %\)\s+Bereit/);
    expect(nord).not.toContain('Nicht erfüllt');
    const ost = between(table, 'Bürgerbüro Ost', 'Bauhof Süd');
    expect(ost).toMatch(/03\.10\.2026\s+0 von 1 \(0 %\)\s+1 von 1 \(100 %\)\s+Nicht bereit/);
    expect(ost).toMatch(new RegExp(`${label('PERSONS_CONFIRMED')} \\(offen: 1 Person\\)`));
    expect(ost).toMatch(new RegExp(`${label('FACHVERFAHREN_TESTED')} \\(offen: 1 Fachverfahren\\)`));
    expect(ost).toMatch(new RegExp(`${label('PRINTERS_HAVE_QUEUE')} \\(offen: 1 Drucker\\)`));
    expect(ost).toMatch(new RegExp(`${label('NO_OPEN_BLOCKERS')} \\(offen: 1 Blocker\\)`));
    expect(ost).not.toMatch(new RegExp(label('WORKSTATIONS_SCHEDULED')));
    const sued = between(table, 'Bauhof Süd');
    expect(sued).toMatch(/nicht geplant\s+1 von 2 \(50 %\)\s+0 von 2 \(0 %\)\s+Nicht bereit/);
    expect(sued).toMatch(new RegExp(`${label('PERSONS_CONFIRMED')} \\(offen: 1 Person\\)`));
    expect(sued).toMatch(new RegExp(label('WORKSTATIONS_SCHEDULED')));
    expect(sued).not.toMatch(new RegExp(label('NO_OPEN_BLOCKERS')));
  });

  it('lists the open blockers, not the closed ones nor another Verwaltung’s', () => {
    const blockers = between(text, 'Offene Blocker\n');
    expect(blockers).toMatch(/Netzwerkdose im Flur defekt\s+Bürgerbüro Ost\s+Herr Kabel\s+\d{2}\.\d{2}\.\d{4}/);
    expect(blockers).toMatch(/Lizenzvertrag fehlt noch\s+–\s+Herr Kabel/);
    expect(text).not.toContain('Alter Router getauscht');
    expect(text).not.toContain('Fremdhausen');
  });

  it('renders pages one can look at', () => {
    for (const [page, file] of [
      [1, '/tmp/committee-report-page1.png'],
      [2, '/tmp/committee-report-page2.png'],
    ] as const) {
      expect(savePagePng(pdf, page, file).subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });
});

describe('who may download it', () => {
  const roles: [Role, number][] = [
    ['ADMIN', 200],
    ['PROJECT_MANAGER', 200],
    ['COORDINATOR', 200],
    ['VIEWER', 200],
    ['TECHNICIAN', 403],
  ];
  it.each(roles)('%s of the Verwaltung → %i', async (role, status) => {
    const session: Session =
      role === 'ADMIN'
        ? api.admin
        : await loginAs(
            api,
            role,
            role === 'TECHNICIAN' ? { locationIds: [fx.nord.id] } : { tenantIds: [fx.tenant.id] },
          );
    const res = await fetchReport(api, path(fx.tenant.id), session);
    expect(res.status).toBe(status);
    if (status === 200) expect(pdfText(res.body)).toContain('Amt Berichtsland');
    else expect(JSON.parse(res.body.toString())).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('needs a session (401)', async () => {
    const res = await fetchReport(api, path(fx.tenant.id), null);
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body.toString())).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it.each(['PROJECT_MANAGER', 'COORDINATOR', 'VIEWER'] as const)(
    'gives a %s of another Verwaltung nothing (404, no data)',
    async (role) => {
      const session = await loginAs(api, role, { tenantIds: [fx.other.id] });
      const res = await fetchReport(api, path(fx.tenant.id), session);
      expect(res.status).toBe(404);
      expect(res.contentType).toMatch(/json/);
      expect(res.body.toString()).not.toMatch(/Berichtsland|Rathaus Nord|Netzwerkdose/);
      // Their own Verwaltung's report works and holds nothing of the other one.
      const own = await fetchReport(api, path(fx.other.id), session);
      expect(own.status).toBe(200);
      expect(pdfText(own.body)).not.toMatch(/Berichtsland|Rathaus Nord|Netzwerkdose/);
    },
  );

  it.each([
    ['committee', 'tenantId'],
    ['committee?tenantId=nope', 'tenantId'],
    ['committee?tenantId=TENANT&tenantId=TENANT', 'tenantId'],
  ])('refuses %s, naming %s (400)', async (query, field) => {
    const res = await fetchReport(api, query.replace(/TENANT/g, fx.tenant.id));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body.toString())).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining(field),
    });
  });

  it('answers 404 for an unknown Verwaltung', async () => {
    expect((await fetchReport(api, path('00000000-0000-4000-8000-000000000000'))).status).toBe(404);
  });
});
