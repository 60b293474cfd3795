import { asNew, type AuditCase, type Changes, type Expected } from './audit-cases';
import { aFachverfahren, aLocation, aTenant, type Created } from './factories';
import type { TestApp } from './test-app';

interface Stored {
  id: string;
  version: number;
  tenantId: string;
  [key: string]: unknown;
}

const runInput = (tenant: Created, fachverfahren: Created) => ({
  tenantId: tenant.id,
  fachverfahrenId: fachverfahren.id,
  testedOn: '2026-04-14',
  tester: 'Frau Prüf',
  result: 'PASSED',
});

async function recorded(api: TestApp): Promise<Stored> {
  const tenant = await aTenant().create(api);
  const fachverfahren = await aFachverfahren().of(tenant).create(api);
  const data = await api.gql<{ recordTestRun: Stored }>(
    `mutation($input: RecordTestRunInput!) { recordTestRun(input: $input) { id version tenantId } }`,
    { input: runInput(tenant, fachverfahren) },
  );
  return data.recordTestRun;
}

async function blocker(api: TestApp, open = true): Promise<Stored> {
  const tenant = await aTenant().create(api);
  const location = await aLocation().of(tenant).create(api);
  const data = await api.gql<{ createBlocker: Stored }>(
    `mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { id version tenantId } }`,
    { input: { tenantId: tenant.id, title: 'WAN-Leitung zu langsam', locationId: location.id } },
  );
  if (open) return data.createBlocker;
  const closed = await api.gql<{ closeBlocker: Stored }>(
    `mutation($id: ID!, $v: Int!) { closeBlocker(id: $id, version: $v) { id version tenantId } }`,
    { id: data.createBlocker.id, v: data.createBlocker.version },
  );
  return closed.closeBlocker;
}

const on = (objectType: string, o: Stored, action: string, changes?: Changes): Expected => ({
  objectType,
  objectId: o.id,
  action,
  tenantId: o.tenantId,
  changes,
});

/** Test-run and blocker mutations (issue 5, sections 4 and 5). */
export const TEST_RUN_CASES: Record<string, AuditCase> = {
  recordTestRun: {
    async prepare(api) {
      const tenant = await aTenant().create(api);
      const fachverfahren = await aFachverfahren().of(tenant).create(api);
      const input = runInput(tenant, fachverfahren);
      return async () => {
        const data = await api.gql<{ recordTestRun: Stored }>(
          `mutation($input: RecordTestRunInput!) { recordTestRun(input: $input) { id version tenantId } }`,
          { input },
        );
        return { ...on('TEST_RUN', data.recordTestRun, 'CREATE'), includes: asNew(input) };
      };
    },
  },
  updateTestRun: {
    async prepare(api) {
      const run = await recorded(api);
      return async () => {
        await api.gql(`mutation($input: UpdateTestRunInput!) { updateTestRun(input: $input) { id } }`, {
          input: { id: run.id, version: run.version, result: 'FAILED', findings: 'Kein Druck' },
        });
        return on('TEST_RUN', run, 'UPDATE', { result: ['PASSED', 'FAILED'], findings: [null, 'Kein Druck'] });
      };
    },
  },
  signOffTestRun: {
    async prepare(api) {
      const run = await recorded(api);
      return async () => {
        const data = await api.gql<{ signOffTestRun: Record<string, string> }>(
          `mutation($id: ID!, $v: Int!) { signOffTestRun(id: $id, version: $v) {
             signedOffBy signedOffByName signedOffAt } }`,
          { id: run.id, v: run.version },
        );
        const s = data.signOffTestRun;
        return on('TEST_RUN', run, 'SIGN_OFF', {
          signedOffBy: [null, s.signedOffBy],
          signedOffByName: [null, s.signedOffByName],
          signedOffAt: [null, s.signedOffAt],
        });
      };
    },
  },
  deleteTestRun: {
    async prepare(api) {
      const run = await recorded(api);
      return async () => {
        await api.gql(`mutation($id: ID!, $v: Int!) { deleteTestRun(id: $id, version: $v) }`, {
          id: run.id,
          v: run.version,
        });
        return { ...on('TEST_RUN', run, 'DELETE'), includes: { tester: ['Frau Prüf', null] } };
      };
    },
  },
  createBlocker: {
    async prepare(api) {
      const tenant = await aTenant().create(api);
      const input = { tenantId: tenant.id, title: 'Kein Strom im Serverraum', owner: 'Bauhof' };
      return async () => {
        const data = await api.gql<{ createBlocker: Stored }>(
          `mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { id version tenantId } }`,
          { input },
        );
        return { ...on('BLOCKER', data.createBlocker, 'CREATE'), includes: asNew({ ...input, open: true }) };
      };
    },
  },
  updateBlocker: {
    async prepare(api) {
      const b = await blocker(api);
      return async () => {
        await api.gql(`mutation($input: UpdateBlockerInput!) { updateBlocker(input: $input) { id } }`, {
          input: { id: b.id, version: b.version, owner: 'Herr Netz' },
        });
        return on('BLOCKER', b, 'UPDATE', { owner: [null, 'Herr Netz'] });
      };
    },
  },
  closeBlocker: {
    async prepare(api) {
      const b = await blocker(api);
      return async () => {
        await api.gql(`mutation($id: ID!, $v: Int!) { closeBlocker(id: $id, version: $v) { id } }`, {
          id: b.id,
          v: b.version,
        });
        return on('BLOCKER', b, 'UPDATE', { open: ['true', 'false'] });
      };
    },
  },
  reopenBlocker: {
    async prepare(api) {
      const b = await blocker(api, false);
      return async () => {
        await api.gql(`mutation($id: ID!, $v: Int!) { reopenBlocker(id: $id, version: $v) { id } }`, {
          id: b.id,
          v: b.version,
        });
        return on('BLOCKER', b, 'UPDATE', { open: ['false', 'true'] });
      };
    },
  },
  deleteBlocker: {
    async prepare(api) {
      const b = await blocker(api);
      return async () => {
        await api.gql(`mutation($id: ID!, $v: Int!) { deleteBlocker(id: $id, version: $v) }`, {
          id: b.id,
          v: b.version,
        });
        return { ...on('BLOCKER', b, 'DELETE'), includes: { title: ['WAN-Leitung zu langsam', null] } };
      };
    },
  },
};
