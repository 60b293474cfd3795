import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@schaltplan/domain';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isNonNullType,
} from 'graphql';
import { isAllowed } from '../src/auth/policies';
import { DEFAULT_QUERY_LIMITS } from '../src/hardening/hardening.config';
import type { PolicyName } from '../src/auth/policy.decorator';
import { createAccount, loginAs } from './support/accounts';
import {
  aFachverfahren,
  aFileShare,
  aLocation,
  aPerson,
  aPrinter,
  aSoftware,
  aTenant,
  aWorkstation,
  Builder,
  type Created,
} from './support/factories';
import { runImport, upload } from './support/imports';
import { cutoverInput, freshTemplate, planMatrixWave, type MatrixSide } from './support/matrix-cutover';
import { rootFieldPolicies } from './support/policy-map';
import { operationFor } from './support/selection';
import { startTestApp, type Session, type TestApp } from './support/test-app';

// Every Query and Mutation field of the committed schema, for every role, against tenant A (the
// roles' own) and tenant B (nobody's but the admin's). Fields come from schema.gql, policies from
// the resolvers' decorators: a field added later is covered, and one without a policy fails.
const schema = buildSchema(readFileSync(join(process.cwd(), 'api', 'schema.gql'), 'utf8'));
const SENTINEL = { A: 'SICHTBARALPHA', B: 'GEHEIMBRAVO' } as const;
type Side = keyof typeof SENTINEL;

interface Fixture {
  tenant: Created;
  location: Created;
  person: Created;
  workstation: Created;
  printer: Created;
  software: Created;
  fileShare: Created;
  fachverfahren: Created;
  testRun: Created;
  blocker: Created;
}
type Kind = keyof Fixture;

/** Import objects of a side: an uploaded file (named with the side's sentinel) and a dry run of it. */
const imports = {} as Record<Side, { fileId: string; runId: string }>;
const IMPORT_CSV = (side: Side) =>
  Buffer.from(`Benutzername;Anzeigename\r\n${SENTINEL[side]}.neu;${SENTINEL[side]} Neu\r\n`);
const startImportInput = (side: Side) => ({
  fileId: imports[side].fileId,
  target: 'PERSONS',
  mode: 'DRY_RUN',
  mapping: ['accountName', 'displayName'],
});
async function freshPreset(side: Side): Promise<string> {
  const data = await api.gql<{ saveImportPreset: { id: string } }>(
    `mutation($input: SaveImportPresetInput!) { saveImportPreset(input: $input) { id } }`,
    { input: presetInput(side) },
  );
  return data.saveImportPreset.id;
}
const presetInput = (side: Side) => ({
  tenantId: fixtures[side].tenant.id,
  target: 'PERSONS',
  name: `${SENTINEL[side]} Vorlage ${++n}`,
  columns: [{ header: 'Benutzername', field: 'accountName' }],
});

let api: TestApp;
const fixtures = {} as Record<Side, Fixture>;
const sessions = new Map<string, { role: Role | null; session: Session | null; sees: Side[] }>();
let policies: Map<string, PolicyName | undefined>;
let n = 0;

