import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loginAs } from './support/accounts';
import { aLocation, aPerson, aTenant, type Created } from './support/factories';
import { asOwner } from './support/plan';
import { startTestApp, type TestApp } from './support/test-app';

interface Day {
  day: string;
  confirmed: number;
  rejected: number;
}

const TIMELINE = `query($t: ID) { confirmationTimeline(tenantId: $t) { day confirmed rejected } }`;

let api: TestApp;
let tenant: Created;
let other: Created;

beforeAll(async () => {
  api = await startTestApp('confirmation-timeline');
  tenant = await aTenant().create(api);
  other = await aTenant().create(api);
});
afterAll(() => api.close());

const today = (): string => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());

describe('confirmationTimeline', () => {
  it('counts confirmations and rejections per day from the audit trail, per Verwaltung', async () => {
    const location = await aLocation().of(tenant).create(api);
    const persons = await Promise.all([1, 2, 3].map(() => aPerson().at(location).create(api)));
    const elsewhere = await aPerson()
      .at(await aLocation().of(other).create(api))
      .create(api);
    await api.gql(`mutation($t: ID!, $ids: [ID!]!) { confirmPersons(tenantId: $t, personIds: $ids) { confirmed } }`, {
      t: tenant.id,
      ids: [persons[0].id, persons[1].id],
    });
    await api.gql(`mutation($p: ID!) { rejectPerson(personId: $p, comment: "Drucker fehlt") { state } }`, {
      p: persons[2].id,
    });
    await api.gql(`mutation($t: ID!, $ids: [ID!]!) { confirmPersons(tenantId: $t, personIds: $ids) { confirmed } }`, {
      t: other.id,
      ids: [elsewhere.id],
    });
    // An earlier day: 23:30 UTC on 4 January is already 5 January in Germany.
    await asOwner(
      api,
      `INSERT INTO audit_entry (tenant_id, object_type, object_id, action, at)
       VALUES ($1, 'CONFIRMATION', $2, 'REJECT', '2026-01-04T23:30:00Z'),
              ($1, 'CONFIRMATION', $2, 'CONFIRM', '2026-01-05T09:00:00Z'),
              ($1, 'PERSON', $2, 'UPDATE', '2026-01-05T09:00:00Z')`,
      [tenant.id, persons[0].id],
    );

    const data = await api.gql<{ confirmationTimeline: Day[] }>(TIMELINE, { t: tenant.id });
    expect(data.confirmationTimeline).toEqual([
      { day: '2026-01-05', confirmed: 1, rejected: 1 },
      { day: today(), confirmed: 2, rejected: 1 },
    ]);

    // One SQL statement (besides the session's own bookkeeping), as for the board.
    const counted = await api.request(TIMELINE, { t: tenant.id }, { countStatements: true });
    expect(counted.extensions?.sqlStatements).toBeLessThanOrEqual(2);

    // The other Verwaltung's coordinator sees only their own decisions, with or without a tenant.
    const coordinator = await loginAs(api, 'COORDINATOR', { tenantIds: [other.id] });
    for (const t of [null, other.id, tenant.id]) {
      const own = await api.gql<{ confirmationTimeline: Day[] }>(TIMELINE, { t }, { session: coordinator });
      expect(own.confirmationTimeline).toEqual(t === tenant.id ? [] : [{ day: today(), confirmed: 1, rejected: 0 }]);
    }
  });
});
