import type { PhaseStatus } from '@schaltplan/domain';
import type { PseudonymiseTenantMutation } from '../../../generated/graphql';

/** What the server reports after pseudonymising. */
export type PseudonymisationOutcome = PseudonymiseTenantMutation['pseudonymiseTenant'];

/** Where a Verwaltung stands: Abschluss not yet done, ready to pseudonymise, or done (for good). */
export type ClosureState = 'closureOpen' | 'ready' | 'pseudonymised';

export function closureState(preview: { closureStatus: PhaseStatus; pseudonymisedAt: string | null }): ClosureState {
  if (preview.pseudonymisedAt) return 'pseudonymised';
  return preview.closureStatus === 'DONE' ? 'ready' : 'closureOpen';
}

/** The second confirmation step: the name exactly as stored (no trimming, case counts). */
export const nameConfirmed = (typed: string, name: string): boolean => typed === name;
