import { getNamedType, type GraphQLField, isEnumType, isNonNullType } from 'graphql';
import { createAccount } from './accounts';
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
} from './factories';
import { runImport, upload } from './imports';
import { cutoverInput, freshTemplate, planMatrixWave, type MatrixSide } from './matrix-cutover';
import { closedTenant } from './pseudonymisation';
import type { TestApp } from './test-app';

/** Text only the roles that see a side may ever get back. */
export const SENTINEL = { A: 'SICHTBARALPHA', B: 'GEHEIMBRAVO' } as const;
export type Side = keyof typeof SENTINEL;

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

/** The fixture key of a GraphQL object type: its name in lower camel case (`FileShare` → `fileShare`). */
const KIND_OF_TYPE = (type: string): Kind => `${type[0].toLowerCase()}${type.slice(1)}` as Kind;
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
/** State changes that need an untouched object of their own at its first version. */
const FRESH_AT_VERSION_1 = new Set(['signOffTestRun', 'closeBlocker', 'reopenBlocker']);
const IMPORT_CSV = (side: Side) =>
  Buffer.from(`Benutzername;Anzeigename\r\n${SENTINEL[side]}.neu;${SENTINEL[side]} Neu\r\n`);

/**
 * The access matrix's two Verwaltungen: A (the roles' own) and B (nobody's but the admin's), each
 * with one object of every kind (named with the side's sentinel), an uploaded file and its dry
 * run, a planned wave, and closed Verwaltungen to pseudonymise. argsFor builds the arguments of
 * any root field aimed at one side, with fresh objects where the call would change them.
 */
export class MatrixWorld {
  readonly fixtures = {} as Record<Side, Fixture>;
  /** Verwaltungen with Abschluss done, one per pseudonymiseTenant call (it works only once). */
  readonly closable: Record<Side, Created[]> = { A: [], B: [] };
  private readonly imports = {} as Record<Side, { fileId: string; runId: string }>;
  private readonly firstStep = {} as Record<Side, string>;
  private readonly closableNames = new Map<string, string>();
  private n = 0;

  constructor(private readonly api: TestApp) {}

  async setup(closablePerSide: number): Promise<void> {
    for (const side of ['A', 'B'] as const) {
      const f = {} as Fixture;
      this.fixtures[side] = f;
      f.tenant = await this.builders.tenant(f, side).create(this.api);
      for (const kind of Object.keys(this.builders).slice(1) as Kind[]) f[kind] = await this.fresh(kind, side);
      await this.api.gql(`mutation { assignPrinter(personId: "${f.person.id}", printerId: "${f.printer.id}") { id } }`);
      await this.api.gql(
        `mutation { assignWorkstationPerson(workstationId: "${f.workstation.id}", personId: "${f.person.id}") { id } }`,
      );
      const fileId = await upload(this.api, f.tenant.id, `${SENTINEL[side]}.csv`, IMPORT_CSV(side));
      this.imports[side] = { fileId, runId: '' };
      this.imports[side].runId = (await runImport(this.api, this.startImportInput(side))).id;
      this.firstStep[side] = await planMatrixWave(this.api, f.location, f.workstation.id);
      for (let i = 0; i < closablePerSide; i++) {
        const name = `${SENTINEL[side]} Abschluss ${++this.n}`;
        const tenant = await closedTenant(this.api, name);
        this.closableNames.set(tenant.id, name);
        this.closable[side].push(tenant);
      }
    }
  }

