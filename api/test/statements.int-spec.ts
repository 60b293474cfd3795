import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { aTenant, type Created } from './support/factories';
import { seedLocations } from './support/sql-seed';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let tenant: Created;

beforeAll(async () => {
  api = await startTestApp('statements');
  tenant = await aTenant().create(api);
});
afterAll(() => api.close());

const LIST = `query($tenantId: ID!) {
  workstations(tenantId: $tenantId, limit: 1000) {
    totalCount
    items { name room location { name } persons { displayName accountName } printers { name } }
  }
}`;

interface ListResult {
  workstations: {
    totalCount: number;
    items: { location: { name: string }; persons: unknown[]; printers: { name: string }[] }[];
  };
}

async function listAndCount(): Promise<{ statements: number; result: ListResult }> {
  const res = await api.request<ListResult>(LIST, { tenantId: tenant.id }, { countStatements: true });
  expect(res.errors).toBeUndefined();
  return { statements: res.extensions?.sqlStatements ?? -1, result: res.data as ListResult };
}

describe('statements per request (no N+1)', () => {
  it('stay the same and at most 5 for 1000 workstations at 5 and at 50 locations', async () => {
    await seedLocations(api.databaseUrl, tenant.id, { locations: 5, workstationsPerLocation: 200, prefix: 'Klein' });
    const five = await listAndCount();
    expect(five.result.workstations.items).toHaveLength(1000);
    expect(new Set(five.result.workstations.items.map((w) => w.location.name)).size).toBe(5);
    expect(five.result.workstations.items.every((w) => w.persons.length === 1 && w.printers.length === 1)).toBe(true);

    await seedLocations(api.databaseUrl, tenant.id, { locations: 45, workstationsPerLocation: 20, prefix: 'Gross' });
    const fifty = await listAndCount();
    expect(fifty.result.workstations.totalCount).toBe(1900);
    expect(new Set(fifty.result.workstations.items.map((w) => w.location.name)).size).toBeGreaterThanOrEqual(45);

    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
    expect(fifty.statements).toBeLessThanOrEqual(5);
  }, 120_000);
});
