import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GraphQLError } from 'graphql';
import { POLICY_KEY, type PolicyName } from './policy.decorator';

/** Deny by default: an operation without a declared policy is refused. */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<PolicyName | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      throw new GraphQLError('Access denied: this operation declares no access policy.', {
        extensions: { code: 'FORBIDDEN' },
      });
    }
    return true;
  }
}
