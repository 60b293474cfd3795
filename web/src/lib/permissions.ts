import type { Role } from '@schaltplan/domain';

/**
 * What the UI offers per role (docs/policy-table.md). The server enforces the same table
 * regardless; this only hides buttons and pages a role could not use anyway.
 */
export type Permission =
  /** Create, edit, delete and assign inventory objects (Standorte, Personen, Drucker …). */
  | 'inventory.write'
  /** Edit a Verwaltung's own facts. */
  | 'tenant.update'
  /** Create and delete Verwaltungen. */
  | 'tenant.manage'
  /** The account administration (Konten). */
  | 'accounts.manage'
  /** Confirm or reject a person's mappings (the Verwaltung's coordinator). */
  | 'confirmations.decide'
  /** Phases, waves and cutover dates of the migration plan. */
  | 'plan.write'
  /** Record, change and delete test runs. */
  | 'testruns.write'
  /** Sign off a test run: the responsible department (coordinator). */
  | 'testruns.signoff'
  /** Create, edit, close and reopen blockers. */
  | 'blockers.write'
  | 'checklists.write'
  | 'cutover.tick'
  | 'cutover.transition'
  /** Download the committee status report (PDF). */
  | 'reports.read'
  /** Print a Standort's technician sheet. */
  | 'reports.sheet'
  /** Download the provisioning export (build list of the target environment). */
  | 'exports.provisioning'
  /** DSGVO Art. 15 access report of a person. */
  | 'privacy.access'
  /** Pseudonymise a Verwaltung's persons after closure (irreversible). */
  | 'privacy.pseudonymise'
  /** Download a Verwaltung's full exit archive. */
  | 'exports.exit'
  /** Import an exit archive as a new Verwaltung. */
  | 'exports.exitImport';

const TABLE: Record<Permission, readonly Role[]> = {
  'inventory.write': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR'],
  'tenant.update': ['ADMIN', 'PROJECT_MANAGER'],
  'tenant.manage': ['ADMIN'],
  'accounts.manage': ['ADMIN'],
  'confirmations.decide': ['ADMIN', 'COORDINATOR'],
  'plan.write': ['ADMIN', 'PROJECT_MANAGER'],
  'testruns.write': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR'],
  'testruns.signoff': ['ADMIN', 'COORDINATOR'],
  'blockers.write': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR'],
  // Checklist templates are the provider's runbook.
  'checklists.write': ['ADMIN', 'PROJECT_MANAGER'],
  // Ticking steps is the technicians' work on the device.
  'cutover.tick': ['ADMIN', 'PROJECT_MANAGER', 'TECHNICIAN'],
  // Status changes; which role may set which status is TRANSITION_ROLES in packages/domain.
  'cutover.transition': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'TECHNICIAN'],
  'reports.read': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'VIEWER'],
  'reports.sheet': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'TECHNICIAN', 'VIEWER'],
  // Personal data leaving Schaltplan in bulk: only the provider's admins and project managers.
  'exports.provisioning': ['ADMIN', 'PROJECT_MANAGER'],
  'privacy.access': ['ADMIN', 'PROJECT_MANAGER'],
  'privacy.pseudonymise': ['ADMIN', 'PROJECT_MANAGER'],
  'exports.exit': ['ADMIN', 'PROJECT_MANAGER'],
  // Creates a Verwaltung (policy tenants.admin on the server).
  'exports.exitImport': ['ADMIN'],
};

export function roleCan(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && TABLE[permission].includes(role);
}

/** Whether an account with these tenant links works in the Verwaltung (an admin works in all). */
export function roleSeesTenant(role: Role | null | undefined, tenantIds: readonly string[], tenantId: string): boolean {
  if (!role) return false;
  return role === 'ADMIN' || tenantIds.includes(tenantId);
}
