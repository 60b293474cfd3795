import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loginAs } from './support/accounts';
import { CONFIRMATION_ROW as ROW, confirmationRow, confirmPersons } from './support/confirmations';
import { aLocation, aPerson, aTenant, type Created } from './support/factories';
import { startTestApp, type Session, type TestApp } from './support/test-app';

// Who may confirm, "confirm all shown" and the progress counts (invalidation: confirmations.int-spec.ts).

let api: TestApp;
let tenant: Created;
let rathaus: Created;

beforeAll(async () => {
  api = await startTestApp('confirmation-policy');
  tenant = await aTenant().create(api);
  rathaus = await aLocation().of(tenant).with({ name: 'Rathaus' }).create(api);
});
afterAll(() => api.close());

const row = (personId: string) => confirmationRow(api, tenant.id, personId);
const confirm = (personIds: string[], session?: Session | null, tenantId = tenant.id) =>
  confirmPersons(api, tenantId, personIds, session);

describe('policy', () => {
  let person: Created;
  beforeAll(async () => {
    person = await aPerson().at(rathaus).create(api);
  });

  it('lets the coordinator of the Verwaltung and the admin confirm', async () => {
    const coordinator = await loginAs(api, 'COORDINATOR', { tenantIds: [tenant.id] });
    expect((await confirm([person.id], coordinator)).errors).toBeUndefined();
    expect((await confirm([person.id], api.admin)).data?.confirmPersons).toEqual({ confirmed: 0, unchanged: 1 });
  });

  it.each(['PROJECT_MANAGER', 'TECHNICIAN', 'VIEWER'] as const)('refuses %s', async (role) => {
    const session = await loginAs(
      api,
      role,
      role === 'TECHNICIAN' ? { locationIds: [rathaus.id] } : { tenantIds: [tenant.id] },
    );
    expect((await confirm([person.id], session)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reject = await api.request(
      `mutation($p: ID!) { rejectPerson(personId: $p, comment: "nein") { state } }`,
      { p: person.id },
      { session },
    );
    expect(reject.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a coordinator of another Verwaltung, and writes nothing for unknown ids', async () => {
    const other = await aTenant().create(api);
    const foreign = await loginAs(api, 'COORDINATOR', { tenantIds: [other.id] });
    const fresh = await aPerson().at(rathaus).create(api);
    expect((await confirm([fresh.id], foreign)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await confirm([fresh.id], foreign, other.id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const filtered = await api.request(
      `mutation($t: ID!) { confirmFilteredPersons(tenantId: $t) { confirmed } }`,
      {
        t: tenant.id,
      },
      { session: foreign },
    );
    expect(filtered.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const mixed = await confirm([fresh.id, '00000000-0000-4000-8000-000000000000']);
    expect(mixed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await row(fresh.id)).state).toBe('OPEN');
  });
});

describe('progress and "confirm all shown"', () => {
  it('confirms the filtered persons and counts per location and department', async () => {
    const t = await aTenant().create(api);
    const a = await aLocation().of(t).with({ name: 'Altbau' }).create(api);
    const b = await aLocation().of(t).with({ name: 'Bürgerbüro' }).create(api);
    const make = (loc: Created, department: string) => aPerson().at(loc).with({ department }).create(api);
    await make(a, 'Kasse');
    await make(a, 'Kasse');
    const third = await make(a, 'Bauamt');
    await make(b, 'Kasse');
    const res = await api.request<{ confirmFilteredPersons: { confirmed: number } }>(
      `mutation($t: ID!, $l: ID, $d: String, $n: Int) {
         confirmFilteredPersons(tenantId: $t, locationId: $l, department: $d, expectedCount: $n) { confirmed } }`,
      { t: t.id, l: a.id, d: 'kasse', n: 2 },
    );
    expect(res.data?.confirmFilteredPersons.confirmed).toBe(2);
    const stale = await api.request(
      `mutation($t: ID!) { confirmFilteredPersons(tenantId: $t, expectedCount: 1) { confirmed } }`,
      {
        t: t.id,
      },
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    await api.gql(`mutation($p: ID!) { rejectPerson(personId: $p, comment: "falsch") { state } }`, { p: third.id });

    const data = await api.request<{
      confirmationProgress: Record<
        string,
        { label: string | null; total: number; confirmed: number; rejected: number; open: number }[]
      > & {
        overall: Record<string, number>;
      };
    }>(
      `query($t: ID!) { confirmationProgress(tenantId: $t) {
         overall { total confirmed changed rejected open }
         byLocation { label total confirmed changed rejected open }
         byDepartment { label total confirmed changed rejected open } } }`,
      { t: t.id },
      { countStatements: true },
    );
    expect(data.extensions?.sqlStatements).toBeLessThanOrEqual(2);
    const p = data.data?.confirmationProgress;
    expect(p?.overall).toEqual({ total: 4, confirmed: 2, changed: 0, rejected: 1, open: 1 });
    expect(p?.byLocation).toEqual([
      { label: 'Altbau', total: 3, confirmed: 2, changed: 0, rejected: 1, open: 0 },
      { label: 'Bürgerbüro', total: 1, confirmed: 0, changed: 0, rejected: 0, open: 1 },
    ]);
    expect(p?.byDepartment).toEqual([
      { label: 'Bauamt', total: 1, confirmed: 0, changed: 0, rejected: 1, open: 0 },
      { label: 'Kasse', total: 3, confirmed: 2, changed: 0, rejected: 0, open: 1 },
    ]);
  });

  it('lists a page with a constant number of statements', async () => {
    const t = await aTenant().create(api);
    const loc = await aLocation().of(t).create(api);
    const count = async () => {
      const res = await api.request<{ personConfirmations: { totalCount: number } }>(
        `query($t: ID!) { personConfirmations(tenantId: $t, limit: 1000) { totalCount items { ${ROW} } } }`,
        { t: t.id },
        { countStatements: true },
      );
      expect(res.errors).toBeUndefined();
      return res.extensions?.sqlStatements;
    };
    await aPerson().at(loc).create(api);
    const one = await count();
    for (let i = 0; i < 5; i++) await aPerson().at(loc).create(api);
    expect(await count()).toBe(one);
    expect(one).toBeLessThanOrEqual(2);
  });
});
