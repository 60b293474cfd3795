import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from './sign-in';

/** One GraphQL call with the session of `request`'s context; fails the test on any error. */
export async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors ?? []).toEqual([]);
  return body.data as T;
}

/** Today in Europe/Berlin (the server's cutover day), YYYY-MM-DD. */
export function berlinToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

export async function musterlandId(request: APIRequestContext): Promise<string> {
  const { tenants } = await gql<{ tenants: { items: { id: string }[] } }>(
    request,
    'query { tenants(search: "Amt Musterland") { items { id } } }',
  );
  const tenantId = tenants.items[0]?.id ?? '';
  expect(tenantId).not.toBe('');
  return tenantId;
}

export interface CutoverSite {
  tenantId: string;
  locationId: string;
  locationName: string;
}

/**
 * A fresh Standort of Amt Musterland with `workstations` workstations, its wave today over the
 * whole day and the demo technician assigned (as the project manager, through the API).
 */
export async function createCutoverSite(request: APIRequestContext, workstations: number): Promise<CutoverSite> {
  const n = Date.now() % 100000;
  const tenantId = await musterlandId(request);
  const locationName = `Ortsamt Nord ${n}`;
  const { createLocation: location } = await gql<{ createLocation: { id: string; version: number } }>(
    request,
    'mutation($input: CreateLocationInput!) { createLocation(input: $input) { id version } }',
    { input: { tenantId, kind: 'ORTSAMT', name: locationName, city: 'Musterland' } },
  );
  for (let i = 1; i <= workstations; i++) {
    await gql(request, 'mutation($input: CreateWorkstationInput!) { createWorkstation(input: $input) { id } }', {
      input: { tenantId, locationId: location.id, name: `ON-${n}-${i}`, room: `1.0${i}` },
    });
  }
  await gql(request, 'mutation($input: UpdateLocationWaveInput!) { updateLocationWave(input: $input) { id } }', {
    input: {
      locationId: location.id,
      version: location.version,
      cutoverDate: berlinToday(),
      windowStart: '00:00',
      windowEnd: '23:59',
    },
  });
  const { planAccounts } = await gql<{ planAccounts: { id: string; role: string }[] }>(
    request,
    'query($t: ID!) { planAccounts(tenantId: $t) { id role } }',
    { t: tenantId },
  );
  const technician = planAccounts.find((a) => a.role === 'TECHNICIAN');
  expect(technician).toBeDefined();
  await gql(request, 'mutation($l: ID!, $a: [ID!]!) { setWaveTechnicians(locationId: $l, accountIds: $a) { id } }', {
    l: location.id,
    a: [technician?.id],
  });
  return { tenantId, locationId: location.id, locationName };
}

interface TechWorkstation {
  id: string;
  cutoverStatus: string;
  checklist: { id: string; required: boolean; done: boolean; needsEvidence: boolean }[];
}

/** The technician's view of the site's workstations (as the technician page reads them). */
export async function technicianWorkstations(
  request: APIRequestContext,
  locationId: string,
): Promise<TechWorkstation[]> {
  const { technicianWorkstations: list } = await gql<{ technicianWorkstations: TechWorkstation[] }>(
    request,
    'query($l: ID) { technicianWorkstations(locationId: $l) { id cutoverStatus checklist { id required done needsEvidence } } }',
    { l: locationId },
  );
  return list;
}

export async function tick(request: APIRequestContext, stepId: string, evidence?: string): Promise<void> {
  await gql(request, 'mutation($input: TickChecklistStepInput!) { tickChecklistStep(input: $input) { id } }', {
    input: { opId: randomUUID(), stepId, evidence },
  });
}

export async function transition(
  request: APIRequestContext,
  workstationId: string,
  from: string,
  to: string,
): Promise<void> {
  await gql(request, 'mutation($input: TransitionWorkstationInput!) { transitionWorkstation(input: $input) { id } }', {
    input: { opId: randomUUID(), workstationId, from, to },
  });
}

/**
 * Putting the demo technician on a test site's wave gave them access to it (and its Verwaltung);
 * as admin, take that access back so other journeys see the technician's demo scope unchanged.
 */
export async function withdrawTechnicianAccess(admin: APIRequestContext, locationId: string): Promise<void> {
  await gql(admin, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: DEMO.admin,
    p: DEMO_PASSWORD,
  });
  const { accounts } = await gql<{ accounts: { items: { id: string; version: number; locationIds: string[] }[] } }>(
    admin,
    'query($s: String!) { accounts(search: $s) { items { id version locationIds } } }',
    { s: DEMO.technician },
  );
  const account = accounts.items[0];
  expect(account).toBeDefined();
  if (!account) return;
  await gql(admin, 'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }', {
    input: {
      id: account.id,
      version: account.version,
      locationIds: account.locationIds.filter((id) => id !== locationId),
    },
  });
}
