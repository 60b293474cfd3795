import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ROLES, type Role } from '@schaltplan/domain';
import { loginAs } from './support/accounts';
import { csvRows } from './support/export-download';
import { aTenant, type Created } from './support/factories';
import { createProvisioningFixture } from './support/provisioning-fixture';
import { provisioningDownload, provisioningJson } from './support/provisioning';
import { startTestApp, type Session, type TestApp } from './support/test-app';

let api: TestApp;
let tenant: Created;
let rathaus: Created;
let bauhof: Created;
let people: Record<string, Created>;
let mapped: Created;
let confirm: (...persons: Created[]) => Promise<unknown>;
let q: string;

const accountNames = (doc: { persons: { accountName: string }[] }): string[] => doc.persons.map((p) => p.accountName);

beforeAll(async () => {
  api = await startTestApp('provisioning');
  ({ tenant, rathaus, bauhof, people, mapped, confirm } = await createProvisioningFixture(api));
  q = `tenantId=${tenant.id}`;
});
afterAll(() => api.close());

describe('confirmation', () => {
  it('exports only confirmed persons by default, and says so in the header', async () => {
    const doc = await provisioningJson(api, q);
    expect(accountNames(doc)).toEqual(['a.confirmed', 'e.bauhof', 'f.later']);
    expect(doc.persons.every((p) => p.confirmed && p.confirmationState === 'CONFIRMED')).toBe(true);
    expect(doc.filter).toEqual({ location: null, includeUnconfirmed: false });
    expect(doc.counts).toEqual({ persons: 3, unconfirmed: 0, notExported: 3 });
    expect(doc).toMatchObject({ format: 'schaltplan-provisioning', version: 1 });
    expect(doc.tenant).toEqual({ name: 'Amt Bereitstellung', kind: 'AMT', ags: expect.stringMatching(/^\d{8}$/) });
  });

  it('includes the others on request, each flagged with its state', async () => {
    const doc = await provisioningJson(api, `${q}&includeUnconfirmed=true`);
    expect(doc.persons.map((p) => [p.accountName, p.confirmed, p.confirmationState])).toEqual([
      ['a.confirmed', true, 'CONFIRMED'],
      ['b.open', false, 'OPEN'],
      ['c.changed', false, 'CHANGED'],
      ['d.rejected', false, 'REJECTED'],
      ['e.bauhof', true, 'CONFIRMED'],
      ['f.later', true, 'CONFIRMED'],
    ]);
    expect(doc.filter.includeUnconfirmed).toBe(true);
    expect(doc.counts).toEqual({ persons: 6, unconfirmed: 3, notExported: 0 });
    const rows = csvRows((await provisioningDownload(api, `${q}&format=csv&includeUnconfirmed=true`)).body, ';');
    const states = new Map(rows.slice(1).map((r) => [r[0], r[5]]));
    expect(Object.fromEntries(states)).toEqual({
      'a.confirmed': 'CONFIRMED',
      'b.open': 'OPEN',
      'c.changed': 'CHANGED',
      'd.rejected': 'REJECTED',
      'e.bauhof': 'CONFIRMED',
      'f.later': 'CONFIRMED',
    });
  });

  it('drops a person whose mapping changes after the confirmation', async () => {
    const before = await provisioningJson(api, `${q}&locationId=${rathaus.id}`);
    expect(accountNames(before)).toContain('f.later');
    // The right on a mapped drive changes (write → read).
    await api.gql(
      `mutation($p: ID!, $s: ID!) { assignFileShare(personId: $p, fileShareId: $s, access: READ) { id } }`,
      {
        p: people['f.later'].id,
        s: mapped.id,
      },
    );
    const after = await provisioningJson(api, `${q}&locationId=${rathaus.id}`);
    expect(accountNames(after)).toEqual(['a.confirmed']);
    const flagged = await provisioningJson(api, `${q}&locationId=${rathaus.id}&includeUnconfirmed=true`);
    expect(flagged.persons.find((p) => p.accountName === 'f.later')).toMatchObject({
      confirmed: false,
      confirmationState: 'CHANGED',
    });
    await confirm(people['f.later']);
    expect(accountNames(await provisioningJson(api, `${q}&locationId=${rathaus.id}`))).toContain('f.later');
  });
});

