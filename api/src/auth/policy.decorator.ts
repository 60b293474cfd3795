import { SetMetadata } from '@nestjs/common';

/**
 * Operations a resolver can declare. Accounts and roles arrive with issue #3; until then the
 * guard still enforces that every operation names one (deny by default).
 */
export type PolicyName = 'inventory.read' | 'inventory.write' | 'tenants.read' | 'tenants.admin' | 'public';

export const POLICY_KEY = 'schaltplan:policy';

/** Declares the access policy of a resolver operation (or, on a class, of its field resolvers). */
export const Policy = (name: PolicyName): MethodDecorator & ClassDecorator => SetMetadata(POLICY_KEY, name);
