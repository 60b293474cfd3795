import { describe, expect, it } from '@jest/globals';
import type { TechnicianWorkstationFragment } from '../../../generated/graphql';
import { applyPending, missingRequiredSteps } from './apply-pending';
import { tickOp, transitionOp, untickOp } from './make-op';

function step(id: string, required: boolean, done = false) {
  return {
    id,
    workstationId: 'ws-1',
    position: Number(id.slice(1)),
    label: `Schritt ${id}`,
    required,
    needsEvidence: false,
    done,
    doneAt: null,
    doneByName: null,
    evidence: null,
  };
}

const workstation: TechnicianWorkstationFragment = {
  id: 'ws-1',
  tenantId: 't-1',
  name: 'AP-001',
  room: '101',
  version: 1,
  targetDeviceSerial: null,
  cutoverStatus: 'PREPARED',
  cutoverStatusReason: null,
  cutoverStatusAt: null,
  cutoverStatusByName: null,
  location: { id: 'l-1', name: 'Rathaus', cutoverDate: '2027-01-01', cutoverWindowStart: null, cutoverWindowEnd: null },
  persons: [],
  checklist: [step('s1', true), step('s2', true, true), step('s3', false)],
};
const target = { workstationId: 'ws-1', label: 'AP-001' };

describe('applyPending', () => {
  it('shows queued ticks, unticks and status changes on top of the server state, in queue order', () => {
    const ops = [
      tickOp(target, 's1', null),
      untickOp(target, 's2'),
      tickOp(target, 's2', 'N-7'),
      transitionOp(target, 'PREPARED', 'ROLLED_BACK', 'Kabel fehlt'),
    ];
    const view = applyPending([workstation], ops);
    const [shown] = view.workstations;
    expect(shown.checklist.map((s) => [s.id, s.done, s.evidence])).toEqual([
      ['s1', true, null],
      ['s2', true, 'N-7'],
      ['s3', false, null],
    ]);
    expect(shown.cutoverStatus).toBe('ROLLED_BACK');
    expect(shown.cutoverStatusReason).toBe('Kabel fehlt');
    expect([...view.pendingStepIds].sort()).toEqual(['s1', 's2']);
    expect([...view.pendingWorkstationIds]).toEqual(['ws-1']);
    // The server's object itself is left as it was.
    expect(workstation.checklist[0].done).toBe(false);
  });

  it('shows a planned workstation as prepared after its first tick, as the server does', () => {
    const planned = { ...workstation, cutoverStatus: 'PLANNED' as const };
    expect(applyPending([planned], [tickOp(target, 's1', null)]).workstations[0].cutoverStatus).toBe('PREPARED');
    expect(applyPending([planned], [untickOp(target, 's2')]).workstations[0].cutoverStatus).toBe('PLANNED');
  });

  it('lists the required steps still missing', () => {
    expect(missingRequiredSteps(workstation)).toEqual(['Schritt s1']);
    const [ticked] = applyPending([workstation], [tickOp(target, 's1', null)]).workstations;
    expect(missingRequiredSteps(ticked)).toEqual([]);
  });
});