const builders: Record<Kind, (f: Fixture, side: Side) => Builder<Record<string, unknown>>> = {
  tenant: (_f, side) => aTenant().with({ name: `${SENTINEL[side]} Amt ${++n}` }),
  location: (f, side) =>
    aLocation()
      .of(f.tenant)
      .with({ name: `${SENTINEL[side]} Standort ${++n}` }),
  person: (f, side) =>
    aPerson()
      .at(f.location)
      .with({ displayName: `${SENTINEL[side]} Person ${++n}` }),
  workstation: (f, side) =>
    aWorkstation()
      .at(f.location)
      .with({ name: `${SENTINEL[side]}-AP-${++n}` }),
  printer: (f, side) =>
    aPrinter()
      .at(f.location)
      .with({ name: `${SENTINEL[side]}-DR-${++n}` }),
  software: (f, side) =>
    aSoftware()
      .of(f.tenant)
      .with({ product: `${SENTINEL[side]} Software ${++n}` }),
  fileShare: (f, side) =>
    (aFileShare() as Builder<Record<string, unknown>>)
      .at(f.location)
      .with({ owningDepartment: `${SENTINEL[side]} ${++n}` }),
  fachverfahren: (f, side) =>
    aFachverfahren()
      .of(f.tenant)
      .with({ name: `${SENTINEL[side]} Verfahren ${++n}` }),
  testRun: (f, side) =>
    new Builder('recordTestRun', 'RecordTestRunInput', {
      tenantId: f.tenant.id,
      fachverfahrenId: f.fachverfahren.id,
      testedOn: '2026-04-01',
      tester: `${SENTINEL[side]} Tester ${++n}`,
      result: 'PASSED',
    }),
  blocker: (f, side) =>
    new Builder('createBlocker', 'CreateBlockerInput', {
      tenantId: f.tenant.id,
      title: `${SENTINEL[side]} Blocker ${++n}`,
      locationId: f.location.id,
    }),
};
const KIND_OF_TYPE: Record<string, Kind> = {
  Tenant: 'tenant',
  Location: 'location',
  Person: 'person',
  Workstation: 'workstation',
  Printer: 'printer',
  Software: 'software',
  FileShare: 'fileShare',
  Fachverfahren: 'fachverfahren',
  TestRun: 'testRun',
  Blocker: 'blocker',
};
/** A harmless change per update input. */
const CHANGE: Record<string, Record<string, unknown>> = {
  Tenant: { inhabitants: 4711 },
  Location: { notes: 'geändert' },
  Person: { department: 'Bauamt' },
  Workstation: { room: '2.01' },
  Printer: { room: '2.02' },
  Software: { vendor: 'Neu GmbH' },
  FileShare: { targetPath: '\\\\cloud\\neu' },
  Fachverfahren: { vendor: 'Neu AG' },
  TestRun: { findings: 'geändert' },
  Blocker: { owner: 'geändert' },
  Account: { displayName: 'Umbenannt' },
};

const fresh = (kind: Kind, side: Side): Promise<Created> => builders[kind](fixtures[side], side).create(api);
const freshAccount = (side: Side) => createAccount(api, { role: 'VIEWER', tenantIds: [fixtures[side].tenant.id] });

/** State changes that need an untouched object of their own at its first version. */
const FRESH_AT_VERSION_1 = new Set(['signOffTestRun', 'closeBlocker', 'reopenBlocker']);

/** The first checklist step of each side's workstation (its wave is planned in the setup). */
const firstStep = {} as Record<Side, string>;
const cutoverSide = (side: Side): MatrixSide => ({
  tenantId: fixtures[side].tenant.id,
  sentinel: SENTINEL[side],
  freshWorkstationId: async () => (await fresh('workstation', side)).id,
  firstStepId: firstStep[side],
});

