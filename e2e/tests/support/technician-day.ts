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

/** Today in Europe/Berlin, the API's "today" for technicianWorkstations. */
export function berlinToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

export interface TechnicianDay {
  workstationId: string;
  workstationName: string;
  personName: string;
}

/**
 * As admin: a fresh workstation (with a person, default printer and drive) at the technician's
 * Standort "Straßenmeisterei Altenbrück", whose wave is today with the technician assigned;
 * its checklist is materialised from the default template by the database.
 */
export async function planTechnicianDay(admin: APIRequestContext): Promise<TechnicianDay> {
  await gql(admin, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: DEMO.admin,
    p: DEMO_PASSWORD,
  });
  const n = Date.now() % 100000;
  const { locations } = await gql<{ locations: { items: { id: string; tenantId: string; version: number }[] } }>(
    admin,
    'query { locations(search: "Straßenmeisterei Altenbrück") { items { id tenantId version } } }',
  );
  const location = locations.items[0];
  expect(location).toBeDefined();
  const { id: locationId, tenantId } = location ?? { id: '', tenantId: '' };

  const personName = `Paula Streusalz ${n}`;
  const { createPerson: person } = await gql<{ createPerson: { id: string } }>(
    admin,
    'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    { input: { tenantId, locationId, accountName: `pstreu${n}`, displayName: personName, department: 'Winterdienst' } },
  );
  const { createPrinter: printer } = await gql<{ createPrinter: { id: string } }>(
    admin,
    'mutation($input: CreatePrinterInput!) { createPrinter(input: $input) { id } }',
    { input: { tenantId, locationId, name: `SM-DRUCK-${n}`, targetQueue: `\\\\print-cloud\\SM-DRUCK-${n}` } },
  );
  await gql(
    admin,
    'mutation($p: ID!, $r: ID!) { assignPrinter(personId: $p, printerId: $r, isDefault: true) { id } }',
    {
      p: person.id,
      r: printer.id,
    },
  );
  const { createFileShare: share } = await gql<{ createFileShare: { id: string } }>(
    admin,
    'mutation($input: CreateFileShareInput!) { createFileShare(input: $input) { id } }',
    {
      input: {
        tenantId,
        locationId,
        uncPath: `\\\\sm-fs01\\winterdienst${n}`,
        targetPath: `\\\\kreis.cloud\\ablage\\winterdienst${n}`,
        driveLetter: 'W',
      },
    },
  );
  await gql(admin, 'mutation($p: ID!, $f: ID!) { assignFileShare(personId: $p, fileShareId: $f) { id } }', {
    p: person.id,
    f: share.id,
  });
  const workstationName = `AP-SM-${n}`;
  const { createWorkstation: workstation } = await gql<{ createWorkstation: { id: string } }>(
    admin,
    'mutation($input: CreateWorkstationInput!) { createWorkstation(input: $input) { id } }',
    { input: { tenantId, locationId, name: workstationName, room: 'E.12', targetDeviceSerial: `TC-${n}` } },
  );
  await gql(admin, 'mutation($p: ID!, $w: ID!) { assignWorkstationPerson(personId: $p, workstationId: $w) { id } }', {
    p: person.id,
    w: workstation.id,
  });

  const { location: current } = await gql<{ location: { version: number } }>(
    admin,
    'query($id: ID!) { location(id: $id) { version } }',
    { id: locationId },
  );
  await gql(admin, 'mutation($input: UpdateLocationWaveInput!) { updateLocationWave(input: $input) { id } }', {
    input: {
      locationId,
      version: current.version,
      cutoverDate: berlinToday(),
      windowStart: '07:00',
      windowEnd: '15:00',
    },
  });
  const { planAccounts } = await gql<{ planAccounts: { id: string; role: string }[] }>(
    admin,
    'query($t: ID!) { planAccounts(tenantId: $t) { id role } }',
    { t: tenantId },
  );
  const technician = planAccounts.find((a) => a.role === 'TECHNICIAN');
  expect(technician).toBeDefined();
  await gql(admin, 'mutation($l: ID!, $a: [ID!]!) { setWaveTechnicians(locationId: $l, accountIds: $a) { id } }', {
    l: locationId,
    a: [technician?.id],
  });
  return { workstationId: workstation.id, workstationName, personName };
}

export interface ChecklistState {
  checklist: { id: string; label: string; done: boolean }[];
  ticks: { stepId: string }[];
}

/** The workstation's checklist and its TICK audit entries, read as admin. */
export async function checklistState(admin: APIRequestContext, workstationId: string): Promise<ChecklistState> {
  const { workstation, auditEntries } = await gql<{
    workstation: { checklist: { id: string; label: string; done: boolean }[] };
    auditEntries: { items: { action: string; context: string | null }[] };
  }>(
    admin,
    `query($id: ID!) {
      workstation(id: $id) { checklist { id label done } }
      auditEntries(objectId: $id, objectType: WORKSTATION, limit: 200) { items { action context } }
    }`,
    { id: workstationId },
  );
  const ticks = auditEntries.items
    .filter((entry) => entry.action === 'TICK')
    .map((entry) => JSON.parse(entry.context ?? '{}') as { stepId: string });
  return { checklist: workstation.checklist, ticks };
}
