import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IMPORT_TARGETS } from '@schaltplan/domain';
import { loginAs } from './support/accounts';
import { createExportFixture, type ExportFixture } from './support/export-fixtures';
import { csvRows, download, xlsxSheet } from './support/export-download';
import { aTenant } from './support/factories';
import { seedLocations } from './support/sql-seed';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let fx: ExportFixture;
let q: string;

beforeAll(async () => {
  api = await startTestApp('exports_access');
  fx = await createExportFixture(api);
  q = `tenantId=${fx.tenant.id}`;
});
afterAll(() => api.close());

describe('volume', () => {
  let big: { id: string };
  beforeAll(async () => {
    big = await aTenant().create(api);
    await seedLocations(api.databaseUrl, big.id, { locations: 5, workstationsPerLocation: 4000, prefix: 'Gross' });
  });

  it('streams lists longer than one cursor page, in order, as CSV and XLSX', async () => {
    const rows = csvRows((await download(api, `persons?tenantId=${big.id}&format=csv`)).body, ';');
    expect(rows).toHaveLength(20_001);
    const names = rows.slice(1).map((r) => r[0]);
    expect(new Set(names).size).toBe(20_000);
    expect(names).toEqual([...names].sort());
    const sheet = await xlsxSheet((await download(api, `workstations?tenantId=${big.id}&format=xlsx`)).body);
    expect(sheet.rows).toHaveLength(20_001);
    expect(sheet.rows[1][7]).toMatch(/^u-/);
  });

  it('ends the transaction when the client goes away mid-download', async () => {
    const url = api.url.replace('/graphql', `/api/exports/persons?tenantId=${big.id}&format=csv`);
    // More aborted downloads than the pool (5) has connections: a leak would hang the last request.
    for (let i = 0; i < 7; i++) {
      await new Promise<void>((resolve, reject) => {
        const req = http.get(url, { headers: { cookie: api.admin.cookie } }, (res) => {
          res.once('data', () => {
            res.pause();
            // Let the server fill the socket and wait for it to drain, then hang up.
            setTimeout(() => {
              req.destroy();
              resolve();
            }, 100);
          });
        });
        req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
      });
    }
    expect((await download(api, `persons?${q}&format=csv`)).status).toBe(200);
  });
});

describe('access and validation', () => {
  it('refuses requests without a session (401, JSON)', async () => {
    const res = await download(api, `persons?${q}&format=csv`, null);
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body.toString())).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.any(String) });
  });

  it('lets a viewer of the Verwaltung export', async () => {
    const viewer = await loginAs(api, 'VIEWER', { tenantIds: [fx.tenant.id] });
    const res = await download(api, `persons?${q}&format=csv`, viewer);
    expect(res.status).toBe(200);
    expect(csvRows(res.body, ';')).toHaveLength(4);
  });

  it('never gives a coordinator another Verwaltung’s rows', async () => {
    const otherTenant = await aTenant().create(api);
    const coordinator = await loginAs(api, 'COORDINATOR', { tenantIds: [otherTenant.id] });
    for (const target of [...IMPORT_TARGETS, 'TENANTS']) {
      const res = await download(api, `${target}?${q}&format=csv`, coordinator);
      expect(res.status).toBe(404);
      expect(res.body.toString()).not.toMatch(/Grünhöfe|Gruenhoefe|müller|DR-Flur/);
    }
    const own = await download(api, 'tenants?format=csv', coordinator);
    expect(
      csvRows(own.body, ';')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([expect.stringMatching(/^Amt Testland/)]);
  });

  it.each([
    ['pdfs?format=csv&tenantId=TENANT', 'target'],
    ['persons?format=pdf&tenantId=TENANT', 'format'],
    ['persons?format=csv', 'tenantId'],
    ['persons?format=csv&tenantId=nope', 'tenantId'],
    ['software?format=csv&tenantId=TENANT&locationId=00000000-0000-4000-8000-000000000000', 'locationId'],
    ['persons?format=csv&tenantId=TENANT&withPersons=true', 'withPersons'],
    ['persons?format=csv&tenantId=TENANT&search=a&search=b', 'search'],
  ])('400 for %s, naming %s', async (path, parameter) => {
    const res = await download(api, path.replace('TENANT', fx.tenant.id));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body.toString())).toMatchObject({ parameter });
  });

  it('hands every connection back to the pool, after errors too', async () => {
    // The pool has 5 connections: a leak would make the last request hang.
    for (let i = 0; i < 8; i++) {
      const res = await download(api, `persons?tenantId=00000000-0000-4000-8000-00000000000${i}&format=csv`);
      expect(res.status).toBe(404);
    }
    expect((await download(api, `persons?${q}&format=xlsx`)).status).toBe(200);
  });
});