/** Arguments for a root field aimed at one side; fresh objects where the call would change them. */
async function argsFor(field: GraphQLField<unknown, unknown>, side: Side): Promise<Record<string, unknown>> {
  const f = fixtures[side];
  const target = /^(create|update|delete)(\w+)$/.exec(field.name)?.[2] ?? getNamedType(field.type).name;
  const vars: Record<string, unknown> = {};
  for (const arg of field.args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    const input = getNamedType(arg.type).name;
    const cutover = arg.name === 'input' ? await cutoverInput(api, input, cutoverSide(side)) : null;
    if (cutover) {
      vars.input = cutover;
    } else if (arg.name === 'id' && field.name === 'deleteChecklistTemplate') {
      Object.assign(vars, { id: await freshTemplate(api, cutoverSide(side)), version: 1 });
    } else if (arg.name === 'input' && input.startsWith('Create')) {
      vars.input =
        target === 'Account'
          ? { email: `neu-${++n}@test.example`, displayName: 'Neu', role: 'VIEWER', tenantIds: [f.tenant.id] }
          : builders[KIND_OF_TYPE[target]](f, side).build();
    } else if (arg.name === 'input' && input === 'RecordTestRunInput') {
      vars.input = builders.testRun(f, side).build();
    } else if (arg.name === 'input' && input === 'UpdateTenantInput') {
      // The side's own Verwaltung (a fresh one would be nobody's but the admin's), at its current version.
      const { tenant } = await api.gql<{ tenant: { version: number } }>(`{ tenant(id: "${f.tenant.id}") { version } }`);
      vars.input = { id: f.tenant.id, version: tenant.version, ...CHANGE.Tenant };
    } else if (arg.name === 'input' && input === 'BulkUpdateInput') {
      const printer = await fresh('printer', side);
      vars.input = { objectType: 'PRINTER', tenantId: f.tenant.id, ids: [printer.id], field: 'room', value: '3.01' };
    } else if (arg.name === 'input' && input === 'UpdateProjectPhaseInput') {
      // The side's own phase at its current version (read as the admin; null while never saved).
      const { projectPhases } = await api.gql<{ projectPhases: { phase: string; version: number | null }[] }>(
        `{ projectPhases(tenantId: "${f.tenant.id}") { phase version } }`,
      );
      const version = projectPhases.find((p) => p.phase === 'ABSCHLUSS')?.version ?? null;
      vars.input = { tenantId: f.tenant.id, phase: 'ABSCHLUSS', status: 'IN_PROGRESS', version };
    } else if (arg.name === 'input' && input === 'UpdateLocationWaveInput') {
      const location = await fresh('location', side);
      vars.input = { locationId: location.id, version: location.version, cutoverDate: '2026-06-01' };
    } else if (arg.name === 'accountIds') {
      vars.accountIds = [];
    } else if (arg.name === 'input' && input.startsWith('Update')) {
      const object = target === 'Account' ? await freshAccount(side) : await fresh(KIND_OF_TYPE[target], side);
      vars.input = { id: object.id, version: 1, ...CHANGE[target] };
    } else if (arg.name === 'input' && input === 'StartImportInput') {
      vars.input = startImportInput(side);
    } else if (arg.name === 'input' && input === 'SaveImportPresetInput') {
      vars.input = presetInput(side);
    } else if (arg.name === 'fileId') {
      vars.fileId = imports[side].fileId;
    } else if (arg.name === 'id' && field.name === 'importRun') {
      vars.id = imports[side].runId;
    } else if (arg.name === 'id' && field.name === 'deleteImportPreset') {
      vars.id = await freshPreset(side);
    } else if (arg.name === 'id' && field.name.startsWith('delete')) {
      const object = await fresh(KIND_OF_TYPE[target], side);
      Object.assign(vars, { id: object.id, version: 1 });
    } else if (arg.name === 'id' && FRESH_AT_VERSION_1.has(field.name)) {
      const object = await fresh(KIND_OF_TYPE[target], side);
      Object.assign(vars, { id: object.id, version: 1 });
    } else if (arg.name === 'id' && field.name === 'resetPassword') {
      vars.id = (await freshAccount(side)).id;
    } else if (arg.name === 'id' && target === 'Account') {
      vars.id = (await freshAccount(side)).id;
    } else if (arg.name === 'id') {
      vars.id = f[KIND_OF_TYPE[target]].id;
    } else if (arg.name === 'version') {
      continue;
    } else if (/^(tenant|location|person|workstation|printer|software|fileShare|fachverfahren)Id$/.test(arg.name)) {
      vars[arg.name] = f[arg.name.slice(0, -2) as Kind].id;
    } else if (arg.name === 'personIds') {
      vars.personIds = [f.person.id];
    } else if (arg.name === 'comment') {
      vars.comment = `${SENTINEL[side]} passt nicht`;
    } else if (arg.name === 'objectId') {
      vars.objectId = f.printer.id;
    } else if (arg.name === 'accountId') {
      continue;
    } else if (['email', 'password', 'token', 'currentPassword', 'newPassword'].includes(arg.name)) {
      vars[arg.name] = `falsch-${arg.name}-123456`;
    } else if (arg.name === 'language') {
      vars.language = 'de';
    } else if (required) {
      const type = getNamedType(arg.type);
      if (!isEnumType(type)) throw new Error(`no argument rule for ${field.name}(${arg.name})`);
      vars[arg.name] = type.getValues()[0].value;
    }
  }
  return vars;
}

