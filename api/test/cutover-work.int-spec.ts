import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_CHECKLIST_STEPS } from '@schaltplan/domain';
import { loginAs } from './support/accounts';
import {
  CREATE_TEMPLATE,
  DAY,
  codeOf,
  planWave,
  plannedSite,
  steps,
  tick,
  tickAll,
  transition,
  untick,
  workstation,
  type PlannedSite,
  type Template,
  type WorkstationState,
} from './support/cutover';
import { aLocation, aTenant, aWorkstation } from './support/factories';
import { startTestApp, type Session, type TestApp } from './support/test-app';

let api: TestApp;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

beforeAll(async () => {
  api = await startTestApp('cutover_work');
});
afterAll(() => api.close());

describe('checklists appear when a wave is planned', () => {
  it('gives the workstations of a planned location the default checklist, and later ones too', async () => {
    const tenant = await aTenant().create(api);
    const location = await aLocation().of(tenant).create(api);
    const early = await aWorkstation().at(location).create(api);
    expect((await workstation(api, early.id)).checklist).toEqual([]);
    await planWave(api, location);
    const planned = await workstation(api, early.id);
    expect(planned.checklist.map((s) => [s.label, s.required, s.needsEvidence])).toEqual(
      DEFAULT_CHECKLIST_STEPS.map((s) => [s.label, s.required, s.needsEvidence]),
    );
    expect(planned.cutoverStatus).toBe('PLANNED');
    const late = await aWorkstation().at(location).create(api);
    expect((await workstation(api, late.id)).checklist).toHaveLength(DEFAULT_CHECKLIST_STEPS.length);
  });

  it('uses the template the wave names', async () => {
    const tenant = await aTenant().create(api);
    const { createChecklistTemplate: template } = await api.gql<{ createChecklistTemplate: Template }>(
      CREATE_TEMPLATE,
      { input: { tenantId: tenant.id, name: 'Bürgerbüro', steps: steps('Kartenleser', 'Kasse') } },
    );
    const location = await aLocation().of(tenant).create(api);
    const ws = await aWorkstation().at(location).create(api);
    await planWave(api, location, { checklistTemplateId: template.id });
    expect((await workstation(api, ws.id)).checklist.map((s) => s.label)).toEqual(['Kartenleser', 'Kasse']);
  });
});

describe('the lifecycle through the API', () => {
  let site: PlannedSite;
  let ws: WorkstationState;
  let technician: Session;
  let coordinator: Session;

  beforeAll(async () => {
    site = await plannedSite(api);
    ws = site.workstations[0];
    technician = await loginAs(api, 'TECHNICIAN', { locationIds: [site.location.id] });
    coordinator = await loginAs(api, 'COORDINATOR', { tenantIds: [site.tenant.id] });
  });

  it('refuses each step of the state machine with the right code', async () => {
    // Coordinators do not tick (policy), technicians do not accept (transition role).
    expect(codeOf(await tick(api, ws.checklist[0].id, { session: coordinator }))).toBe('FORBIDDEN');
    const first = await tick(api, ws.checklist[0].id, { session: technician });
    expect(first.data?.tickChecklistStep).toMatchObject({
      cutoverStatus: 'PREPARED',
      cutoverStatusByName: 'Test TECHNICIAN',
    });

    const early = await transition(api, ws.id, 'PREPARED', 'MIGRATED', { session: technician });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    const missing = ws.checklist.slice(1).map((s) => s.label);
    expect(early.errors?.[0].extensions).toMatchObject({ refusal: 'STEPS_MISSING', missingSteps: missing });
    expect(early.errors?.[0].message).toContain(missing.join(', '));

    const noReason = await transition(api, ws.id, 'PREPARED', 'ROLLED_BACK', { session: technician, reason: '  ' });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors?.[0].extensions).toMatchObject({
      refusal: 'REASON_REQUIRED',
      fields: [{ field: 'reason' }],
    });

    const skip = await transition(api, ws.id, 'PREPARED', 'ACCEPTED', { session: coordinator });
    expect(codeOf(skip)).toBe('BAD_USER_INPUT');
    expect(skip.errors?.[0].extensions).toMatchObject({ refusal: 'NOT_ALLOWED' });
    const same = await transition(api, ws.id, 'PREPARED', 'PREPARED');
    expect(same.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', refusal: 'SAME_STATUS' });
    const stale = await transition(api, ws.id, 'PLANNED', 'PREPARED');
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'PREPARED' });

    await tickAll(api, await workstation(api, ws.id));
    const migrated = await transition(api, ws.id, 'PREPARED', 'MIGRATED', { session: technician });
    expect(migrated.data?.transitionWorkstation.cutoverStatus).toBe('MIGRATED');
    expect(codeOf(await untick(api, ws.checklist[0].id, { session: technician }))).toBe('CONFLICT');
    const notTickable = await tick(api, ws.checklist[0].id, { session: technician });
    expect(notTickable.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_TICKABLE' });

    const byTechnician = await transition(api, ws.id, 'MIGRATED', 'ACCEPTED', { session: technician });
    expect(codeOf(byTechnician)).toBe('FORBIDDEN');
    expect(byTechnician.errors?.[0].extensions).toMatchObject({ refusal: 'ROLE' });
    const accepted = await transition(api, ws.id, 'MIGRATED', 'ACCEPTED', { session: coordinator });
    expect(accepted.data?.transitionWorkstation).toMatchObject({
      cutoverStatus: 'ACCEPTED',
      cutoverStatusByName: 'Test COORDINATOR',
      cutoverStatusReason: null,
    });
  });

  it('rolls back with a reason from any state and resumes without it', async () => {
    const rolled = await transition(api, ws.id, 'ACCEPTED', 'ROLLED_BACK', {
      session: technician,
      reason: 'Drucker defekt',
    });
    expect(rolled.data?.transitionWorkstation).toMatchObject({
      cutoverStatus: 'ROLLED_BACK',
      cutoverStatusReason: 'Drucker defekt',
    });
    const resumed = await transition(api, ws.id, 'ROLLED_BACK', 'PREPARED', { session: technician });
    expect(resumed.data?.transitionWorkstation).toMatchObject({ cutoverStatus: 'PREPARED', cutoverStatusReason: null });
    // Work done stays done; unticking is possible again while prepared.
    const undone = await untick(api, ws.checklist[0].id, { session: technician });
    expect(undone.data?.untickChecklistStep.checklist[0]).toMatchObject({ done: false, doneByName: null });
  });
});

