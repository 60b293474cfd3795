import {
  aFachverfahren,
  aFileShare,
  aLocation,
  aPerson,
  aPrinter,
  aSoftware,
  aTenant,
  aWorkstation,
  type Builder,
  type Created,
} from './factories';
import type { TestApp } from './test-app';

/** Field → [old, new] as the audit API shows them (text; null = no value). */
export type Changes = Record<string, [string | null, string | null]>;

export interface Expected {
  objectType: string;
  objectId: string;
  action: string;
  tenantId: string | null;
  /** Exactly these changes (updates, mappings) … */
  changes?: Changes;
  /** … or at least these (create/delete list every stored field). */
  includes?: Changes;
  relatedId?: string;
  /** Whose session made the change, when not the admin's. */
  accountId?: string;
}

/** Prepares what the mutation needs, then runs exactly ONE mutation and says what must be audited. */
export interface AuditCase {
  prepare(api: TestApp): Promise<() => Promise<Expected>>;
}

// Values are compared as the API shows them: strings as they are, everything else as JSON.
const text = (v: unknown): string | null => (v == null ? null : typeof v === 'string' ? v : JSON.stringify(v));

export const asNew = (input: Record<string, unknown>): Changes =>
  Object.fromEntries(Object.entries(input).map(([k, v]) => [k, [null, text(v)]]));
const asOld = (input: Record<string, unknown>): Changes =>
  Object.fromEntries(Object.entries(input).map(([k, v]) => [k, [text(v), null]]));

interface EntityKind {
  type: string;
  objectType: string;
  make: () => Builder<Record<string, unknown>>;
  /** Where it hangs: a tenant, a location, or nowhere (the tenant itself). */
  parent: 'tenant' | 'location' | null;
  update: Record<string, unknown>;
  /** Values the database filled in on create (defaults), where the update changes them. */
  defaults?: Record<string, unknown>;
}

const KINDS: EntityKind[] = [
  {
    type: 'Tenant',
    objectType: 'TENANT',
    make: aTenant,
    parent: null,
    update: { inhabitants: 4711, kind: 'STADT', memberMunicipalities: ['Nordheim'] },
  },
  {
    type: 'Location',
    objectType: 'LOCATION',
    make: aLocation,
    parent: 'tenant',
    update: { city: 'Neustadt', street: 'Markt 1' },
  },
  { type: 'Person', objectType: 'PERSON', make: aPerson, parent: 'location', update: { department: 'Kämmerei' } },
  {
    type: 'Workstation',
    objectType: 'WORKSTATION',
    make: aWorkstation,
    parent: 'location',
    update: { room: 'OG 1.07' },
  },
  {
    type: 'Printer',
    objectType: 'PRINTER',
    make: aPrinter,
    parent: 'location',
    update: { targetQueue: 'Q-OG1', model: 'HP' },
  },
  {
    type: 'Software',
    objectType: 'SOFTWARE',
    make: aSoftware,
    parent: 'tenant',
    update: { delivery: 'PUBLISHED_APP' },
    defaults: { delivery: 'OPEN' },
  },
  { type: 'FileShare', objectType: 'FILE_SHARE', make: aFileShare, parent: 'location', update: { driveLetter: 'K' } },
  {
    type: 'Fachverfahren',
    objectType: 'FACHVERFAHREN',
    make: aFachverfahren,
    parent: 'tenant',
    update: { criticality: 'HIGH' },
    defaults: { criticality: 'MEDIUM' },
  },
];

async function placed(api: TestApp, kind: EntityKind): Promise<Builder<Record<string, unknown>>> {
  const builder = kind.make();
  if (kind.parent === null) return builder;
  const tenant = await aTenant().create(api);
  if (kind.parent === 'tenant') return builder.of(tenant);
  return builder.at(await aLocation().of(tenant).create(api));
}

const tenantOf = (o: Created): string => o.tenantId ?? o.id;

function crudCases(kind: EntityKind): Record<string, AuditCase> {
  return {
    [`create${kind.type}`]: {
      async prepare(api) {
        const builder = await placed(api, kind);
        return async () => {
          const created = await builder.create(api);
          return {
            objectType: kind.objectType,
            objectId: created.id,
            action: 'CREATE',
            tenantId: tenantOf(created),
            includes: asNew(builder.build()),
          };
        };
      },
    },
    [`update${kind.type}`]: {
      async prepare(api) {
        const builder = await placed(api, kind);
        const created = await builder.create(api);
        const input = builder.build();
        return async () => {
          await api.gql(`mutation($input: Update${kind.type}Input!) { update${kind.type}(input: $input) { id } }`, {
            input: { id: created.id, version: created.version, ...kind.update },
          });
          const changes: Changes = {};
          for (const [k, v] of Object.entries(kind.update))
            changes[k] = [text(input[k] ?? kind.defaults?.[k]), text(v)];
          return {
            objectType: kind.objectType,
            objectId: created.id,
            action: 'UPDATE',
            tenantId: tenantOf(created),
            changes,
          };
        };
      },
    },
    [`delete${kind.type}`]: {
      async prepare(api) {
        const builder = await placed(api, kind);
        const created = await builder.create(api);
        return async () => {
          await api.gql(`mutation($id: ID!, $v: Int!) { delete${kind.type}(id: $id, version: $v) }`, {
            id: created.id,
            v: created.version,
          });
          return {
            objectType: kind.objectType,
            objectId: created.id,
            action: 'DELETE',
            tenantId: tenantOf(created),
            includes: asOld(builder.build()),
          };
        };
      },
    },
  };
}