beforeAll(async () => {
  // Its request count grows with the schema: the per-address rate limit (hardening.int-spec.ts)
  // would cut the matrix off, so it is off here.
  api = await startTestApp('matrix', {
    hardening: { queryLimits: DEFAULT_QUERY_LIMITS, rateLimit: { max: 0, windowMs: 60_000 } },
  });
  for (const side of ['A', 'B'] as const) {
    const f = {} as Fixture;
    fixtures[side] = f;
    f.tenant = await builders.tenant(f, side).create(api);
    for (const kind of [
      'location',
      'person',
      'workstation',
      'printer',
      'software',
      'fileShare',
      'fachverfahren',
      'testRun',
      'blocker',
    ] as const)
      f[kind] = await fresh(kind, side);
    await api.gql(`mutation { assignPrinter(personId: "${f.person.id}", printerId: "${f.printer.id}") { id } }`);
    await api.gql(
      `mutation { assignWorkstationPerson(workstationId: "${f.workstation.id}", personId: "${f.person.id}") { id } }`,
    );
    const fileId = await upload(api, f.tenant.id, `${SENTINEL[side]}.csv`, IMPORT_CSV(side));
    imports[side] = { fileId, runId: '' };
    imports[side].runId = (await runImport(api, startImportInput(side))).id;
    firstStep[side] = await planMatrixWave(api, f.location, f.workstation.id);
  }
  const A = fixtures.A;
  sessions.set('ADMIN', { role: 'ADMIN', session: api.admin, sees: ['A', 'B'] });
  sessions.set('PROJECT_MANAGER', {
    role: 'PROJECT_MANAGER',
    session: await loginAs(api, 'PROJECT_MANAGER', { tenantIds: [A.tenant.id] }),
    sees: ['A'],
  });
  sessions.set('COORDINATOR', {
    role: 'COORDINATOR',
    session: await loginAs(api, 'COORDINATOR', { tenantIds: [A.tenant.id] }),
    sees: ['A'],
  });
  sessions.set('TECHNICIAN', {
    role: 'TECHNICIAN',
    session: await loginAs(api, 'TECHNICIAN', { locationIds: [A.location.id] }),
    sees: ['A'],
  });
  sessions.set('VIEWER', {
    role: 'VIEWER',
    session: await loginAs(api, 'VIEWER', { tenantIds: [A.tenant.id] }),
    sees: ['A'],
  });
  sessions.set('anonymous', { role: null, session: null, sees: [] });
  policies = await rootFieldPolicies();
}, 120_000);
afterAll(() => api.close());

const rootFields = (kind: 'Query' | 'Mutation') =>
  Object.values((schema.getType(kind) as GraphQLObjectType).getFields()).map((f) => ({ kind, f }));
const FIELDS = [...rootFields('Query'), ...rootFields('Mutation')].filter(({ f }) => f.name !== 'logout');
const DENIED = ['FORBIDDEN', 'UNAUTHENTICATED'];
/** Called with made-up credentials or tokens: they must fail for everyone. */
const EXPECTED_TO_FAIL = new Set(['login', 'setPassword', 'changeOwnPassword']);
/** Fields that do not aim at a tenant's objects. */
const UNTARGETED = new Set(['me', 'login', 'setPassword', 'changeOwnPassword', 'tenants', 'accounts']);

describe('access matrix generated from schema.gql', () => {
  it('has a declared policy for every Query and Mutation field', () => {
    const missing = FIELDS.map(({ f }) => f.name).filter((name) => !policies.get(name));
    expect(missing).toEqual([]);
    expect(policies.get('logout')).toBeDefined();
  });

  it.each(FIELDS.map(({ kind, f }) => [f.name, kind, f] as const))('%s (%s)', async (name, kind, field) => {
    const policy = policies.get(name) as PolicyName;
    for (const [label, { role, session, sees }] of sessions) {
      for (const side of ['A', 'B'] as const) {
        const vars = await argsFor(field, side);
        const res = await api.request<Record<string, unknown>>(operationFor(kind, field, vars), vars, { session });
        const text = JSON.stringify(res);
        const where = `${label} → ${name} on ${side}: ${text.slice(0, 300)}`;
        expect({ where, policyMissing: text.includes('declares no access policy') }).toEqual({
          where,
          policyMissing: false,
        });
        for (const other of ['A', 'B'] as const) {
          if (!sees.includes(other))
            expect({ where, leaked: text.includes(SENTINEL[other]) }).toEqual({ where, leaked: false });
        }
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        if (isAllowed(policy, role) && sees.includes(side) && !EXPECTED_TO_FAIL.has(name)) {
          expect({ where, ok: codes.length === 0 }).toEqual({ where, ok: true });
        } else if (!isAllowed(policy, role)) {
          expect({ where, denied: codes.some((c) => DENIED.includes(String(c))) }).toEqual({ where, denied: true });
        } else if (!sees.includes(side) && kind === 'Mutation' && !UNTARGETED.has(name)) {
          expect({ where, refused: codes.length > 0 }).toEqual({ where, refused: true });
        }
      }
    }
  });

  it('lets every signed-in role log out, and nobody without a session', async () => {
    const res = await api.request(`mutation { logout }`, {}, { session: null });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const [label, { session }] of sessions) {
      if (!session || label === 'ADMIN') continue;
      expect(await api.gql(`mutation { logout }`, {}, { session })).toEqual({ logout: true });
    }
  });
});