  private readonly builders: Record<Kind, (f: Fixture, side: Side) => Builder<Record<string, unknown>>> = {
    tenant: (_f, side) => aTenant().with({ name: `${SENTINEL[side]} Amt ${++this.n}` }),
    location: (f, side) =>
      aLocation()
        .of(f.tenant)
        .with({ name: `${SENTINEL[side]} Standort ${++this.n}` }),
    person: (f, side) =>
      aPerson()
        .at(f.location)
        .with({ displayName: `${SENTINEL[side]} Person ${++this.n}` }),
    workstation: (f, side) =>
      aWorkstation()
        .at(f.location)
        .with({ name: `${SENTINEL[side]}-AP-${++this.n}` }),
    printer: (f, side) =>
      aPrinter()
        .at(f.location)
        .with({ name: `${SENTINEL[side]}-DR-${++this.n}` }),
    software: (f, side) =>
      aSoftware()
        .of(f.tenant)
        .with({ product: `${SENTINEL[side]} Software ${++this.n}` }),
    fileShare: (f, side) =>
      (aFileShare() as Builder<Record<string, unknown>>)
        .at(f.location)
        .with({ owningDepartment: `${SENTINEL[side]} ${++this.n}` }),
    fachverfahren: (f, side) =>
      aFachverfahren()
        .of(f.tenant)
        .with({ name: `${SENTINEL[side]} Verfahren ${++this.n}` }),
    testRun: (f, side) =>
      new Builder('recordTestRun', 'RecordTestRunInput', {
        tenantId: f.tenant.id,
        fachverfahrenId: f.fachverfahren.id,
        testedOn: '2026-04-01',
        tester: `${SENTINEL[side]} Tester ${++this.n}`,
        result: 'PASSED',
      }),
    blocker: (f, side) =>
      new Builder('createBlocker', 'CreateBlockerInput', {
        tenantId: f.tenant.id,
        title: `${SENTINEL[side]} Blocker ${++this.n}`,
        locationId: f.location.id,
      }),
  };

  private fresh(kind: Kind, side: Side): Promise<Created> {
    return this.builders[kind](this.fixtures[side], side).create(this.api);
  }

  private freshAccount(side: Side) {
    return createAccount(this.api, { role: 'VIEWER', tenantIds: [this.fixtures[side].tenant.id] });
  }

  private startImportInput(side: Side) {
    return {
      fileId: this.imports[side].fileId,
      target: 'PERSONS',
      mode: 'DRY_RUN',
      mapping: ['accountName', 'displayName'],
    };
  }

  private presetInput(side: Side) {
    return {
      tenantId: this.fixtures[side].tenant.id,
      target: 'PERSONS',
      name: `${SENTINEL[side]} Vorlage ${++this.n}`,
      columns: [{ header: 'Benutzername', field: 'accountName' }],
    };
  }

  private async freshPreset(side: Side): Promise<string> {
    const data = await this.api.gql<{ saveImportPreset: { id: string } }>(
      `mutation($input: SaveImportPresetInput!) { saveImportPreset(input: $input) { id } }`,
      { input: this.presetInput(side) },
    );
    return data.saveImportPreset.id;
  }

  private cutoverSide(side: Side): MatrixSide {
    return {
      tenantId: this.fixtures[side].tenant.id,
      sentinel: SENTINEL[side],
      freshWorkstationId: async () => (await this.fresh('workstation', side)).id,
      firstStepId: this.firstStep[side],
    };
  }

  /** The `input` of mutations that need more than a fresh object; null for all others. */
  private async specialInput(field: string, input: string, side: Side): Promise<Record<string, unknown> | null> {
    const f = this.fixtures[side];
    const cutover = await cutoverInput(this.api, input, this.cutoverSide(side));
    if (cutover) return cutover;
    switch (input) {
      case 'RecordTestRunInput':
        return this.builders.testRun(f, side).build();
      case 'UpdateTenantInput': {
        // The side's own Verwaltung (a fresh one would be nobody's but the admin's), at its current version.
        const { tenant } = await this.api.gql<{ tenant: { version: number } }>(
          `{ tenant(id: "${f.tenant.id}") { version } }`,
        );
        return { id: f.tenant.id, version: tenant.version, ...CHANGE.Tenant };
      }
      case 'BulkUpdateInput': {
        const printer = await this.fresh('printer', side);
        return { objectType: 'PRINTER', tenantId: f.tenant.id, ids: [printer.id], field: 'room', value: '3.01' };
      }
      case 'UpdateProjectPhaseInput': {
        // The side's own phase at its current version (read as the admin; null while never saved).
        const { projectPhases } = await this.api.gql<{ projectPhases: { phase: string; version: number | null }[] }>(
          `{ projectPhases(tenantId: "${f.tenant.id}") { phase version } }`,
        );
        const version = projectPhases.find((p) => p.phase === 'ABSCHLUSS')?.version ?? null;
        return { tenantId: f.tenant.id, phase: 'ABSCHLUSS', status: 'IN_PROGRESS', version };
      }
      case 'UpdateLocationWaveInput': {
        const location = await this.fresh('location', side);
        return { locationId: location.id, version: location.version, cutoverDate: '2026-06-01' };
      }
      case 'StartImportInput':
        return this.startImportInput(side);
      case 'SaveImportPresetInput':
        return this.presetInput(side);
      case 'PseudonymiseTenantInput': {
        const tenant = this.closable[side].shift();
        if (!tenant) throw new Error(`no closed Verwaltung left on side ${side} for ${field}: raise closablePerSide`);
        return { tenantId: tenant.id, confirmName: this.closableNames.get(tenant.id) };
      }
      default:
        return null;
    }
  }

