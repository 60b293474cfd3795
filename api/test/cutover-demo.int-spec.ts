import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { planTodaysWave, TODAYS_WAVE } from '../src/demo/demo-wave';
import { loginAs } from './support/accounts';
import { DAY, type WorkstationState } from './support/cutover';
import { aLocation, aTenant, aWorkstation } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp('cutover_demo');
});
afterAll(() => api.close());

it("plans the demo's wave for the load day, so the technician has a real day", async () => {
  const tenant = await aTenant().with({ name: TODAYS_WAVE.tenant }).create(api);
  const location = await aLocation().of(tenant).with({ name: TODAYS_WAVE.location }).create(api);
  const ws = await aWorkstation().at(location).create(api);
  await api.dataSource.transaction(async (m) => {
    await m.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    await planTodaysWave({ query: (sql, params) => m.query(sql, params) });
  });
  const technician = await loginAs(api, 'TECHNICIAN', { locationIds: [location.id] });
  const day = await api.gql<{ technicianWorkstations: WorkstationState[] }>(DAY, {}, { session: technician });
  expect(day.technicianWorkstations.map((w) => w.id)).toEqual([ws.id]);
  expect(day.technicianWorkstations[0].checklist.length).toBeGreaterThan(0);
  const { location: planned } = await api.gql<{ location: Record<string, unknown> }>(
    `query($id: ID!) { location(id: $id) { cutoverWindowStart cutoverWindowEnd } }`,
    { id: location.id },
  );
  expect(planned).toEqual({ cutoverWindowStart: '17:00', cutoverWindowEnd: '23:00' });
});
