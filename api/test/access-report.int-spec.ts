import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AccessReport } from '../src/access-report/access-report.types';
import { loginAs } from './support/accounts';
import { A, accessReport, B, seedAccessFixture, TENANT_NAME, type AccessFixture } from './support/access-report';
import { aLocation, aPerson, aTenant } from './support/factories';
import { pdfPagePng, pdfPages, pdfText } from './support/pdf';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let fx: AccessFixture;
let q: string;

beforeAll(async () => {
  api = await startTestApp('access_report');
  fx = await seedAccessFixture(api, (tenantId) => loginAs(api, 'COORDINATOR', { tenantIds: [tenantId] }));
  q = `tenantId=${fx.tenant.id}&personId=${fx.a.id}`;
});
afterAll(() => api.close());

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const json = (body: Buffer) => JSON.parse(body.toString('utf8')) as AccessReport;

/** Everything that would identify B, in any spelling the report could carry it. */
function expectNothingOfB(text: string): void {
  const lower = text.toLowerCase();
  for (const value of [B.displayName, B.email, B.accountName, B.surname, String(fx.b.id)]) {
    expect(lower).not.toContain(value.toLowerCase());
  }
}

/** The entries that concern A, found independently of the report's own query. */
async function entriesOfA(): Promise<string[]> {
  const rows = await api.dataSource.transaction(async (m) => {
    await m.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    return m.query<{ id: string }[]>(
      `SELECT id FROM audit_entry WHERE object_id = $1 OR related_id = $1 OR object_id = ANY($2::uuid[]) ORDER BY id`,
      [fx.a.id, [fx.aBlocker, fx.movedBlocker]],
    );
  });
  return rows.map((r) => r.id);
}

async function exportEntries(personId: string) {
  return api.dataSource.transaction(async (m) => {
    await m.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    return m.query<{ id: string; account_id: string; context: unknown; object_type: string }[]>(
      `SELECT id, account_id, context, object_type FROM audit_entry WHERE object_id = $1 AND action = 'EXPORT' ORDER BY at`,
      [personId],
    );
  });
}

