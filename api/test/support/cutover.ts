import { randomUUID } from 'node:crypto';
import { aLocation, aTenant, aWorkstation, type Created } from './factories';
import type { GqlResponse, Session, TestApp } from './test-app';

export const STEP_FIELDS = 'id position label required needsEvidence done doneByName evidence';
export const WS_FIELDS = `id name room locationId cutoverStatus cutoverStatusReason cutoverStatusAt cutoverStatusByName
  checklist { ${STEP_FIELDS} }`;
export const TEMPLATE_FIELDS = `id tenantId name isDefault version locationCount
  steps { position label required needsEvidence }`;

export interface Step {
  id: string;
  position: number;
  label: string;
  required: boolean;
  needsEvidence: boolean;
  done: boolean;
  doneByName: string | null;
  evidence: string | null;
}
export interface WorkstationState {
  id: string;
  name: string;
  room: string | null;
  locationId: string;
  cutoverStatus: string;
  cutoverStatusReason: string | null;
  cutoverStatusByName: string | null;
  checklist: Step[];
}
export interface Template {
  id: string;
  tenantId: string;
  name: string;
  isDefault: boolean;
  version: number;
  locationCount: number;
  steps: { position: number; label: string; required: boolean; needsEvidence: boolean }[];
}

export const TICK = `mutation($input: TickChecklistStepInput!) { tickChecklistStep(input: $input) { ${WS_FIELDS} } }`;
export const UNTICK = `mutation($input: UntickChecklistStepInput!) { untickChecklistStep(input: $input) { ${WS_FIELDS} } }`;
export const TRANSITION = `mutation($input: TransitionWorkstationInput!) {
  transitionWorkstation(input: $input) { ${WS_FIELDS} } }`;
export const DAY = `query($date: String, $locationId: ID) {
  technicianWorkstations(date: $date, locationId: $locationId) { ${WS_FIELDS} } }`;
export const TEMPLATES = `query($tenantId: ID!) { checklistTemplates(tenantId: $tenantId) { ${TEMPLATE_FIELDS} } }`;
export const CREATE_TEMPLATE = `mutation($input: CreateChecklistTemplateInput!) {
  createChecklistTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
export const UPDATE_TEMPLATE = `mutation($input: UpdateChecklistTemplateInput!) {
  updateChecklistTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
export const DELETE_TEMPLATE = `mutation($id: ID!, $version: Int!) { deleteChecklistTemplate(id: $id, version: $version) }`;
const WAVE = `mutation($input: UpdateLocationWaveInput!) { updateLocationWave(input: $input) { id version } }`;

export const steps = (...labels: string[]) => labels.map((label) => ({ label, required: true }));

export async function workstation(api: TestApp, id: string, session?: Session): Promise<WorkstationState> {
  const data = await api.gql<{ workstation: WorkstationState }>(
    `query($id: ID!) { workstation(id: $id) { ${WS_FIELDS} } }`,
    { id },
    { session },
  );
  return data.workstation;
}

/** Plans the location's wave (which materialises the checklists); returns the new version. */
export async function planWave(
  api: TestApp,
  location: Created,
  values: { cutoverDate?: string; checklistTemplateId?: string | null } = {},
): Promise<Created> {
  const data = await api.gql<{ updateLocationWave: Created }>(WAVE, {
    input: {
      locationId: location.id,
      version: location.version,
      cutoverDate: values.cutoverDate ?? '2026-09-12',
      windowStart: '17:00',
      windowEnd: '23:00',
      checklistTemplateId: values.checklistTemplateId ?? null,
    },
  });
  return { ...location, version: data.updateLocationWave.version };
}

export interface PlannedSite {
  tenant: Created;
  location: Created;
  workstations: WorkstationState[];
}

/** A tenant with one location whose wave is planned, and `count` workstations with checklists. */
export async function plannedSite(
  api: TestApp,
  options: { count?: number; cutoverDate?: string; tenant?: Created } = {},
): Promise<PlannedSite> {
  const tenant = options.tenant ?? (await aTenant().create(api));
  let location = await aLocation().of(tenant).create(api);
  location = await planWave(api, location, { cutoverDate: options.cutoverDate });
  const workstations: WorkstationState[] = [];
  for (let i = 0; i < (options.count ?? 1); i++) {
    const created = await aWorkstation().at(location).create(api);
    workstations.push(await workstation(api, created.id));
  }
  return { tenant, location, workstations };
}

export const tick = (
  api: TestApp,
  stepId: string,
  options: { opId?: string; evidence?: string; session?: Session } = {},
) =>
  api.request<{ tickChecklistStep: WorkstationState }>(
    TICK,
    { input: { opId: options.opId ?? randomUUID(), stepId, evidence: options.evidence } },
    { session: options.session },
  );

export const untick = (api: TestApp, stepId: string, options: { opId?: string; session?: Session } = {}) =>
  api.request<{ untickChecklistStep: WorkstationState }>(
    UNTICK,
    { input: { opId: options.opId ?? randomUUID(), stepId } },
    { session: options.session },
  );

export const transition = (
  api: TestApp,
  workstationId: string,
  from: string,
  to: string,
  options: { opId?: string; reason?: string; session?: Session } = {},
) =>
  api.request<{ transitionWorkstation: WorkstationState }>(
    TRANSITION,
    { input: { opId: options.opId ?? randomUUID(), workstationId, from, to, reason: options.reason } },
    { session: options.session },
  );

/** Ticks every step (evidence where asked) as the admin; the workstation ends up PREPARED. */
export async function tickAll(api: TestApp, ws: WorkstationState): Promise<void> {
  for (const s of ws.checklist) {
    const res = await tick(api, s.id, { evidence: s.needsEvidence ? 'NW-4711' : undefined });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
}

/** The error code of a refused request (undefined when it succeeded). */
export const codeOf = (res: GqlResponse<unknown>): unknown => res.errors?.[0]?.extensions?.code;

/** Audit entries of one object and action. */
export async function auditCount(api: TestApp, objectId: string, action: string): Promise<number> {
  return ownerCount(api, `SELECT count(*)::int AS n FROM audit_entry WHERE object_id = $1 AND action = $2`, [
    objectId,
    action,
  ]);
}

/** A count as the owner (RLS is forced for the owner too, hence the all-tenants switch). */
export function ownerCount(api: TestApp, sql: string, params: unknown[]): Promise<number> {
  return api.dataSource.transaction(async (m) => {
    await m.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    const [{ n }] = await m.query<{ n: number }[]>(sql, params);
    return n;
  });
}
