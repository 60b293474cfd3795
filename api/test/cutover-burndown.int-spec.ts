import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loginAs } from './support/accounts';
import {
  BURNDOWN,
  located as locatedIn,
  setStatus as setStatusOf,
  workstations as workstationsAt,
  type Burndown,
  type Point,
  type Wave,
} from './support/cutover-board';
import { aTenant, type Created } from './support/factories';
import { asOwner } from './support/plan';
import { startTestApp, type Session, type TestApp } from './support/test-app';

let api: TestApp;
let tenant: Created;

const located = (name: string, wave?: Wave) => locatedIn(api, tenant, name, wave);
const workstations = (location: Created, n: number) => workstationsAt(api, location, n);
const setStatus = (ws: Created, status: string) => setStatusOf(api, ws, status);

beforeAll(async () => {
  api = await startTestApp('cutover_burndown');
  tenant = await aTenant().create(api);
}, 60_000);
afterAll(() => api.close());

describe('cutoverBurndown', () => {
  let location: Created;
  let elsewhere: Created;
  let ws: Created[];

  const at = (iso: string) => new Date(iso).toISOString();
  /** A status change as the ticks/transition service writes it. */
  const change = (w: Created, when: string, old: string, next: string, action = 'STATUS_CHANGE') =>
    asOwner(
      api,
      `INSERT INTO audit_entry (tenant_id, object_type, object_id, action, changes, at)
       VALUES ($1, 'WORKSTATION', $2, $3, jsonb_build_object('cutoverStatus', jsonb_build_object('old', $4::text, 'new', $5::text)), $6)`,
      [tenant.id, w.id, action, old, next, when],
    );

  beforeAll(async () => {
    // 18:00–22:00 CEST = 16:00–20:00 UTC.
    location = await located('Bürgerbüro', { date: '2026-05-12', start: '18:00', end: '22:00' });
    elsewhere = await located('Ortsamt', { date: '2026-05-12', start: '18:00', end: '22:00' });
    ws = await workstations(location, 3);
    const [away] = await workstations(elsewhere, 1);
    const [a, b] = ws;
    await change(a, '2026-05-12T16:30:00Z', 'PLANNED', 'PREPARED');
    await change(a, '2026-05-12T17:00:00Z', 'PREPARED', 'MIGRATED');
    await change(a, '2026-05-12T18:00:00Z', 'MIGRATED', 'ACCEPTED');
    await change(b, '2026-05-12T17:30:00Z', 'PLANNED', 'MIGRATED');
    // Rolled back after it was done: it is remaining again.
    await change(b, '2026-05-12T19:00:00Z', 'MIGRATED', 'ROLLED_BACK');
    // Neither counts: another location's workstation, and an action that is no status change.
    await change(away, '2026-05-12T17:15:00Z', 'PLANNED', 'MIGRATED');
    await change(a, '2026-05-12T17:45:00Z', 'PLANNED', 'MIGRATED', 'TICK');
    await setStatus(a, 'ACCEPTED');
    await setStatus(b, 'ROLLED_BACK');
    await setStatus(away, 'MIGRATED');
  }, 60_000);

  it('draws the planned line and the actual steps from the audit trail, rollback included', async () => {
    const before = Date.now();
    const { cutoverBurndown: d } = await api.gql<{ cutoverBurndown: Burndown }>(BURNDOWN, {
      locationId: location.id,
    });
    expect(d).toMatchObject({
      locationId: location.id,
      total: 3,
      windowStart: at('2026-05-12T16:00:00Z'),
      windowEnd: at('2026-05-12T20:00:00Z'),
      planned: [
        { at: at('2026-05-12T16:00:00Z'), remaining: 3 },
        { at: at('2026-05-12T20:00:00Z'), remaining: 0 },
      ],
    });
    const last = d.actual.at(-1) as Point;
    expect(d.actual.slice(0, -1)).toEqual([
      { at: at('2026-05-12T16:00:00Z'), remaining: 3 },
      { at: at('2026-05-12T17:00:00Z'), remaining: 2 },
      { at: at('2026-05-12T17:30:00Z'), remaining: 1 },
      { at: at('2026-05-12T19:00:00Z'), remaining: 2 },
    ]);
    expect(last.remaining).toBe(2);
    expect(Math.abs(Date.parse(last.at) - before)).toBeLessThan(60_000);
  });

  it('starts at the first change when that is earlier than the window', async () => {
    await change(ws[2], '2026-05-12T15:00:00Z', 'PLANNED', 'MIGRATED');
    await change(ws[2], '2026-05-12T15:10:00Z', 'MIGRATED', 'ROLLED_BACK');
    const { cutoverBurndown: d } = await api.gql<{ cutoverBurndown: Burndown }>(BURNDOWN, {
      locationId: location.id,
    });
    expect(d.actual.slice(0, 3)).toEqual([
      // The start point shows the count before the first change.
      { at: at('2026-05-12T15:00:00Z'), remaining: 3 },
      { at: at('2026-05-12T15:00:00Z'), remaining: 2 },
      { at: at('2026-05-12T15:10:00Z'), remaining: 3 },
    ]);
    expect(d.actual.at(-1)?.remaining).toBe(2);
  });

  it('has no planned line without a window, and answers NOT_FOUND for unknown or invisible locations', async () => {
    const bare = await located('Kita', { date: '2026-05-12' });
    await workstations(bare, 2);
    const { cutoverBurndown: d } = await api.gql<{ cutoverBurndown: Burndown }>(BURNDOWN, { locationId: bare.id });
    expect(d).toMatchObject({ total: 2, windowStart: null, windowEnd: null, planned: [] });
    expect(d.actual.map((p) => p.remaining)).toEqual([2, 2]);

    const technician = await loginAs(api, 'TECHNICIAN', { locationIds: [elsewhere.id] });
    const cases: [string, Session | undefined][] = [
      ['00000000-0000-4000-8000-000000000000', undefined],
      [location.id, technician],
    ];
    for (const [locationId, session] of cases) {
      const res = await api.request<{ cutoverBurndown: Burndown }>(BURNDOWN, { locationId }, { session });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    }
    const own = await api.gql<{ cutoverBurndown: Burndown }>(
      BURNDOWN,
      { locationId: elsewhere.id },
      { session: technician },
    );
    expect(own.cutoverBurndown.actual.at(-1)?.remaining).toBe(0);
  });
});
