import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_CHECKLIST_STEPS, type Role } from '@schaltplan/domain';
import { login, loginAs } from './support/accounts';
import { pdfText } from './support/pdf';
import { fetchReport, savePagePng } from './support/report-download';
import { createSheetFixture, type SheetFixture } from './support/report-fixtures';
import { startTestApp, type Session, type TestApp } from './support/test-app';

let api: TestApp;
let fx: SheetFixture;
let pdf: Buffer;
let text: string;

const path = (tenantId: string, locationId: string) => `technician-sheet?tenantId=${tenantId}&locationId=${locationId}`;
const FOREIGN = /AP-Fremd|Fritz Fremd|DR-Fremd|Fremdverfahren|Bauhof Fremd/;
/** The text from one marker up to the next (or to the end). */
const between = (all: string, from: string, to?: string) => {
  const start = all.indexOf(from);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = to ? all.indexOf(to, start + from.length) : all.length;
  expect(end).toBeGreaterThan(start);
  return all.slice(start, end);
};
const count = (all: string, pattern: RegExp) => all.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

beforeAll(async () => {
  api = await startTestApp('technician_sheet');
  fx = await createSheetFixture(api);
  const res = await fetchReport(api, path(fx.tenant.id, fx.rathaus.id));
  expect(res.status).toBe(200);
  pdf = res.body;
  text = pdfText(pdf);
}, 120_000);
afterAll(() => api.close());

