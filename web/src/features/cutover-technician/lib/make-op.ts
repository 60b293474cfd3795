import type { WorkstationStatus } from '@schaltplan/domain';
import type { QueuedOp } from './op-queue';

/** A v4 UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newOpId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface Target {
  workstationId: string;
  label: string;
}

export function tickOp(target: Target, stepId: string, evidence: string | null, opId = newOpId()): QueuedOp {
  const input = evidence ? { opId, stepId, evidence } : { opId, stepId };
  return { opId, kind: 'TICK', createdAt: new Date().toISOString(), ...target, variables: { input } };
}

export function untickOp(target: Target, stepId: string, opId = newOpId()): QueuedOp {
  return {
    opId,
    kind: 'UNTICK',
    createdAt: new Date().toISOString(),
    ...target,
    variables: { input: { opId, stepId } },
  };
}

export function transitionOp(
  target: Target,
  from: WorkstationStatus,
  to: WorkstationStatus,
  reason: string | null,
  opId = newOpId(),
): QueuedOp {
  const input = { opId, workstationId: target.workstationId, from, to, ...(reason ? { reason } : {}) };
  return { opId, kind: 'TRANSITION', createdAt: new Date().toISOString(), ...target, variables: { input } };
}