interface MappingKind {
  name: string;
  /** Builds the right side at the person's location. */
  right: () => Builder<Record<string, unknown>>;
  rightArg: string;
  extra: Record<string, unknown>;
  /** The mapping's flags as audited (camelCase) for `extra`. */
  audited: Record<string, unknown>;
  /** Workstation mappings hang on the workstation, with the person as the related object. */
  onWorkstation?: boolean;
}

const MAPPINGS: MappingKind[] = [
  { name: 'Printer', right: aPrinter, rightArg: 'printerId', extra: { isDefault: true }, audited: { isDefault: true } },
  {
    name: 'FileShare',
    right: aFileShare,
    rightArg: 'fileShareId',
    extra: { access: 'WRITE', driveLetter: 'H' },
    audited: { access: 'WRITE', driveLetter: 'H' },
  },
  { name: 'Software', right: aSoftware, rightArg: 'softwareId', extra: {}, audited: {} },
  { name: 'Fachverfahren', right: aFachverfahren, rightArg: 'fachverfahrenId', extra: {}, audited: {} },
  {
    name: 'WorkstationPerson',
    right: aWorkstation,
    rightArg: 'workstationId',
    extra: {},
    audited: {},
    onWorkstation: true,
  },
];

function mappingCases(m: MappingKind): Record<string, AuditCase> {
  const setup = async (api: TestApp) => {
    const tenant = await aTenant().create(api);
    const location = await aLocation().of(tenant).create(api);
    const person = await aPerson().at(location).create(api);
    const builder = m.right();
    const right = await (
      m.rightArg === 'softwareId' || m.rightArg === 'fachverfahrenId' ? builder.of(tenant) : builder.at(location)
    ).create(api);
    const call = (op: string, extra: Record<string, unknown>) =>
      api.gql(
        `mutation($p: ID!, $r: ID!${Object.keys(extra)
          .map((k) => `, $${k}: ${k === 'isDefault' ? 'Boolean' : k === 'access' ? 'ShareAccess' : 'String'}`)
          .join('')}) { ${op}${m.name}(personId: $p, ${m.rightArg}: $r${Object.keys(extra)
          .map((k) => `, ${k}: $${k}`)
          .join('')}) { id } }`,
        { p: person.id, r: right.id, ...extra },
      );
    const expected = (action: string, changes: Changes): Expected => ({
      objectType: m.onWorkstation ? 'WORKSTATION' : 'PERSON',
      objectId: m.onWorkstation ? right.id : person.id,
      relatedId: m.onWorkstation ? person.id : right.id,
      action,
      tenantId: tenant.id,
      changes,
    });
    return { call, expected };
  };
  return {
    [`assign${m.name}`]: {
      async prepare(api) {
        const { call, expected } = await setup(api);
        return async () => {
          await call('assign', m.extra);
          return expected('ASSIGN', asNew(m.audited));
        };
      },
    },
    [`unassign${m.name}`]: {
      async prepare(api) {
        const { call, expected } = await setup(api);
        await call('assign', m.extra);
        return async () => {
          await call('unassign', {});
          return expected('UNASSIGN', asOld(m.audited));
        };
      },
    },
  };
}

// One selected printer: bulk edits write one entry per changed row (several: bulk-edit.int-spec.ts).
const BULK_CASES: Record<string, AuditCase> = {
  bulkUpdate: {
    async prepare(api) {
      const tenant = await aTenant().create(api);
      const printer = await aPrinter()
        .at(await aLocation().of(tenant).create(api))
        .create(api);
      return async () => {
        await api.gql(`mutation($input: BulkUpdateInput!) { bulkUpdate(input: $input) { changed } }`, {
          input: { objectType: 'PRINTER', tenantId: tenant.id, ids: [printer.id], field: 'targetQueue', value: 'Q1' },
        });
        const changes: Changes = { targetQueue: [null, 'Q1'] };
        return { objectType: 'PRINTER', objectId: printer.id, action: 'UPDATE', tenantId: tenant.id, changes };
      };
    },
  },
};

/** Inventory CRUD, mapping and bulk cases (account cases: audit-account-cases.ts). */
export const INVENTORY_CASES: Record<string, AuditCase> = Object.assign(
  {},
  ...KINDS.map(crudCases),
  ...MAPPINGS.map(mappingCases),
  BULK_CASES,
) as Record<string, AuditCase>;

/** Mutations that change no audited object, with the reason. */
export const NOT_AUDITED: Record<string, string> = {
  login: 'opens a session (no inventory or account data changes); sign-ins are recorded in login_attempt',
  logout: 'ends the own session; sessions are not audited objects',
  startImport:
    'a dry run changes nothing; a commit writes one entry per created, changed or marked record (imports-commit.int-spec.ts)',
};
