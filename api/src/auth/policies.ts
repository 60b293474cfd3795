import type { Role } from '@schaltplan/domain';
import type { PolicyName } from './policy.decorator';

/**
 * The policy table (docs/policy-table.md), in one place. Which rows a role reaches inside an
 * allowed operation is decided by the tenant/location scope and row-level security.
 * `null`: no session needed.
 */
export const POLICIES: Record<PolicyName, readonly Role[] | null> = {
  public: null,
  'session.self': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'TECHNICIAN', 'VIEWER'],
  'tenants.read': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'TECHNICIAN', 'VIEWER'],
  'tenants.write': ['ADMIN', 'PROJECT_MANAGER'],
  'tenants.admin': ['ADMIN'],
  'inventory.read': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'TECHNICIAN', 'VIEWER'],
  'inventory.write': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR'],
  'accounts.admin': ['ADMIN'],
  'plan.read': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'TECHNICIAN', 'VIEWER'],
  // Project managers plan phases, waves and dates; coordinators only confirm and sign off.
  'plan.write': ['ADMIN', 'PROJECT_MANAGER'],
  'confirmations.decide': ['ADMIN', 'COORDINATOR'],
  'testruns.write': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR'],
  'testruns.signoff': ['ADMIN', 'COORDINATOR'],
  'blockers.write': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR'],
  // Checklist templates are the provider's runbook.
  'checklists.write': ['ADMIN', 'PROJECT_MANAGER'],
  // Ticking steps is the technicians' work on the device.
  'cutover.tick': ['ADMIN', 'PROJECT_MANAGER', 'TECHNICIAN'],
  // Status changes; which role may set which status is TRANSITION_ROLES in packages/domain.
  'cutover.transition': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'TECHNICIAN'],
  // The committee report: everyone who follows the project, not the technicians (they get sheets).
  'reports.read': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'VIEWER'],
  // The technician sheet of a Standort, within the reader's scope.
  'reports.sheet': ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'TECHNICIAN', 'VIEWER'],
  // Personal data leaving Schaltplan in bulk: only the provider's admins and project managers.
  'exports.provisioning': ['ADMIN', 'PROJECT_MANAGER'],
  'privacy.access': ['ADMIN', 'PROJECT_MANAGER'],
  'privacy.pseudonymise': ['ADMIN', 'PROJECT_MANAGER'],
  'exports.exit': ['ADMIN', 'PROJECT_MANAGER'],
};

export function isAllowed(policy: PolicyName, role: Role | null): boolean {
  const roles = POLICIES[policy];
  if (roles === null) return true;
  return role !== null && roles.includes(role);
}