describe('content', () => {
  it('lists printers with target queues, drive mappings with rights, software by delivery and Fachverfahren', async () => {
    const doc = await provisioningJson(api, q);
    const a = doc.persons[0];
    expect(a.location).toBe('Rathaus');
    expect(a.printers.default).toMatchObject({ name: 'RH-MFP', targetQueue: '\\\\print\\RH-MFP' });
    expect(a.printers.others).toEqual([
      expect.objectContaining({ name: 'RH-ALT', targetQueue: null, targetQueueMissing: true }),
    ]);
    expect(a.drives).toEqual([
      expect.objectContaining({ driveLetter: 'G', mapTo: '\\\\fs01\\Alt', targetPathMissing: true, access: 'READ' }),
      expect.objectContaining({
        driveLetter: 'S',
        uncPath: '\\\\fs01\\Bauamt',
        mapTo: '\\\\cloud\\Bauamt',
        targetPathMissing: false,
        access: 'WRITE',
      }),
    ]);
    const products = (list: { product: string }[]): string[] => list.map((s) => s.product);
    expect(products(a.software.standardImage)).toEqual(['Office']);
    expect(products(a.software.publishedApps)).toEqual(['AutoCAD']);
    expect(a.software.replaced).toEqual([expect.objectContaining({ product: 'PDF24', replacedBy: 'Reader' })]);
    expect(products(a.software.undecided)).toEqual(['KeePass']);
    expect(JSON.stringify(doc)).not.toContain('VLC');
    expect(a.fachverfahren).toEqual([
      expect.objectContaining({ name: 'ProBauG', targetOperation: 'PROVIDER_DATACENTER' }),
    ]);
    // Natural keys only: no database ids in the build list.
    expect(JSON.stringify(doc)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });

  it('filters by Standort', async () => {
    const doc = await provisioningJson(api, `${q}&locationId=${bauhof.id}&includeUnconfirmed=true`);
    expect(accountNames(doc)).toEqual(['d.rejected', 'e.bauhof']);
    expect(doc.filter).toEqual({ location: 'Bauhof', includeUnconfirmed: true });
    expect(accountNames(await provisioningJson(api, `${q}&locationId=${bauhof.id}`))).toEqual(['e.bauhof']);
  });

  it('names the file and writes CSV rows per person and assignment', async () => {
    const json = await provisioningDownload(api, `${q}&locationId=${bauhof.id}`);
    expect(json.contentType).toBe('application/json; charset=utf-8');
    expect(json.disposition).toMatch(/filename="Bereitstellung-Amt-Bereitstellung-Bauhof-\d{4}-\d{2}-\d{2}\.json"/);
    const csv = await provisioningDownload(api, `${q}&format=csv&locationId=${bauhof.id}`);
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.disposition).toMatch(/filename="Bereitstellung-Amt-Bereitstellung-Bauhof-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = csvRows(csv.body, ';');
    expect(rows[0].slice(0, 8)).toEqual([
      'accountName',
      'displayName',
      'email',
      'department',
      'location',
      'confirmation',
      'kind',
      'name',
    ]);
    expect(rows.slice(1).map((r) => `${r[0]} ${r[6]} ${r[7]}`)).toEqual([
      'e.bauhof ACCOUNT ',
      'e.bauhof PRINTER RH-MFP',
      'e.bauhof PRINTER RH-ALT',
      'e.bauhof DRIVE \\\\fs01\\Alt',
      'e.bauhof DRIVE \\\\fs01\\Bauamt',
      'e.bauhof SOFTWARE Office',
      'e.bauhof SOFTWARE AutoCAD',
      'e.bauhof SOFTWARE PDF24',
      'e.bauhof SOFTWARE KeePass',
      'e.bauhof FACHVERFAHREN ProBauG',
    ]);
  });

  it('audits every export with its filter and the number of persons', async () => {
    await provisioningDownload(api, `${q}&format=csv&locationId=${bauhof.id}&includeUnconfirmed=true`);
    const [entry] = await api.dataSource.query<{ object_type: string; action: string; context: unknown }[]>(
      `SELECT object_type, object_id, action, context FROM audit_entry WHERE tenant_id = $1 AND action = 'EXPORT'
       ORDER BY at DESC, id DESC LIMIT 1`,
      [tenant.id],
    );
    expect(entry).toMatchObject({
      object_type: 'TENANT',
      action: 'EXPORT',
      context: { kind: 'PROVISIONING', format: 'csv', locationId: bauhof.id, includeUnconfirmed: true, persons: 2 },
    });
  });
});

describe('access', () => {
  const allowed: Role[] = ['ADMIN', 'PROJECT_MANAGER'];

  it.each(ROLES.map((role) => [role, allowed.includes(role)] as const))(
    '%s of the Verwaltung: allowed %s',
    async (role, ok) => {
      const session = await loginAs(api, role, {
        tenantIds: [tenant.id],
        locationIds: role === 'TECHNICIAN' ? [rathaus.id, bauhof.id] : [],
      });
      const res = await provisioningDownload(api, `${q}&includeUnconfirmed=true`, session);
      expect(res.status).toBe(ok ? 200 : 403);
      if (!ok) {
        expect(JSON.parse(res.body.toString())).toMatchObject({ code: 'FORBIDDEN' });
        expect(res.body.toString()).not.toContain('a.confirmed');
      }
    },
  );

  it('refuses a request without a session (401)', async () => {
    const res = await provisioningDownload(api, q, null);
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body.toString())).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it("answers 404 for another Verwaltung's id, without a trace of its data", async () => {
    const other = await aTenant().create(api);
    const manager: Session = await loginAs(api, 'PROJECT_MANAGER', { tenantIds: [other.id] });
    for (const query of [q, `tenantId=${other.id}&locationId=${bauhof.id}`]) {
      const res = await provisioningDownload(api, `${query}&includeUnconfirmed=true`, manager);
      expect(res.status).toBe(404);
      expect(res.body.toString()).not.toMatch(/Bereitstellung|Bauhof|a\.confirmed/);
    }
    const count = await api.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_entry WHERE account_id = $1`,
      [manager.accountId],
    );
    expect(count[0].n).toBe(0);
  });

  it.each([
    ['', 'tenantId'],
    ['tenantId=nope', 'tenantId'],
    ['tenantId=TENANT&format=xlsx', 'format'],
    ['tenantId=TENANT&format=json&format=csv', 'format'],
    ['tenantId=TENANT&locationId=Bauhof', 'locationId'],
    ['tenantId=TENANT&includeUnconfirmed=ja', 'includeUnconfirmed'],
    ['tenantId=TENANT&standort=Bauhof', 'standort'],
  ])('400 for "%s", naming %s', async (query, parameter) => {
    const res = await provisioningDownload(api, query.replace('TENANT', tenant.id));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body.toString())).toMatchObject({ parameter, message: expect.stringContaining(parameter) });
  });
});