describe('JSON access report', () => {
  let report: AccessReport;
  let raw: string;
  let expectedEntries: string[];

  beforeAll(async () => {
    expectedEntries = await entriesOfA();
    const res = await accessReport(api, `${q}&format=json`);
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^application\/json/);
    expect(res.disposition).toMatch(/filename="Auskunft-Art15-a\.auskunftsberg-\d{4}-\d{2}-\d{2}\.json"/);
    raw = res.body.toString('utf8');
    report = json(res.body);
  });

  it('has the documented frame and the whole person record', async () => {
    expect(report).toMatchObject({ format: 'schaltplan-access-report', version: 1, tenant: { id: fx.tenant.id } });
    expect(Date.parse(report.generatedAt)).not.toBeNaN();
    const [row] = await api.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('app.all_tenants', 'on', true)`);
      return m.query<Record<string, unknown>[]>(`SELECT * FROM person WHERE id = $1`, [fx.a.id]);
    });
    expect(report.person).toEqual({
      id: fx.a.id,
      accountName: A.accountName,
      givenName: A.givenName,
      surname: A.surname,
      displayName: A.displayName,
      department: A.department,
      email: A.email,
      location: { id: fx.location.id, name: 'Rathaus Auskunftshausen' },
      notInSourceSince: null,
      createdAt: (row.created_at as Date).toISOString(),
      updatedAt: (row.updated_at as Date).toISOString(),
      version: row.version,
    });
  });

  it('lists every mapping of A, and only A’s', () => {
    expect(report.workstations).toEqual([
      expect.objectContaining({
        id: fx.workstation.id,
        name: 'AP-Gemeinsam-1',
        room: 'R 1.23',
        cutoverStatus: 'PLANNED',
      }),
    ]);
    expect(report.workstations[0].currentHostname).toMatch(/^PC\d+$/);
    expect(report.printers.map((p) => [p.id, p.name, p.isDefault])).toEqual([
      [fx.sharedPrinter.id, 'DR-Flur-Gemeinsam', true],
      [fx.aPrinter.id, 'DR-Annegret-Zimmer', false],
    ]);
    expect(report.printers[0].targetQueue).toBe('Q-Flur');
    expect(ids(report.software)).toEqual([fx.aSoftware.id]);
    expect(report.fileShares).toEqual([
      expect.objectContaining({ id: fx.aShare.id, driveLetter: 'H', access: 'WRITE', targetPath: '\\\\cloud\\oa' }),
    ]);
    expect(ids(report.fachverfahren)).toEqual([fx.aVerfahren.id]);
  });

  it('has A’s confirmation and the blockers on A', () => {
    expect(report.confirmation).toMatchObject({
      status: 'CONFIRMED',
      state: 'CONFIRMED',
      comment: null,
      decidedBy: 'Test COORDINATOR',
      omittedFields: [],
    });
    expect(Date.parse(report.confirmation?.decidedAt ?? '')).not.toBeNaN();
    expect(report.confirmation?.snapshot).toMatchObject({
      printers: [{ name: 'DR-Annegret-Zimmer' }, { name: 'DR-Flur-Gemeinsam', isDefault: true }],
    });
    expect(ids(report.blockers)).toEqual([fx.aBlocker, fx.movedBlocker].sort());
    expect(report.blockers.find((b) => b.id === fx.aBlocker)).toMatchObject({
      title: 'Token für OWi fehlt',
      open: true,
    });
  });

  it('has every audit entry about A, its mappings and its blockers — with who, when and what', () => {
    expect(ids(report.auditEntries)).toEqual(expectedEntries);
    expect(report.auditEntries.length).toBeGreaterThanOrEqual(15);
    for (const e of report.auditEntries) {
      expect(Date.parse(e.at)).not.toBeNaN();
      expect(e.action).toMatch(/^[A-Z_]+$/);
    }
    const find = (pred: (e: AccessReport['auditEntries'][number]) => boolean) => report.auditEntries.filter(pred);
    expect(find((e) => e.objectId === fx.a.id && e.action === 'UPDATE' && 'displayName' in e.changes)).toEqual([
      expect.objectContaining({ changes: { displayName: { old: 'Annegret Auskunft', new: A.displayName } } }),
    ]);
    expect(find((e) => e.objectId === fx.workstation.id)).toEqual([
      expect.objectContaining({ action: 'ASSIGN', relatedType: 'PERSON', relatedId: fx.a.id }),
    ]);
    expect(find((e) => e.relatedId === fx.bPrinter.id).map((e) => e.action)).toEqual(['ASSIGN', 'UNASSIGN']);
    expect(find((e) => e.objectType === 'CONFIRMATION').map((e) => e.action)).toEqual(['CONFIRM']);
    expect(report.auditEntries.every((e) => e.account)).toBe(true);
  });

  it('leaves out B entirely: entries about B, even on the shared workstation and printer, and fields naming B', () => {
    expectNothingOfB(raw);
    expect(report.auditEntries.some((e) => e.objectId === fx.b.id || e.relatedId === fx.b.id)).toBe(false);
    // The blocker first opened on B: its creation and move keep everything but the field with B's id.
    const moved = report.auditEntries.filter((e) => e.objectId === fx.movedBlocker);
    expect(moved.map((e) => [e.action, e.omittedFields])).toEqual([
      ['CREATE', ['changes.objectId']],
      ['UPDATE', ['changes.objectId']],
    ]);
    expect(moved[0].changes.title).toEqual({ old: null, new: 'Zugang Ordnungsamt-Ablage fehlt' });
    // The context key naming B goes, the rest of the entry stays.
    const copied = report.auditEntries.find((e) => e.context && 'reason' in e.context);
    expect(copied).toMatchObject({
      changes: { department: { old: 'Bürgerservice', new: A.department } },
      context: { reason: 'Abteilungswechsel' },
      omittedFields: ['context.copiedFrom'],
    });
  });
});

describe('PDF access report', () => {
  it('is a German A4 report naming A, A’s printers and every audit entry, and nothing of B', async () => {
    const expected = (await entriesOfA()).length;
    const res = await accessReport(api, `${q}&format=pdf`);
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/pdf');
    expect(res.disposition).toMatch(/filename="Auskunft-Art15-a\.auskunftsberg-\d{4}-\d{2}-\d{2}\.pdf"/);
    const text = pdfText(res.body);
    for (const s of [
      'Auskunft nach Art. 15 DSGVO',
      A.displayName,
      A.accountName,
      A.email,
      'Art. 28 DSGVO',
      `Verantwortlicher (Art. 4 Nr. 7 DSGVO): ${TENANT_NAME}`,
      'record-of-processing.md',
      'DR-Flur-Gemeinsam',
      'DR-Annegret-Zimmer',
      'Standarddrucker',
      'AP-Gemeinsam-1',
      'Ordnungswidrigkeiten-Suite',
      'OWi-Verfahren',
      'Token für OWi fehlt',
      `Änderungsprotokoll (${expected})`,
      'Anzeigename: Annegret Auskunft »',
      'Standarddrucker: – » ja',
      'ausgelassen (andere Person): Objekt (ID)',
      'reason: Abteilungswechsel',
      'Schaltplan 0.1.0',
      'Seite 1 von',
    ]) {
      expect(text).toContain(s);
    }
    // One row per entry: each starts with its date in the first column.
    const trail = text.slice(text.indexOf(`Änderungsprotokoll (${expected})`));
    expect(trail.split('\n').filter((line) => /^\s*\d{2}\.\d{2}\.\d{4}\s{2,}\S/.test(line))).toHaveLength(expected);
    expectNothingOfB(text);
    const pages = pdfPages(res.body);
    writeFileSync('/tmp/access-report-page1.png', pdfPagePng(res.body, 1, 80));
    writeFileSync('/tmp/access-report-last.png', pdfPagePng(res.body, pages, 80));
  });
});

describe('access', () => {
  it.each([
    ['ADMIN', 200],
    ['PROJECT_MANAGER', 200],
    ['COORDINATOR', 403],
    ['TECHNICIAN', 403],
    ['VIEWER', 403],
  ] as const)('%s → %i', async (role, status) => {
    const session = await loginAs(api, role, { tenantIds: [String(fx.tenant.id)], locationIds: [fx.location.id] });
    const res = await accessReport(api, `${q}&format=json`, session);
    expect(res.status).toBe(status);
    if (status !== 200) {
      expect(JSON.parse(res.body.toString())).toMatchObject({ code: 'FORBIDDEN' });
      expect(res.body.toString()).not.toContain(A.displayName);
    }
  });

  it('needs a session (401)', async () => {
    const res = await accessReport(api, `${q}&format=pdf`, null);
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body.toString())).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('answers 404 for another Verwaltung’s person, an unassigned project manager and unknown ids, leaking nothing', async () => {
    const other = await aTenant().create(api);
    const otherLocation = await aLocation().of(other).create(api);
    const stranger = await aPerson().at(otherLocation).create(api);
    const pm = await loginAs(api, 'PROJECT_MANAGER', { tenantIds: [other.id] });
    for (const [query, session] of [
      [`tenantId=${other.id}&personId=${fx.a.id}`, api.admin],
      [`tenantId=${fx.tenant.id}&personId=${stranger.id}`, api.admin],
      [`tenantId=${fx.tenant.id}&personId=00000000-0000-4000-8000-000000000000`, api.admin],
      [q, pm],
    ] as const) {
      const res = await accessReport(api, `${query}&format=json`, session);
      expect(res.status).toBe(404);
      expect(res.body.toString()).not.toMatch(/Auskunftsberg|Testland|Petra/);
    }
  });

  it.each([
    ['personId=X', 'tenantId'],
    ['tenantId=T', 'personId'],
    ['tenantId=T&personId=nope', 'personId'],
    ['tenantId=T&personId=P&format=xlsx', 'format'],
  ])('400 for %s, naming %s', async (query, field) => {
    const res = await accessReport(api, query.replace('T', String(fx.tenant.id)).replace('P', String(fx.a.id)));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body.toString())).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining(field),
    });
  });
});

describe('audit of the report itself', () => {
  it('is written after reading: a report never lists itself, a later one lists the earlier ones', async () => {
    const pm = await loginAs(api, 'PROJECT_MANAGER', { tenantIds: [String(fx.tenant.id)] });
    const before = await exportEntries(String(fx.a.id));
    const first = json((await accessReport(api, `${q}&format=json`, pm)).body);
    const after = await exportEntries(String(fx.a.id));
    expect(after).toHaveLength(before.length + 1);
    const own = after[after.length - 1];
    expect(own).toMatchObject({
      account_id: pm.accountId,
      object_type: 'PERSON',
      context: { kind: 'ACCESS_REPORT', format: 'json' },
    });
    expect(first.auditEntries.map((e) => e.id)).not.toContain(own.id);
    const second = json((await accessReport(api, `${q}&format=json`)).body);
    expect(second.auditEntries.find((e) => e.id === own.id)).toMatchObject({
      action: 'EXPORT',
      account: 'Test PROJECT_MANAGER',
      context: { kind: 'ACCESS_REPORT', format: 'json' },
    });
    // Refused requests leave no trace.
    const viewer = await loginAs(api, 'VIEWER', { tenantIds: [String(fx.tenant.id)] });
    await accessReport(api, `${q}&format=json`, viewer);
    expect(await exportEntries(String(fx.a.id))).toHaveLength(after.length + 1);
  });
});
