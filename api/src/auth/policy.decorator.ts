import { SetMetadata } from '@nestjs/common';

/**
 * Operations a resolver can declare; policies.ts maps each to the roles allowed. The guard
 * refuses any operation without one (deny by default).
 */
export type PolicyName =
  | 'public'
  | 'session.self'
  | 'inventory.read'
  | 'inventory.write'
  | 'tenants.read'
  | 'tenants.write'
  | 'tenants.admin'
  | 'accounts.admin'
  | 'plan.read'
  | 'plan.write'
  | 'confirmations.decide'
  | 'testruns.write'
  | 'testruns.signoff'
  | 'blockers.write'
  | 'checklists.write'
  | 'cutover.tick'
  | 'cutover.transition'
  | 'reports.read'
  | 'reports.sheet'
  | 'exports.provisioning'
  | 'privacy.access'
  | 'privacy.pseudonymise'
  | 'exports.exit';

export const POLICY_KEY = 'schaltplan:policy';

/** Declares the access policy of a resolver operation (or, on a class, of its field resolvers). */
export const Policy = (name: PolicyName): MethodDecorator & ClassDecorator => SetMetadata(POLICY_KEY, name);
