import type { Role } from './accounts';
import { type LabelMap, valuesOf } from './labels';

/** Where a workstation stands on the cutover night (DOMAIN.md "Umstellung"). */
export type WorkstationStatus = 'PLANNED' | 'PREPARED' | 'MIGRATED' | 'ACCEPTED' | 'ROLLED_BACK';
export const WORKSTATION_STATUS_LABELS: LabelMap<WorkstationStatus> = {
  PLANNED: { de: 'Geplant', en: 'Planned' },
  PREPARED: { de: 'Vorbereitet', en: 'Prepared' },
  MIGRATED: { de: 'Umgestellt', en: 'Migrated' },
  ACCEPTED: { de: 'Abgenommen', en: 'Accepted' },
  ROLLED_BACK: { de: 'Zurückgestellt', en: 'Rolled back' },
};
export const WORKSTATION_STATUSES = valuesOf(WORKSTATION_STATUS_LABELS);

/** Statuses in which the workstation still counts as "to do" on the burndown. */
export const REMAINING_STATUSES: readonly WorkstationStatus[] = ['PLANNED', 'PREPARED', 'ROLLED_BACK'];

/**
 * The lifecycle: geplant → vorbereitet → umgestellt → abgenommen, and from any state to
 * zurückgestellt (with a reason), from where the work resumes at geplant or vorbereitet.
 */
export const WORKSTATION_TRANSITIONS: Readonly<Record<WorkstationStatus, readonly WorkstationStatus[]>> = {
  PLANNED: ['PREPARED', 'ROLLED_BACK'],
  PREPARED: ['MIGRATED', 'ROLLED_BACK'],
  MIGRATED: ['ACCEPTED', 'ROLLED_BACK'],
  ACCEPTED: ['ROLLED_BACK'],
  ROLLED_BACK: ['PLANNED', 'PREPARED'],
};

/** Who may move a workstation into a status: technicians do the work, coordinators accept it. */
export const TRANSITION_ROLES: Readonly<Record<WorkstationStatus, readonly Role[]>> = {
  PLANNED: ['ADMIN', 'PROJECT_MANAGER', 'TECHNICIAN'],
  PREPARED: ['ADMIN', 'PROJECT_MANAGER', 'TECHNICIAN'],
  MIGRATED: ['ADMIN', 'PROJECT_MANAGER', 'TECHNICIAN'],
  ACCEPTED: ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR'],
  ROLLED_BACK: ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'TECHNICIAN'],
};

/** Checklist ticks are work on the device: only before it counts as umgestellt. */
export const TICKABLE_STATUSES: readonly WorkstationStatus[] = ['PLANNED', 'PREPARED'];

export interface TransitionRequest {
  from: WorkstationStatus;
  to: WorkstationStatus;
  role: Role;
  reason?: string | null;
  /** Required checklist steps not yet done. */
  missingRequiredSteps: number;
}

/** Why a transition is refused, as a code the UI translates; null when it is allowed. */
export type TransitionRefusal = 'SAME_STATUS' | 'NOT_ALLOWED' | 'ROLE' | 'REASON_REQUIRED' | 'STEPS_MISSING';

export function checkTransition(req: TransitionRequest): TransitionRefusal | null {
  if (req.from === req.to) return 'SAME_STATUS';
  if (!WORKSTATION_TRANSITIONS[req.from].includes(req.to)) return 'NOT_ALLOWED';
  if (!TRANSITION_ROLES[req.to].includes(req.role)) return 'ROLE';
  if (req.to === 'ROLLED_BACK' && !req.reason?.trim()) return 'REASON_REQUIRED';
  if (req.to === 'MIGRATED' && req.missingRequiredSteps > 0) return 'STEPS_MISSING';
  return null;
}

export const TRANSITION_REFUSAL_LABELS: LabelMap<TransitionRefusal> = {
  SAME_STATUS: { de: 'Der Arbeitsplatz hat diesen Status bereits.', en: 'The workstation already has this status.' },
  NOT_ALLOWED: {
    de: 'Dieser Statuswechsel ist im Ablauf nicht vorgesehen.',
    en: 'This status change is not part of the lifecycle.',
  },
  ROLE: { de: 'Ihre Rolle darf diesen Status nicht setzen.', en: 'Your role may not set this status.' },
  REASON_REQUIRED: {
    de: 'Bitte einen Grund für die Zurückstellung angeben.',
    en: 'Please give a reason for the rollback.',
  },
  STEPS_MISSING: {
    de: 'Es sind noch nicht alle Pflichtschritte erledigt.',
    en: 'Not all required steps are done yet.',
  },
};

export interface ChecklistStepTemplate {
  label: string;
  required: boolean;
  /** The step asks for a reference number (e.g. the disk wipe certificate). */
  needsEvidence: boolean;
}

/** The German default steps every new Verwaltung's standard template starts with. */
export const DEFAULT_CHECKLIST_STEPS: readonly ChecklistStepTemplate[] = [
  { label: 'Thin Client aufgestellt', required: true, needsEvidence: false },
  { label: 'Anmeldung erfolgreich', required: true, needsEvidence: false },
  { label: 'Standarddrucker druckt', required: true, needsEvidence: false },
  { label: 'Laufwerke verbunden', required: true, needsEvidence: false },
  { label: 'Fachverfahren starten', required: true, needsEvidence: false },
  { label: 'Altgerät abgebaut', required: true, needsEvidence: false },
  { label: 'Datenträger gelöscht (Nachweis-Nr.)', required: true, needsEvidence: true },
];
export const DEFAULT_CHECKLIST_TEMPLATE_NAME = 'Standard-Arbeitsplatz';

/** Bounds shared by the API's validation and the template form. */
export const CHECKLIST_LIMITS = { steps: 40, label: 200, evidence: 200, reason: 1000, templateName: 120 } as const;
