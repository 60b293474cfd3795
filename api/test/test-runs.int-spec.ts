import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loginAs } from './support/accounts';
import { aFachverfahren, aTenant, type Created } from './support/factories';
import { startTestApp, type Session, type TestApp } from './support/test-app';

let api: TestApp;
let tenant: Created;
let coordinator: Session;
let manager: Session;

beforeAll(async () => {
  api = await startTestApp('testruns');
  tenant = await aTenant().create(api);
  coordinator = await loginAs(api, 'COORDINATOR', { tenantIds: [tenant.id] });
  manager = await loginAs(api, 'PROJECT_MANAGER', { tenantIds: [tenant.id] });
});
afterAll(() => api.close());

interface Run {
  id: string;
  version: number;
  result: string;
  signedOffAt: string | null;
  signedOffBy: string | null;
  signedOffByName: string | null;
}
const RUN = 'id version result signedOffAt signedOffBy signedOffByName';

async function record(input: Record<string, unknown>, session?: Session): Promise<Run> {
  const data = await api.gql<{ recordTestRun: Run }>(
    `mutation($input: RecordTestRunInput!) { recordTestRun(input: $input) { ${RUN} } }`,
    { input: { tenantId: tenant.id, tester: 'Frau Test', result: 'PASSED', testedOn: '2026-03-01', ...input } },
    { session },
  );
  return data.recordTestRun;
}

const signOff = (run: { id: string; version: number }, session?: Session | null) =>
  api.request<{ signOffTestRun: Run }>(
    `mutation($id: ID!, $v: Int!) { signOffTestRun(id: $id, version: $v) { ${RUN} } }`,
    { id: run.id, v: run.version },
    { session },
  );

interface Status {
  fachverfahrenId: string | null;
  fachverfahrenName: string | null;
  state: string;
  latestRun: { id: string; result: string } | null;
}
async function status(tenantId = tenant.id): Promise<Status[]> {
  const data = await api.gql<{ testStatus: Status[] }>(
    `query($t: ID!) { testStatus(tenantId: $t) { fachverfahrenId fachverfahrenName state latestRun { id result } } }`,
    { t: tenantId },
  );
  return data.testStatus;
}
const stateOf = async (fachverfahrenId: string | null) =>
  (await status()).find((s) => s.fachverfahrenId === fachverfahrenId);

