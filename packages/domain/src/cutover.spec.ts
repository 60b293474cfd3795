import { describe, expect, it } from '@jest/globals';
import { ROLES, type Role } from './accounts';
import { checkTransition, TRANSITION_REFUSAL_LABELS, WORKSTATION_STATUSES, type WorkstationStatus } from './index';

// The lifecycle written out by hand, independent of the table in cutover.ts.
const ALLOWED: [WorkstationStatus, WorkstationStatus][] = [
  ['PLANNED', 'PREPARED'],
  ['PREPARED', 'MIGRATED'],
  ['MIGRATED', 'ACCEPTED'],
  ['PLANNED', 'ROLLED_BACK'],
  ['PREPARED', 'ROLLED_BACK'],
  ['MIGRATED', 'ROLLED_BACK'],
  ['ACCEPTED', 'ROLLED_BACK'],
  ['ROLLED_BACK', 'PLANNED'],
  ['ROLLED_BACK', 'PREPARED'],
];
const allowed = (from: WorkstationStatus, to: WorkstationStatus): boolean =>
  ALLOWED.some(([f, t]) => f === from && t === to);

const roleFor = (to: WorkstationStatus): Role => (to === 'ACCEPTED' ? 'COORDINATOR' : 'TECHNICIAN');
const pairs = WORKSTATION_STATUSES.flatMap((from) => WORKSTATION_STATUSES.map((to) => [from, to] as const));

describe('workstation lifecycle', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(checkTransition({ from, to, role: roleFor(to), reason: 'Drucker fehlt', missingRequiredSteps: 0 })).toBe(
      null,
    );
  });

  it.each(pairs.filter(([from, to]) => from !== to && !allowed(from, to)))('forbids %s → %s', (from, to) => {
    expect(checkTransition({ from, to, role: 'ADMIN', reason: 'x', missingRequiredSteps: 0 })).toBe('NOT_ALLOWED');
  });

  it.each(WORKSTATION_STATUSES)('refuses %s → itself', (status) => {
    expect(checkTransition({ from: status, to: status, role: 'ADMIN', reason: 'x', missingRequiredSteps: 0 })).toBe(
      'SAME_STATUS',
    );
  });

  it('reaches umgestellt only when every required step is done', () => {
    const req = { from: 'PREPARED', to: 'MIGRATED', role: 'TECHNICIAN' } as const;
    expect(checkTransition({ ...req, missingRequiredSteps: 1 })).toBe('STEPS_MISSING');
    expect(checkTransition({ ...req, missingRequiredSteps: 0 })).toBe(null);
  });

  it.each(['PLANNED', 'PREPARED', 'MIGRATED', 'ACCEPTED'] as const)('rolls back from %s only with a reason', (from) => {
    const req = { from, to: 'ROLLED_BACK', role: 'TECHNICIAN', missingRequiredSteps: 3 } as const;
    expect(checkTransition({ ...req, reason: null })).toBe('REASON_REQUIRED');
    expect(checkTransition({ ...req, reason: '   ' })).toBe('REASON_REQUIRED');
    expect(checkTransition({ ...req, reason: 'Netzwerkdose defekt' })).toBe(null);
  });

  it('lets only coordinator, project manager or admin accept', () => {
    const accept = (role: Role) => checkTransition({ from: 'MIGRATED', to: 'ACCEPTED', role, missingRequiredSteps: 0 });
    expect(ROLES.filter((role) => accept(role) === null).sort()).toEqual(['ADMIN', 'COORDINATOR', 'PROJECT_MANAGER']);
  });

  it('keeps coordinators and viewers out of the technical work', () => {
    for (const role of ['COORDINATOR', 'VIEWER'] as const) {
      expect(checkTransition({ from: 'PLANNED', to: 'PREPARED', role, missingRequiredSteps: 0 })).toBe('ROLE');
      expect(checkTransition({ from: 'PREPARED', to: 'MIGRATED', role, missingRequiredSteps: 0 })).toBe('ROLE');
    }
    expect(
      checkTransition({ from: 'PLANNED', to: 'ROLLED_BACK', role: 'VIEWER', reason: 'x', missingRequiredSteps: 0 }),
    ).toBe('ROLE');
  });

  it('has a German and English message for every refusal', () => {
    for (const label of Object.values(TRANSITION_REFUSAL_LABELS)) {
      expect(label.de.length).toBeGreaterThan(10);
      expect(label.en.length).toBeGreaterThan(10);
    }
  });
});