describe("the technician's day", () => {
  it('lists today’s workstations at the own locations by location, room (empty last) and name', async () => {
    const tenant = await aTenant().create(api);
    const own = await plannedSite(api, { tenant, cutoverDate: today, count: 0 });
    const other = await plannedSite(api, { tenant, cutoverDate: today, count: 1 });
    const tomorrow = await plannedSite(api, { tenant, cutoverDate: '2099-01-01', count: 1 });
    const names: [string, string | null][] = [
      ['AP-B', 'OG 1.02'],
      ['AP-A', 'OG 1.02'],
      ['AP-C', null],
      ['AP-D', 'EG 0.01'],
    ];
    for (const [name, room] of names) await aWorkstation().at(own.location).with({ name, room }).create(api);
    const technician = await loginAs(api, 'TECHNICIAN', { locationIds: [own.location.id, tomorrow.location.id] });

    const day = await api.gql<{ technicianWorkstations: WorkstationState[] }>(DAY, {}, { session: technician });
    expect(day.technicianWorkstations.map((w) => w.name)).toEqual(['AP-D', 'AP-A', 'AP-B', 'AP-C']);
    expect(day.technicianWorkstations[0].checklist).toHaveLength(DEFAULT_CHECKLIST_STEPS.length);
    // The admin sees both of today's locations of the tenant; a date picks another day.
    const all = await api.gql<{ technicianWorkstations: WorkstationState[] }>(DAY, { locationId: other.location.id });
    expect(all.technicianWorkstations.map((w) => w.id)).toEqual([other.workstations[0].id]);
    const later = await api.gql<{ technicianWorkstations: WorkstationState[] }>(
      DAY,
      { date: '2099-01-01' },
      { session: technician },
    );
    expect(later.technicianWorkstations.map((w) => w.id)).toEqual([tomorrow.workstations[0].id]);

    // Another location's step does not exist for the technician.
    const foreign = await tick(api, other.workstations[0].checklist[0].id, { session: technician });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const foreignMove = await transition(api, other.workstations[0].id, 'PLANNED', 'ROLLED_BACK', {
      session: technician,
      reason: 'x',
    });
    expect(codeOf(foreignMove)).toBe('NOT_FOUND');
    expect((await workstation(api, other.workstations[0].id)).cutoverStatus).toBe('PLANNED');
  });
});
