import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import type { TenantScope } from './request-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Until accounts exist (issue #3) the scope comes from the `x-tenant-id` header (one id or a
 * comma-separated list); without it the request has the provider-admin scope. The mechanism
 * behind it (SET LOCAL + forced RLS) is final; only the source of the scope will change.
 */
export function scopeFromRequest(req: Request): TenantScope {
  const header = req.headers['x-tenant-id'];
  if (header === undefined) return { kind: 'all' };
  const ids = (Array.isArray(header) ? header.join(',') : header)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = ids.find((id) => !UUID.test(id));
  if (bad !== undefined) {
    throw new GraphQLError(`x-tenant-id: "${bad.slice(0, 60)}" is not a valid id`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return { kind: 'tenants', tenantIds: ids };
}
