import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@schaltplan/domain';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { isAllowed } from '../src/auth/policies';
import { DEFAULT_QUERY_LIMITS } from '../src/hardening/hardening.config';
import type { PolicyName } from '../src/auth/policy.decorator';
import { loginAs } from './support/accounts';
import { MatrixWorld, SENTINEL } from './support/matrix-world';
import { rootFieldPolicies } from './support/policy-map';
import { Feed, liveClient, type LiveClient, settle } from './support/live';
import { operationFor } from './support/selection';
import { startTestApp, type Session, type TestApp } from './support/test-app';

// Every Query and Mutation field of the committed schema, for every role, against tenant A (the
// roles' own) and tenant B (nobody's but the admin's). Fields come from schema.gql, policies from
// the resolvers' decorators: a field added later is covered, and one without a policy fails.
const schema = buildSchema(readFileSync(join(process.cwd(), 'api', 'schema.gql'), 'utf8'));

let api: TestApp;
let world: MatrixWorld;
const sessions = new Map<string, { role: Role | null; session: Session | null; sees: ('A' | 'B')[] }>();
let policies: Map<string, PolicyName | undefined>;
/** One per role: every role calls each mutation once per side. */
const CALLS_PER_SIDE = 6;

beforeAll(async () => {
  // Its request count grows with the schema: the per-address rate limit (hardening.int-spec.ts)
  // would cut the matrix off, so it is off here.
  api = await startTestApp('matrix', {
    hardening: { queryLimits: DEFAULT_QUERY_LIMITS, rateLimit: { max: 0, windowMs: 60_000 } },
  });
  world = new MatrixWorld(api);
  await world.setup(CALLS_PER_SIDE);
  const A = world.fixtures.A;
  sessions.set('ADMIN', { role: 'ADMIN', session: api.admin, sees: ['A', 'B'] });
  sessions.set('PROJECT_MANAGER', {
    role: 'PROJECT_MANAGER',
    // The closed Verwaltungen of side A are the project manager's too.
    session: await loginAs(api, 'PROJECT_MANAGER', {
      tenantIds: [A.tenant.id, ...world.closable.A.map((t) => t.id)],
    }),
    sees: ['A'],
  });
  sessions.set('COORDINATOR', {
    role: 'COORDINATOR',
    session: await loginAs(api, 'COORDINATOR', { tenantIds: [A.tenant.id] }),
    sees: ['A'],
  });
  sessions.set('TECHNICIAN', {
    role: 'TECHNICIAN',
    session: await loginAs(api, 'TECHNICIAN', { locationIds: [A.location.id] }),
    sees: ['A'],
  });
  sessions.set('VIEWER', {
    role: 'VIEWER',
    session: await loginAs(api, 'VIEWER', { tenantIds: [A.tenant.id] }),
    sees: ['A'],
  });
  sessions.set('anonymous', { role: null, session: null, sees: [] });
  if (sessions.size !== CALLS_PER_SIDE) throw new Error(`CALLS_PER_SIDE must be ${sessions.size}`);
  policies = await rootFieldPolicies();
}, 180_000);
afterAll(() => api.close());

const rootFields = (kind: 'Query' | 'Mutation') =>
  Object.values((schema.getType(kind) as GraphQLObjectType).getFields()).map((f) => ({ kind, f }));
const FIELDS = [...rootFields('Query'), ...rootFields('Mutation')].filter(({ f }) => f.name !== 'logout');
const DENIED = ['FORBIDDEN', 'UNAUTHENTICATED'];
/** Called with made-up credentials or tokens: they must fail for everyone. */
const EXPECTED_TO_FAIL = new Set(['login', 'setPassword', 'changeOwnPassword']);
/** Fields that do not aim at a tenant's objects. */
const UNTARGETED = new Set(['me', 'login', 'setPassword', 'changeOwnPassword', 'tenants', 'accounts']);

