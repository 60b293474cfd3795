import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loginAs } from './support/accounts';
import {
  auditCount,
  codeOf,
  ownerCount,
  plannedSite,
  tick,
  tickAll,
  transition,
  untick,
  workstation,
  type WorkstationState,
} from './support/cutover';
import { startTestApp, type Session, type TestApp } from './support/test-app';

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp('cutover_concurrency');
});
afterAll(() => api.close());

const operations = (workstationId: string) =>
  ownerCount(api, `SELECT count(*)::int AS n FROM cutover_operation WHERE workstation_id = $1`, [workstationId]);

describe('parallel ticks', () => {
  it('applies 40 parallel ticks (same steps, replayed op ids) exactly once each', async () => {
    const { location, workstations } = await plannedSite(api);
    const ws = workstations[0];
    const technicians: Session[] = [
      await loginAs(api, 'TECHNICIAN', { locationIds: [location.id] }),
      await loginAs(api, 'TECHNICIAN', { locationIds: [location.id] }),
    ];
    const evidence = (i: number) => (ws.checklist[i].needsEvidence ? `NW-${i}` : undefined);
    // 7 steps × 4 different op ids from alternating technicians = 28, and 3 op ids sent 4 times each = 12.
    const calls: { stepIndex: number; opId: string; session: Session }[] = [];
    for (let i = 0; i < ws.checklist.length; i++) {
      for (let k = 0; k < 4; k++) calls.push({ stepIndex: i, opId: randomUUID(), session: technicians[k % 2] });
    }
    const replayed = [randomUUID(), randomUUID(), randomUUID()];
    replayed.forEach((opId, r) => {
      for (let k = 0; k < 4; k++) calls.push({ stepIndex: r, opId, session: technicians[k % 2] });
    });
    expect(calls).toHaveLength(40);

    const results = await Promise.all(
      calls.map((c) =>
        tick(api, ws.checklist[c.stepIndex].id, { opId: c.opId, session: c.session, evidence: evidence(c.stepIndex) }),
      ),
    );

    expect(results.map((r) => r.errors ?? null)).toEqual(calls.map(() => null));
    const after = await workstation(api, ws.id);
    expect(after.cutoverStatus).toBe('PREPARED');
    expect(after.checklist.map((s) => s.done)).toEqual(ws.checklist.map(() => true));
    expect(await auditCount(api, ws.id, 'TICK')).toBe(ws.checklist.length);
    expect(await auditCount(api, ws.id, 'STATUS_CHANGE')).toBe(1);
    expect(await operations(ws.id)).toBe(28 + replayed.length);
    const stepRows = await ownerCount(
      api,
      `SELECT count(*)::int AS n FROM checklist_step WHERE workstation_id = $1 AND done_at IS NOT NULL`,
      [ws.id],
    );
    expect(stepRows).toBe(ws.checklist.length);
  }, 60_000);

  it('ticks several workstations in parallel without deadlocks', async () => {
    const { workstations } = await plannedSite(api, { count: 4 });
    const results = await Promise.all(
      workstations.flatMap((ws) =>
        ws.checklist.map((s) => tick(api, s.id, { evidence: s.needsEvidence ? 'NW-1' : undefined })),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    for (const ws of workstations) {
      expect(await auditCount(api, ws.id, 'TICK')).toBe(ws.checklist.length);
      expect((await workstation(api, ws.id)).checklist.every((s) => s.done)).toBe(true);
    }
  }, 60_000);
});

describe('conflicting transitions', () => {
  let coordinator: Session;
  let migrated: WorkstationState;

  beforeAll(async () => {
    const site = await plannedSite(api);
    coordinator = await loginAs(api, 'COORDINATOR', { tenantIds: [site.tenant.id] });
    migrated = site.workstations[0];
    await tickAll(api, migrated);
    expect(codeOf(await transition(api, migrated.id, 'PREPARED', 'MIGRATED'))).toBeUndefined();
  });

  it('lets exactly one of 10 parallel transitions from MIGRATED win', async () => {
    const before = await auditCount(api, migrated.id, 'STATUS_CHANGE');
    const targets = Array.from({ length: 10 }, (_, i) => (i % 2 ? 'ACCEPTED' : 'ROLLED_BACK'));
    const results = await Promise.all(
      targets.map((to, i) =>
        transition(api, migrated.id, 'MIGRATED', to, {
          session: i % 3 ? coordinator : api.admin,
          reason: to === 'ROLLED_BACK' ? `Grund ${i}` : undefined,
        }),
      ),
    );
    const winners = results.map((r, i) => ({ r, to: targets[i] })).filter(({ r }) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(Array(9).fill('CONFLICT'));
    const after = await workstation(api, migrated.id);
    expect(after.cutoverStatus).toBe(winners[0].to);
    expect(await auditCount(api, migrated.id, 'STATUS_CHANGE')).toBe(before + 1);
    // The losers are told what happened instead.
    const loser = results.find((r) => r.errors)?.errors?.[0];
    expect(loser?.extensions).toMatchObject({ currentStatus: winners[0].to, reason: 'STATUS_CHANGED' });
  }, 60_000);
});

describe('replays and conflicts after the fact', () => {
  it('refuses a tick after a rollback with who rolled it back and why', async () => {
    const { location, workstations } = await plannedSite(api);
    const ws = workstations[0];
    const technician = await loginAs(api, 'TECHNICIAN', { locationIds: [location.id] });
    expect(codeOf(await transition(api, ws.id, 'PLANNED', 'ROLLED_BACK', { reason: 'Raum gesperrt' }))).toBeUndefined();
    const res = await tick(api, ws.checklist[0].id, { session: technician });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toContain('rolled back meanwhile by Test ADMIN: Raum gesperrt');
    expect(res.errors?.[0].extensions).toMatchObject({
      reason: 'ROLLED_BACK',
      currentStatus: 'ROLLED_BACK',
      statusByName: 'Test ADMIN',
      statusReason: 'Raum gesperrt',
    });
    expect((await workstation(api, ws.id)).checklist[0].done).toBe(false);
  });

  it('answers a replayed op id with the current state and applies nothing again', async () => {
    const ws = (await plannedSite(api)).workstations[0];
    const opId = randomUUID();
    const first = await tick(api, ws.checklist[0].id, { opId });
    expect(first.data?.tickChecklistStep.checklist[0].done).toBe(true);
    expect(codeOf(await untick(api, ws.checklist[0].id))).toBeUndefined();
    const replay = await tick(api, ws.checklist[0].id, { opId });
    expect(replay.errors).toBeUndefined();
    expect(replay.data?.tickChecklistStep.checklist[0].done).toBe(false);
    expect(await auditCount(api, ws.id, 'TICK')).toBe(1);
    expect(await auditCount(api, ws.id, 'UNTICK')).toBe(1);

    const move = randomUUID();
    const rolled = await transition(api, ws.id, 'PREPARED', 'ROLLED_BACK', { opId: move, reason: 'Kein Strom' });
    expect(rolled.data?.transitionWorkstation.cutoverStatus).toBe('ROLLED_BACK');
    const again = await transition(api, ws.id, 'PREPARED', 'ROLLED_BACK', { opId: move, reason: 'Kein Strom' });
    expect(again.errors).toBeUndefined();
    expect(again.data?.transitionWorkstation.cutoverStatusReason).toBe('Kein Strom');
    expect(await auditCount(api, ws.id, 'STATUS_CHANGE')).toBe(2);
  });

  it('keeps a failed op id free, so the device can retry it', async () => {
    const ws = (await plannedSite(api)).workstations[0];
    const wipe = ws.checklist.find((s) => s.needsEvidence);
    const opId = randomUUID();
    const missing = await tick(api, String(wipe?.id), { opId });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].extensions?.fields).toEqual([{ field: 'evidence', message: expect.any(String) }]);
    const retried = await tick(api, String(wipe?.id), { opId, evidence: 'NW-2026-0815' });
    expect(retried.errors).toBeUndefined();
    const step = retried.data?.tickChecklistStep.checklist.find((s) => s.id === wipe?.id);
    expect(step).toMatchObject({ done: true, evidence: 'NW-2026-0815', doneByName: 'Test ADMIN' });
  });
});
