import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { type GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import { AppError } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { isAllowed } from './policies';
import { POLICY_KEY, type PolicyName } from './policy.decorator';
import type { Principal } from './principal';
import { isSubscriptionContext } from './subscription-context';

/**
 * Deny by default: an operation without a declared policy is refused; one with a policy runs
 * only for the roles policies.ts lists. No session → UNAUTHENTICATED, wrong role → FORBIDDEN.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<PolicyName | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      throw new AppError('Access denied: this operation declares no access policy.', 'FORBIDDEN');
    }
    if (policy === 'public') return true;
    const principal = principalOf(context);
    if (!principal) throw new AppError('Please sign in.', 'UNAUTHENTICATED');
    if (!isAllowed(policy, principal.role)) {
      throw new AppError('Your role may not do this.', 'FORBIDDEN', { policy });
    }
    return true;
  }
}

/**
 * Subscriptions run outside any request (graphql-ws), so their principal comes from the
 * connection's context; a subscription without one (e.g. sent over HTTP) has none.
 */
function principalOf(context: ExecutionContext): Principal | null {
  if (context.getType<GqlContextType>() === 'graphql') {
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo<GraphQLResolveInfo>().operation.operation === OperationTypeNode.SUBSCRIPTION) {
      const ctx: unknown = gql.getContext();
      return isSubscriptionContext(ctx) ? ctx.principal : null;
    }
  }
  return RequestContext.current().principal;
}