describe('access matrix generated from schema.gql', () => {
  it('has a declared policy for every Query and Mutation field', () => {
    const missing = FIELDS.map(({ f }) => f.name).filter((name) => !policies.get(name));
    expect(missing).toEqual([]);
    expect(policies.get('logout')).toBeDefined();
  });

  it.each(FIELDS.map(({ kind, f }) => [f.name, kind, f] as const))('%s (%s)', async (name, kind, field) => {
    const policy = policies.get(name) as PolicyName;
    for (const [label, { role, session, sees }] of sessions) {
      for (const side of ['A', 'B'] as const) {
        const vars = await world.argsFor(field, side);
        const res = await api.request<Record<string, unknown>>(operationFor(kind, field, vars), vars, { session });
        const text = JSON.stringify(res);
        const where = `${label} → ${name} on ${side}: ${text.slice(0, 300)}`;
        expect({ where, policyMissing: text.includes('declares no access policy') }).toEqual({
          where,
          policyMissing: false,
        });
        for (const other of ['A', 'B'] as const) {
          if (!sees.includes(other))
            expect({ where, leaked: text.includes(SENTINEL[other]) }).toEqual({ where, leaked: false });
        }
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        if (isAllowed(policy, role) && sees.includes(side) && !EXPECTED_TO_FAIL.has(name)) {
          expect({ where, ok: codes.length === 0 }).toEqual({ where, ok: true });
        } else if (!isAllowed(policy, role)) {
          expect({ where, denied: codes.some((c) => DENIED.includes(String(c))) }).toEqual({ where, denied: true });
        } else if (!sees.includes(side) && kind === 'Mutation' && !UNTARGETED.has(name)) {
          expect({ where, refused: codes.length > 0 }).toEqual({ where, refused: true });
        }
      }
    }
  });

  // Subscriptions run over graphql-ws: same roles, same tenant rules, no leak in any error.
  const SUBSCRIPTIONS = Object.values((schema.getType('Subscription') as GraphQLObjectType).getFields());
  it.each(SUBSCRIPTIONS.map((f) => [f.name, f] as const))('%s (Subscription)', async (name, field) => {
    const policy = policies.get(name);
    expect({ name, policy: policy ?? null }).not.toEqual({ name, policy: null });
    for (const [label, { role, session, sees }] of sessions) {
      for (const side of ['A', 'B'] as const) {
        const vars = await world.argsFor(field, side);
        const live: LiveClient = liveClient(api.url, session ? { cookie: session.cookie } : {});
        try {
          const feed = new Feed(live, vars as { tenantId: string }, operationFor('Subscription', field, vars));
          const outcome = await Promise.race([live.closed.then((code) => `closed ${code}`), settle(400)]);
          const where = `${label} → ${name} on ${side}: ${JSON.stringify(feed.results).slice(0, 300)} ${String(outcome)}`;
          for (const other of ['A', 'B'] as const) {
            if (!sees.includes(other))
              expect({ where, leaked: JSON.stringify(feed.results).includes(SENTINEL[other]) }).toEqual({
                where,
                leaked: false,
              });
          }
          if (!session) {
            expect({ where, outcome }).toEqual({ where, outcome: 'closed 4403' });
          } else if (isAllowed(policy as PolicyName, role) && sees.includes(side)) {
            expect({ where, open: !feed.ended && feed.errorCodes.length === 0 }).toEqual({ where, open: true });
          } else {
            await feed.until((f) => f.ended, 2000).catch(() => undefined);
            const refused = feed.errorCodes.some((c) => [...DENIED, 'NOT_FOUND'].includes(c));
            expect({ where, refused }).toEqual({ where, refused: true });
          }
        } finally {
          await live.dispose();
        }
      }
    }
  });

  it('lets every signed-in role log out, and nobody without a session', async () => {
    const res = await api.request(`mutation { logout }`, {}, { session: null });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const [label, { session }] of sessions) {
      if (!session || label === 'ADMIN') continue;
      expect(await api.gql(`mutation { logout }`, {}, { session })).toEqual({ logout: true });
    }
  });
});