describe('test runs', () => {
  it('counts the latest result: an older pass and a newer failure fail; a newer pass passes again', async () => {
    const fv = await aFachverfahren().of(tenant).create(api);
    expect((await stateOf(fv.id))?.state).toBe('UNTESTED');
    await record({ fachverfahrenId: fv.id, result: 'PASSED', testedOn: '2026-03-01' });
    const failed = await record({ fachverfahrenId: fv.id, result: 'FAILED', testedOn: '2026-03-05' });
    // Recorded later but tested earlier: the test day decides, not the time of recording.
    await record({ fachverfahrenId: fv.id, result: 'PASSED', testedOn: '2026-02-01' });
    expect(await stateOf(fv.id)).toMatchObject({ state: 'FAILED', latestRun: { id: failed.id } });
    const passed = await record({ fachverfahrenId: fv.id, result: 'PASSED', testedOn: '2026-03-09' });
    expect(await stateOf(fv.id)).toMatchObject({ state: 'PASSED_AWAITING_SIGN_OFF', latestRun: { id: passed.id } });
    // Same day: the one recorded last counts.
    const defects = await record({ fachverfahrenId: fv.id, result: 'PASSED_WITH_DEFECTS', testedOn: '2026-03-09' });
    expect(await stateOf(fv.id)).toMatchObject({ state: 'DEFECTS', latestRun: { id: defects.id } });

    const latest = await api.gql<{ fachverfahren: { latestTestRun: { id: string } } }>(
      `query($id: ID!) { fachverfahren(id: $id) { latestTestRun { id } } }`,
      { id: fv.id },
    );
    expect(latest.fachverfahren.latestTestRun.id).toBe(defects.id);
    const history = await api.gql<{ testRuns: { totalCount: number; items: { testedOn: string }[] } }>(
      `query($t: ID!, $f: ID) { testRuns(tenantId: $t, fachverfahrenId: $f) { totalCount items { testedOn } } }`,
      { t: tenant.id, f: fv.id },
    );
    expect(history.testRuns.totalCount).toBe(5);
    expect(history.testRuns.items.map((r) => r.testedOn)).toEqual([
      '2026-03-09',
      '2026-03-09',
      '2026-03-05',
      '2026-03-01',
      '2026-02-01',
    ]);
  });

  it('lets the tenant’s coordinator sign off, records who and when, and freezes the run', async () => {
    const fv = await aFachverfahren().of(tenant).create(api);
    const run = await record({ fachverfahrenId: fv.id }, manager);
    const res = await signOff(run, coordinator);
    expect(res.errors).toBeUndefined();
    const signed = res.data?.signOffTestRun as Run;
    expect(signed).toMatchObject({ version: run.version + 1, signedOffBy: coordinator.accountId });
    expect(signed.signedOffByName).toBeTruthy();
    expect(signed.signedOffAt).toBeTruthy();
    expect((await stateOf(fv.id))?.state).toBe('PASSED_SIGNED_OFF');

    const edit = await api.request(
      `mutation($input: UpdateTestRunInput!) { updateTestRun(input: $input) { id } }`,
      { input: { id: signed.id, version: signed.version, findings: 'nachträglich' } },
      { session: manager },
    );
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SIGNED_OFF' });
    const again = await signOff(signed, coordinator);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const del = await api.request(`mutation($id: ID!, $v: Int!) { deleteTestRun(id: $id, version: $v) }`, {
      id: signed.id,
      v: signed.version,
    });
    expect(del.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses sign-off to project managers, technicians and another Verwaltung’s coordinator', async () => {
    const fv = await aFachverfahren().of(tenant).create(api);
    const run = await record({ fachverfahrenId: fv.id });
    const technician = await loginAs(api, 'TECHNICIAN', { tenantIds: [tenant.id] });
    for (const session of [manager, technician]) {
      expect((await signOff(run, session)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const other = await aTenant().create(api);
    const foreign = await loginAs(api, 'COORDINATOR', { tenantIds: [other.id] });
    expect((await signOff(run, foreign)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // … and they cannot record runs for it either.
    const res = await api.request(
      `mutation($input: RecordTestRunInput!) { recordTestRun(input: $input) { id } }`,
      { input: { tenantId: tenant.id, tester: 'X', result: 'PASSED', testedOn: '2026-03-01' } },
      { session: foreign },
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await status(tenant.id)).not.toHaveLength(0);
    const seen = await api.gql<{ testStatus: Status[] }>(
      `query($t: ID!) { testStatus(tenantId: $t) { fachverfahrenId } }`,
      { t: tenant.id },
      { session: foreign },
    );
    expect(seen.testStatus).toEqual([]);
    // The admin may sign off; a failed run may not be signed off by anyone.
    expect((await signOff(run)).errors).toBeUndefined();
    const failed = await record({ fachverfahrenId: fv.id, result: 'FAILED' });
    expect((await signOff(failed, coordinator)).errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'result' }),
    ]);
  });

  it('tracks the standard workplace as its own row', async () => {
    const own = await aTenant().create(api);
    const fv = await aFachverfahren().of(own).create(api);
    const rows = await status(own.id);
    expect(rows.map((r) => [r.fachverfahrenId, r.state])).toEqual([
      [null, 'UNTESTED'],
      [fv.id, 'UNTESTED'],
    ]);
    const std = await record({ tenantId: own.id, fachverfahrenId: null, result: 'PASSED' });
    const after = await status(own.id);
    expect(after[0]).toMatchObject({
      fachverfahrenId: null,
      state: 'PASSED_AWAITING_SIGN_OFF',
      latestRun: { id: std.id },
    });
    expect(after[1].state).toBe('UNTESTED');
    const list = await api.gql<{ testRuns: { items: { id: string; fachverfahrenId: string | null }[] } }>(
      `query($t: ID!) { testRuns(tenantId: $t, standardWorkplace: true) { items { id fachverfahrenId } } }`,
      { t: own.id },
    );
    expect(list.testRuns.items).toEqual([{ id: std.id, fachverfahrenId: null }]);
  });

  it('names the field of bad input and refuses another Verwaltung’s Fachverfahren', async () => {
    const bad = await api.request(`mutation($input: RecordTestRunInput!) { recordTestRun(input: $input) { id } }`, {
      input: { tenantId: tenant.id, tester: '', result: 'PASSED', testedOn: '31.03.2026' },
    });
    const fields = (bad.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['testedOn', 'tester']);
    const other = await aTenant().create(api);
    const foreign = await aFachverfahren().of(other).create(api);
    const res = await api.request(`mutation($input: RecordTestRunInput!) { recordTestRun(input: $input) { id } }`, {
      input: {
        tenantId: tenant.id,
        fachverfahrenId: foreign.id,
        tester: 'X',
        result: 'PASSED',
        testedOn: '2026-03-01',
      },
    });
    expect(res.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'fachverfahrenId' })]);
  });

  it('writes audit entries for record, update and sign-off', async () => {
    const fv = await aFachverfahren().of(tenant).create(api);
    const run = await record({ fachverfahrenId: fv.id });
    const updated = await api.gql<{ updateTestRun: Run }>(
      `mutation($input: UpdateTestRunInput!) { updateTestRun(input: $input) { ${RUN} } }`,
      { input: { id: run.id, version: run.version, findings: 'Druck aus dem Verfahren klappt' } },
    );
    await signOff(updated.updateTestRun, coordinator);
    const data = await api.gql<{ auditEntries: { items: { action: string; accountId: string }[] } }>(
      `query($id: ID!) { auditEntries(objectId: $id, objectType: TEST_RUN) { items { action accountId } } }`,
      { id: run.id },
    );
    expect(data.auditEntries.items).toEqual([
      { action: 'SIGN_OFF', accountId: coordinator.accountId },
      { action: 'UPDATE', accountId: api.admin.accountId },
      { action: 'CREATE', accountId: api.admin.accountId },
    ]);
  });

  it('loads the latest run of many Fachverfahren with a constant number of statements', async () => {
    const own = await aTenant().create(api);
    const query = `query($t: ID!) { fachverfahrenList(tenantId: $t) { items { id latestTestRun { id } } } }`;
    const count = async () =>
      (await api.request(query, { t: own.id }, { countStatements: true })).extensions?.sqlStatements;
    for (let i = 0; i < 2; i++) {
      const fv = await aFachverfahren().of(own).create(api);
      await record({ tenantId: own.id, fachverfahrenId: fv.id });
    }
    const few = await count();
    for (let i = 0; i < 4; i++) await aFachverfahren().of(own).create(api);
    expect(await count()).toBe(few);
  });
});