describe('technician sheet of a Standort', () => {
  it('is a PDF download named after the Standort and the day', async () => {
    const res = await fetchReport(api, path(fx.tenant.id, fx.rathaus.id));
    expect(res.contentType).toBe('application/pdf');
    expect(res.disposition).toMatch(/^attachment; filename="Technikerblatt-Rathaus-Blatt-\d{4}-\d{2}-\d{2}\.pdf"/);
    expect(text).toContain('Technikerblatt: Rathaus Blatt');
    expect(text).toMatch(/Umstellung\s+14\.11\.2026, 17:00–23:00 Uhr/);
    expect(text).toMatch(/Anschrift\s+Markt 1, Blattstadt/);
  });

  it('lists every workstation of the Standort by room, each with its persons', async () => {
    const rows = await api.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('app.all_tenants', 'on', true)`);
      return m.query<{ name: string; persons: string[] }[]>(
        `SELECT w.name, array_remove(array_agg(p.display_name ORDER BY lower(p.display_name)), NULL) AS persons
         FROM workstation w LEFT JOIN workstation_person wp ON wp.workstation_id = w.id
         LEFT JOIN person p ON p.id = wp.person_id
         WHERE w.location_id = $1 GROUP BY w.name ORDER BY w.name`,
        [fx.rathaus.id],
      );
    });
    expect(rows.map((r) => r.name)).toEqual(['AP-Blatt-01', 'AP-Blatt-02', 'AP-Blatt-03', 'AP-Blatt-04']);
    const order = [
      'Raum 1.01',
      'AP-Blatt-01',
      'AP-Blatt-02',
      'Raum 2.05',
      'AP-Blatt-03',
      'Ohne Raumangabe',
      'AP-Blatt-04',
    ];
    const positions = order.map((marker) => text.indexOf(marker));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const next = ['AP-Blatt-02', 'Raum 2.05', 'Ohne Raumangabe', 'Bemerkungen'];
    rows.forEach((row, i) => {
      const section = between(text, row.name, next[i]);
      for (const person of row.persons) expect(section).toContain(person);
      if (row.persons.length === 0) expect(section).toContain('Keine Person zugeordnet');
    });
    expect(between(text, 'AP-Blatt-01', 'AP-Blatt-02')).toMatch(/a\.alpha[\s\S]+b\.beta/);
  });

  it('marks each person’s default printer and shows the target queues', () => {
    expect(count(text, /DR-Blatt-Flur Standard(?!drucker)/)).toBe(1);
    expect(count(text, /DR-Blatt-Kopierer Standard(?!drucker)/)).toBe(1);
    // Anna's copier is not her default: the name appears once more, unmarked.
    expect(count(text, /DR-Blatt-Kopierer/)).toBe(2);
    expect(text).toContain('Ziel: \\\\print01\\BlattFlur');
    expect(text).toContain('Ziel: keine Warteschlange');
  });

  it('shows drive letter → target path with the rights, and the Fachverfahren to test', () => {
    expect(text).toMatch(/H: \\\\cloud\\Blatt/);
    expect(text).toMatch(/G: \\\\cloud\\Blatt/);
    const first = between(text, 'AP-Blatt-01', 'AP-Blatt-02');
    expect(first).toContain('Lesen und Schreiben');
    expect(first).toMatch(/Lesen(?! und)/);
    expect(first).toContain('Meldewesen Blatt');
    expect(between(text, 'AP-Blatt-02', 'Raum 2.05')).toContain('Kasse Blatt');
  });

  it('has the checklist steps, a notes area and signature lines', () => {
    for (const step of DEFAULT_CHECKLIST_STEPS.slice(0, 3)) expect(text).toContain(step.label);
    expect(text).toContain('Bemerkungen');
    expect(text).toContain('Unterschrift Techniker/in');
    expect(text).toMatch(
      /Technikerblatt Rathaus Blatt · Stand \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} · Schaltplan \d+\.\d+\.\d+/,
    );
  });

  it('holds nothing of another Standort', () => {
    expect(text).not.toMatch(FOREIGN);
  });

  it('renders a page one can look at', () => {
    expect(savePagePng(pdf, 1, '/tmp/technician-sheet-page1.png').subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

describe('who may download it', () => {
  it('gives the Standort’s technician the same sheet', async () => {
    const res = await fetchReport(api, path(fx.tenant.id, fx.rathaus.id), await login(api, fx.technician));
    expect(res.status).toBe(200);
    const theirs = pdfText(res.body);
    for (const name of ['AP-Blatt-01', 'Anna Alpha', 'DR-Blatt-Flur', 'H: \\\\cloud\\Blatt', 'Kasse Blatt']) {
      expect(theirs).toContain(name);
    }
  });

  it('refuses a technician of another Standort (404) but gives them their own', async () => {
    const session = await login(api, fx.bauhofTechnician);
    const res = await fetchReport(api, path(fx.tenant.id, fx.rathaus.id), session);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toMatch(/Rathaus Blatt|Anna Alpha/);
    const own = await fetchReport(api, path(fx.tenant.id, fx.bauhof.id), session);
    expect(own.status).toBe(200);
    const ownText = pdfText(own.body);
    expect(ownText).toContain('Fritz Fremd');
    expect(ownText).not.toMatch(/Rathaus Blatt|Anna Alpha|AP-Blatt/);
  });

  it.each(['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'VIEWER'] as Role[])(
    '%s of the Verwaltung → 200',
    async (role) => {
      const session: Session = role === 'ADMIN' ? api.admin : await loginAs(api, role, { tenantIds: [fx.tenant.id] });
      const res = await fetchReport(api, path(fx.tenant.id, fx.rathaus.id), session);
      expect(res.status).toBe(200);
      expect(pdfText(res.body)).toContain('AP-Blatt-01');
    },
  );

  it('needs a session (401)', async () => {
    const res = await fetchReport(api, path(fx.tenant.id, fx.rathaus.id), null);
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body.toString())).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it.each(['PROJECT_MANAGER', 'COORDINATOR', 'VIEWER'] as Role[])(
    'gives a %s of another Verwaltung nothing (404, no data)',
    async (role) => {
      const session = await loginAs(api, role, { tenantIds: [fx.other.id] });
      for (const tenantId of [fx.tenant.id, fx.other.id]) {
        const res = await fetchReport(api, path(tenantId, fx.rathaus.id), session);
        expect(res.status).toBe(404);
        expect(res.body.toString()).not.toMatch(/Rathaus Blatt|Anna Alpha|Blattland/);
      }
    },
  );

  it('does not mix a Standort with another Verwaltung’s id (404)', async () => {
    expect((await fetchReport(api, path(fx.other.id, fx.rathaus.id))).status).toBe(404);
  });

  it.each([
    ['technician-sheet?tenantId=TENANT', 'locationId'],
    ['technician-sheet?locationId=LOCATION', 'tenantId'],
    ['technician-sheet?tenantId=TENANT&locationId=nope', 'locationId'],
  ])('refuses %s, naming %s (400)', async (query, field) => {
    const res = await fetchReport(api, query.replace('TENANT', fx.tenant.id).replace('LOCATION', fx.rathaus.id));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body.toString())).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining(field),
    });
  });
});
