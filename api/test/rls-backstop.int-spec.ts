import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestContext, type TenantScope } from '../src/database/request-context';
import { Person } from '../src/persons/person.entity';
import { Printer } from '../src/printers/printer.entity';
import { aLocation, aPerson, aPrinter, aTenant, type Created } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let tenantA: Created;
let locationA1: Created;

beforeAll(async () => {
  api = await startTestApp('backstop');
  tenantA = await aTenant().create(api);
  const tenantB = await aTenant().create(api);
  locationA1 = await aLocation().of(tenantA).create(api);
  const locationA2 = await aLocation().of(tenantA).create(api);
  const locationB = await aLocation().of(tenantB).create(api);
  for (const location of [locationA1, locationA2, locationB]) {
    await aPerson().at(location).create(api);
    await aPrinter().at(location).create(api);
  }
});
afterAll(() => api.close());

/** Runs `work` inside a request context with the given scope, exactly as a request would. */
async function inRequest<T>(scope: TenantScope, work: () => Promise<T>): Promise<T> {
  const ctx = new RequestContext(api.dataSource, scope);
  try {
    return await RequestContext.run(ctx, work);
  } finally {
    await ctx.finish();
  }
}

describe('row-level security behind the application', () => {
  it('limits a deliberately unscoped repository query to the request’s tenant', async () => {
    const persons = await inRequest({ kind: 'tenants', tenantIds: [tenantA.id] }, async () =>
      // No tenant filter on purpose: only the database's policies stand in the way.
      (await RequestContext.current().manager()).getRepository(Person).find(),
    );
    expect(persons).toHaveLength(2);
    expect(new Set(persons.map((p) => p.tenantId))).toEqual(new Set([tenantA.id]));
  });

  it('limits unscoped raw SQL, and a technician’s scope to the assigned locations', async () => {
    const rows = await inRequest(
      { kind: 'tenants', tenantIds: [tenantA.id], locationIds: [locationA1.id] },
      async () => {
        const ctx = RequestContext.current();
        const printers = await (await ctx.manager()).getRepository(Printer).find();
        const counted = await ctx.query<{ n: number }>('SELECT count(*)::int AS n FROM person');
        return { printers, persons: counted[0].n };
      },
    );
    expect(rows.printers.map((p) => p.locationId)).toEqual([locationA1.id]);
    expect(rows.persons).toBe(1);
  });

  it('shows nothing to a request without any tenant in its scope', async () => {
    const persons = await inRequest({ kind: 'tenants', tenantIds: [] }, async () =>
      (await RequestContext.current().manager()).getRepository(Person).find(),
    );
    expect(persons).toEqual([]);
  });
});
