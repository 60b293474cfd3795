import type { TechnicianWorkstationFragment } from '../../../generated/graphql';
import type { QueuedOp } from './op-queue';

export interface PendingView {
  workstations: TechnicianWorkstationFragment[];
  /** Steps and workstations with an op not yet confirmed by the server. */
  pendingStepIds: ReadonlySet<string>;
  pendingWorkstationIds: ReadonlySet<string>;
}

/**
 * The server's last answer with the queued ops applied on top, in queue order: what the
 * technician did is what the screen shows, also after a reload while offline.
 */
export function applyPending(
  workstations: readonly TechnicianWorkstationFragment[],
  ops: readonly QueuedOp[],
): PendingView {
  const pendingStepIds = new Set<string>();
  const pendingWorkstationIds = new Set<string>();
  const byId = new Map(workstations.map((w) => [w.id, w]));
  for (const op of ops) {
    const workstation = byId.get(op.workstationId);
    if (!workstation) continue;
    pendingWorkstationIds.add(workstation.id);
    if (op.kind === 'TRANSITION') {
      const { to, reason } = op.variables.input;
      byId.set(workstation.id, {
        ...workstation,
        cutoverStatus: to,
        cutoverStatusReason: to === 'ROLLED_BACK' ? (reason ?? null) : null,
      });
      continue;
    }
    const { stepId } = op.variables.input;
    pendingStepIds.add(stepId);
    const evidence = op.kind === 'TICK' ? (op.variables.input.evidence ?? null) : null;
    byId.set(workstation.id, {
      ...workstation,
      // Like the server: the first tick on a planned workstation means work has started.
      cutoverStatus:
        op.kind === 'TICK' && workstation.cutoverStatus === 'PLANNED' ? 'PREPARED' : workstation.cutoverStatus,
      checklist: workstation.checklist.map((step) =>
        step.id === stepId ? { ...step, done: op.kind === 'TICK', evidence } : step,
      ),
    });
  }
  return {
    workstations: workstations.map((w) => byId.get(w.id) ?? w),
    pendingStepIds,
    pendingWorkstationIds,
  };
}

/** Required steps not yet done: what stands between the workstation and "umgestellt". */
export function missingRequiredSteps(workstation: TechnicianWorkstationFragment): string[] {
  return workstation.checklist.filter((step) => step.required && !step.done).map((step) => step.label);
}