  /** Arguments for a root field aimed at one side; fresh objects where the call would change them. */
  async argsFor(field: GraphQLField<unknown, unknown>, side: Side): Promise<Record<string, unknown>> {
    const f = this.fixtures[side];
    const target = /^(create|update|delete)(\w+)$/.exec(field.name)?.[2] ?? getNamedType(field.type).name;
    const vars: Record<string, unknown> = {};
    for (const arg of field.args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      const input = getNamedType(arg.type).name;
      const special = arg.name === 'input' ? await this.specialInput(field.name, input, side) : null;
      if (special) {
        vars.input = special;
      } else if (arg.name === 'id' && field.name === 'deleteChecklistTemplate') {
        Object.assign(vars, { id: await freshTemplate(this.api, this.cutoverSide(side)), version: 1 });
      } else if (arg.name === 'input' && input.startsWith('Create')) {
        vars.input =
          target === 'Account'
            ? { email: `neu-${++this.n}@test.example`, displayName: 'Neu', role: 'VIEWER', tenantIds: [f.tenant.id] }
            : this.builders[KIND_OF_TYPE(target)](f, side).build();
      } else if (arg.name === 'accountIds') {
        vars.accountIds = [];
      } else if (arg.name === 'input' && input.startsWith('Update')) {
        const object =
          target === 'Account' ? await this.freshAccount(side) : await this.fresh(KIND_OF_TYPE(target), side);
        vars.input = { id: object.id, version: 1, ...CHANGE[target] };
      } else if (arg.name === 'fileId') {
        vars.fileId = this.imports[side].fileId;
      } else if (arg.name === 'id' && field.name === 'importRun') {
        vars.id = this.imports[side].runId;
      } else if (arg.name === 'id' && field.name === 'deleteImportPreset') {
        vars.id = await this.freshPreset(side);
      } else if (arg.name === 'id' && (field.name.startsWith('delete') || FRESH_AT_VERSION_1.has(field.name))) {
        const object = await this.fresh(KIND_OF_TYPE(target), side);
        Object.assign(vars, { id: object.id, version: 1 });
      } else if (arg.name === 'id' && (field.name === 'resetPassword' || target === 'Account')) {
        vars.id = (await this.freshAccount(side)).id;
      } else if (arg.name === 'id') {
        vars.id = f[KIND_OF_TYPE(target)].id;
      } else if (arg.name === 'version' || arg.name === 'accountId') {
        continue;
      } else if (/^(tenant|location|person|workstation|printer|software|fileShare|fachverfahren)Id$/.test(arg.name)) {
        vars[arg.name] = f[arg.name.slice(0, -2) as Kind].id;
      } else if (arg.name === 'personIds') {
        vars.personIds = [f.person.id];
      } else if (arg.name === 'comment') {
        vars.comment = `${SENTINEL[side]} passt nicht`;
      } else if (arg.name === 'objectId') {
        vars.objectId = f.printer.id;
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
}
