import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { POLICY_KEY, type PolicyName } from '../../src/auth/policy.decorator';

const RESOLVER_TYPE = 'graphql:resolver_type';

function resolverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? resolverFiles(join(dir, e.name)) : e.name.endsWith('.resolver.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * Root field → declared policy, read from the decorators of every resolver file under api/src
 * (so a resolver added later is found without being listed anywhere). `undefined`: no policy.
 */
export async function rootFieldPolicies(): Promise<Map<string, PolicyName | undefined>> {
  const policies = new Map<string, PolicyName | undefined>();
  for (const file of resolverFiles(join(process.cwd(), 'api', 'src'))) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const value of Object.values(exports)) {
      if (typeof value !== 'function') continue;
      const proto = (value as { prototype: Record<string, unknown> }).prototype;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const method = proto[name];
        if (typeof method !== 'function') continue;
        const kind = Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined;
        if (kind !== 'Query' && kind !== 'Mutation' && kind !== 'Subscription') continue;
        policies.set(
          name,
          (Reflect.getMetadata(POLICY_KEY, method) ?? Reflect.getMetadata(POLICY_KEY, value)) as PolicyName | undefined,
        );
      }
    }
  }
  return policies;
}
