import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '@schaltplan/domain';
import { createAccount, login, loginAs } from './support/accounts';
import { aLocation, aTenant, type Created } from './support/factories';
import { TECHNICIANS, WAVE } from './support/plan';
import { startTestApp, type Session, type TestApp } from './support/test-app';

let api: TestApp;
let tenant: Created;

beforeAll(async () => {
  api = await startTestApp('plan');
  tenant = await aTenant().create(api);
});
afterAll(() => api.close());

const PHASES = `query($t: ID!) { projectPhases(tenantId: $t) {
  id phase status plannedStart plannedEnd actualStart actualEnd responsibleAccountId responsibleName notes version } }`;
const SAVE_PHASE = `mutation($input: UpdateProjectPhaseInput!) { updateProjectPhase(input: $input) {
  id phase status plannedStart plannedEnd responsibleName notes version } }`;

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe('project phases', () => {
  it('lists all five phases in order, unsaved ones with defaults', async () => {
    const data = await api.gql<{ projectPhases: { phase: string; version: number | null; status: string }[] }>(PHASES, {
      t: tenant.id,
    });
    expect(data.projectPhases.map((p) => p.phase)).toEqual([
      'BESTANDSAUFNAHME',
      'ZIELUMGEBUNG',
      'TESTLAEUFE',
      'UMSTELLUNG',
      'ABSCHLUSS',
    ]);
    expect(data.projectPhases.every((p) => p.version === null && p.status === 'OPEN')).toBe(true);
  });

  it('upserts with optimistic locking and names the responsible account', async () => {
    const pm = await createAccount(api, { role: 'PROJECT_MANAGER', tenantIds: [tenant.id] });
    const input = {
      tenantId: tenant.id,
      phase: 'ZIELUMGEBUNG',
      status: 'IN_PROGRESS',
      plannedStart: '2026-02-01',
      plannedEnd: '2026-03-15',
      responsibleAccountId: pm.id,
      notes: 'Druckwarteschlangen zuerst',
    };
    const created = await api.gql<{ updateProjectPhase: { version: number; responsibleName: string } }>(SAVE_PHASE, {
      input,
    });
    expect(created.updateProjectPhase).toMatchObject({ version: 1, responsibleName: 'Test PROJECT_MANAGER' });
    // Saving again without the version read would silently overwrite: refused.
    expect(codeOf(await api.request(SAVE_PHASE, { input }))).toBe('CONFLICT');
    const updated = await api.gql<{ updateProjectPhase: { version: number; plannedEnd: string } }>(SAVE_PHASE, {
      input: { ...input, version: 1, plannedEnd: '2026-03-31' },
    });
    expect(updated.updateProjectPhase).toMatchObject({ version: 2, plannedEnd: '2026-03-31' });
    expect(codeOf(await api.request(SAVE_PHASE, { input: { ...input, version: 1 } }))).toBe('CONFLICT');
    const list = await api.gql<{ projectPhases: { phase: string; version: number | null }[] }>(PHASES, {
      t: tenant.id,
    });
    expect(list.projectPhases.map((p) => p.version)).toEqual([null, 2, null, null, null]);
  });

  it('refuses an end before the start, naming the field, and impossible dates', async () => {
    const base = { tenantId: tenant.id, phase: 'TESTLAEUFE', status: 'OPEN' };
    const res = await api.request(SAVE_PHASE, {
      input: { ...base, plannedStart: '2026-04-10', plannedEnd: '2026-04-01' },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('plannedEnd');
    const actual = await api.request(SAVE_PHASE, {
      input: { ...base, actualStart: '2026-04-10', actualEnd: '2026-04-09' },
    });
    expect(actual.errors?.[0].message).toContain('actualEnd');
    const impossible = await api.request(SAVE_PHASE, { input: { ...base, plannedStart: '2026-02-30' } });
    expect(codeOf(impossible)).toBe('BAD_USER_INPUT');
    expect(impossible.errors?.[0].message).toContain('plannedStart');
  });
});

describe('location waves', () => {
  let location: Created;
  beforeAll(async () => {
    location = await aLocation().of(tenant).create(api);
  });

  it('sets date, window and notes with the location version', async () => {
    const data = await api.gql<{ updateLocationWave: Record<string, unknown> }>(WAVE, {
      input: {
        locationId: location.id,
        version: location.version,
        cutoverDate: '2026-06-13',
        windowStart: '18:00',
        windowEnd: '02:00',
        waveNotes: 'Schlüssel beim Hausmeister',
      },
    });
    expect(data.updateLocationWave).toEqual({
      id: location.id,
      version: location.version + 1,
      cutoverDate: '2026-06-13',
      cutoverWindowStart: '18:00',
      cutoverWindowEnd: '02:00',
      waveNotes: 'Schlüssel beim Hausmeister',
    });
    const stale = await api.request(WAVE, { input: { locationId: location.id, version: location.version } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const half = await api.request(WAVE, {
      input: { locationId: location.id, version: location.version + 1, windowStart: '18:00' },
    });
    expect(codeOf(half)).toBe('BAD_USER_INPUT');
    expect(half.errors?.[0].message).toContain('windowEnd');
  });

  it('assigns active technicians only, and gives them access to the location', async () => {
    const tech = await createAccount(api, { role: 'TECHNICIAN' });
    const coordinator = await createAccount(api, { role: 'COORDINATOR', tenantIds: [tenant.id] });
    const refused = await api.request(TECHNICIANS, { id: location.id, ids: [tech.id, coordinator.id] });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain(coordinator.id);

    const session = await login(api, tech);
    const before = await api.request(`{ location(id: "${location.id}") { id } }`, {}, { session });
    expect(codeOf(before)).toBe('NOT_FOUND');
    const data = await api.gql<{ setWaveTechnicians: { technicians: { accountId: string; name: string }[] } }>(
      TECHNICIANS,
      { id: location.id, ids: [tech.id] },
    );
    expect(data.setWaveTechnicians.technicians).toEqual([{ accountId: tech.id, name: 'Test TECHNICIAN' }]);
    const after = await api.gql<{ location: { id: string; technicians: unknown[] } }>(
      `{ location(id: "${location.id}") { id technicians { accountId } } }`,
      {},
      { session },
    );
    expect(after.location.technicians).toEqual([{ accountId: tech.id }]);
  });
});

describe('who may plan', () => {
  const sessions = new Map<Role, Session>();
  beforeAll(async () => {
    for (const role of ['PROJECT_MANAGER', 'COORDINATOR', 'VIEWER'] as const)
      sessions.set(role, await loginAs(api, role, { tenantIds: [tenant.id] }));
    const location = await aLocation().of(tenant).create(api);
    sessions.set('TECHNICIAN', await loginAs(api, 'TECHNICIAN', { locationIds: [location.id] }));
  });

  it.each(['PROJECT_MANAGER', 'COORDINATOR', 'TECHNICIAN', 'VIEWER'] as const)('%s', async (role) => {
    const session = sessions.get(role) as Session;
    const location = await aLocation().of(tenant).create(api);
    const phase = await api.request(
      SAVE_PHASE,
      { input: { tenantId: tenant.id, phase: 'ABSCHLUSS', status: 'OPEN', notes: role } },
      { session },
    );
    const wave = await api.request(
      WAVE,
      { input: { locationId: location.id, version: location.version, cutoverDate: '2026-07-01' } },
      { session },
    );
    const techs = await api.request(TECHNICIANS, { id: location.id, ids: [] }, { session });
    const board = await api.request(`{ readinessBoard { locationId } }`, {}, { session });
    expect(board.errors).toBeUndefined();
    if (role === 'PROJECT_MANAGER') {
      expect([phase.errors, wave.errors, techs.errors]).toEqual([undefined, undefined, undefined]);
    } else {
      expect([codeOf(phase), codeOf(wave), codeOf(techs)]).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    }
  });
});
