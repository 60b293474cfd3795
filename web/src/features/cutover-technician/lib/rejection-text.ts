import {
  TRANSITION_REFUSAL_LABELS,
  WORKSTATION_STATUS_LABELS,
  type TransitionRefusal,
  type WorkstationStatus,
} from '@schaltplan/domain';
import type { RejectedOp } from './op-queue';

type ConflictKey =
  | 'technician.conflicts.someone'
  | 'technician.conflicts.rolledBack'
  | 'technician.conflicts.rolledBackBecause'
  | 'technician.conflicts.statusChanged'
  | 'technician.conflicts.missing';
type Translate = (
  key: ConflictKey,
  options?: { by?: string; reason?: string; status?: string; steps?: string },
) => string;
type Language = 'de' | 'en';

const isStatus = (value: string | undefined): value is WorkstationStatus =>
  value !== undefined && value in WORKSTATION_STATUS_LABELS;
const isRefusal = (value: string | undefined): value is TransitionRefusal =>
  value !== undefined && value in TRANSITION_REFUSAL_LABELS;

/**
 * Why the server refused an op, in the UI language: conflicts and lifecycle refusals are worded
 * from their codes; anything else shows the server's own message, so nothing is swallowed.
 */
export function rejectionText(entry: RejectedOp, t: Translate, language: Language): string {
  const d = entry.details ?? {};
  const by = d.statusByName ?? t('technician.conflicts.someone');
  if (entry.code === 'CONFLICT' && isStatus(d.currentStatus)) {
    const status = WORKSTATION_STATUS_LABELS[d.currentStatus][language];
    if (d.currentStatus === 'ROLLED_BACK') {
      return d.statusReason
        ? t('technician.conflicts.rolledBackBecause', { by, reason: d.statusReason })
        : t('technician.conflicts.rolledBack', { by });
    }
    return t('technician.conflicts.statusChanged', { by, status });
  }
  if (isRefusal(d.refusal)) {
    const text = TRANSITION_REFUSAL_LABELS[d.refusal][language];
    return d.missingSteps?.length
      ? `${text} ${t('technician.conflicts.missing', { steps: d.missingSteps.join(', ') })}`
      : text;
  }
  return entry.message;
}
