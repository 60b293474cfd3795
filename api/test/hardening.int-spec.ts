import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { logger } from '../src/common/logger';
import { DEFAULT_QUERY_LIMITS } from '../src/hardening/hardening.config';
import { aLocation, aPerson, aPrinter, aTenant } from './support/factories';
import { startTestApp, type GqlResponse, type TestApp } from './support/test-app';

let dev: TestApp;
let prod: TestApp;

beforeAll(async () => {
  // One after the other: the first migration of each database creates the cluster-wide runtime role.
  dev = await startTestApp('harden_dev');
  prod = await startTestApp('harden_prod', { production: true });
  const tenant = await aTenant().create(dev);
  const location = await aLocation().of(tenant).create(dev);
  await aPerson().at(location).create(dev);
  await aPrinter().at(location).create(dev);
});
afterAll(() => Promise.all([dev?.close(), prod?.close()]));

/** POST as the admin; the raw response, for status codes and headers. */
const post = (api: TestApp, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  api.post(body, { cookie: api.admin.cookie, ...headers });

const personRow = `id displayName accountName department email location { id name }
  workstations { id name room } printers { printerId isDefault printer { id name room targetQueue } }
  software { id product vendor } fileShares { fileShareId access driveLetter fileShare { id uncPath } }
  fachverfahren { id name area }`;

describe('query limits over HTTP', () => {
  it('serves a page of 1000 persons with all their relations', async () => {
    const data = await dev.gql<{ persons: { totalCount: number } }>(
      `query ($limit: Int!) { persons(limit: $limit) { totalCount items { ${personRow} } } }`,
      { limit: 1000 },
    );
    expect(data.persons.totalCount).toBe(1);
  });

  it.each([
    [
      'too deep',
      `{ persons { items { workstations { persons { workstations { persons { workstations { persons { workstations { persons { id } } } } } } } } } } }`,
      /^Query depth limit of 10 exceeded, found 11\.$/,
    ],
    [
      'too many aliases',
      `{ ${Array.from({ length: 31 }, (_, i) => `t${i}: tenants(limit: 1) { totalCount }`).join(' ')} }`,
      /^Aliases limit of 30 exceeded, found 31\.$/,
    ],
    [
      'too costly',
      `{ ${[1, 2, 3].map((i) => `p${i}: persons(limit: 1000) { items { ${personRow} } }`).join(' ')} }`,
      /^Query cost limit of 300000 exceeded, found \d+\./,
    ],
  ])(
    'refuses a query that is %s with 400 and QUERY_LIMIT_EXCEEDED, before touching the database',
    async (_, query, message) => {
      const res = await post(dev, { query }, { 'x-debug-sql-count': '1' });
      expect(res.status).toBe(400);
      const body = (await res.json()) as GqlResponse<unknown>;
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0].extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED' });
      expect(body.errors?.[0].message).toMatch(message);
      expect(body.extensions).toEqual({ sqlStatements: 0 });
    },
  );

  it('scales the cost with the limit variable: what passes at 50 rows is refused at 1000', async () => {
    const page = (alias: string): string =>
      `${alias}: printers(limit: $limit) { items { id name room model location { id name } persons { id displayName } } }`;
    const query = (aliases: number): string =>
      `query ($limit: Int!) { ${Array.from({ length: aliases }, (_, i) => page(`p${i}`)).join(' ')} }`;
    expect((await dev.request(query(1), { limit: 1000 })).errors).toBeUndefined();
    expect((await dev.request(query(11), { limit: 50 })).errors).toBeUndefined();
    const refused = await dev.request(query(11), { limit: 1000 });
    expect(refused.errors?.[0].extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
  });
});

describe('production mode', () => {
  const introspection = '{ __schema { queryType { name } types { name } } }';

  it('answers introspection in development', async () => {
    const res = await dev.request<{ __schema: { types: unknown[] } }>(introspection);
    expect(res.data?.__schema.types.length).toBeGreaterThan(10);
  });

  it.each([introspection, '{ __type(name: "Person") { fields { name } } }'])(
    'refuses introspection in production: %s',
    async (query) => {
      const res = await post(prod, { query });
      expect(res.status).toBe(400);
      const body = (await res.json()) as GqlResponse<unknown>;
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors?.[0].message).toMatch(/introspection is not allowed/i);
      expect(JSON.stringify(body)).not.toMatch(/displayName|accountName/);
    },
  );

  const mistakes: [string, string, Record<string, unknown>][] = [
    ['a misspelt field', '{ tenantz(limit: 1) { totalCount } }', {}],
    ['a misspelt argument', '{ tenants(limitt: 1) { totalCount } }', {}],
    ['a misspelt nested field', '{ persons { items { displayNam } } }', {}],
    ['a misspelt input field', 'mutation { createTenant(input: { nam: "x" }) { id } }', {}],
    [
      'a misspelt enum value in a variable',
      'query ($d: SortDirection!) { tenants(sortDirection: $d) { totalCount } }',
      { d: 'DES' },
    ],
  ];

  it.each(mistakes)('suggests the right name for %s in development only', async (_, query, variables) => {
    const devErrors = (await dev.request(query, variables)).errors ?? [];
    expect(devErrors.map((e) => e.message).join('\n')).toMatch(/Did you mean/);

    const prodErrors = (await prod.request(query, variables)).errors ?? [];
    expect(prodErrors.length).toBeGreaterThan(0);
    for (const error of prodErrors) {
      expect(error.message).not.toMatch(/did you mean/i);
      expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(error.extensions?.code);
    }
  });

  it('keeps the query limits in production', async () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `t${i}: tenants(limit: 1) { totalCount }`).join(' ')} }`;
    const res = await prod.request(query);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
  });
});

describe('unexpected errors', () => {
  it('are masked as "Interner Fehler" with a correlation id that is in the log, without SQL or stack', async () => {
    const logged = jest.spyOn(logger, 'error');
    // An unexpected database failure: a column the entity expects is gone.
    await dev.dataSource.query('ALTER TABLE printer RENAME COLUMN room TO room_gone');
    let res: Response;
    let logCalls: unknown[][];
    try {
      res = await post(dev, { query: '{ printers { items { id name room } } }' });
    } finally {
      await dev.dataSource.query('ALTER TABLE printer RENAME COLUMN room_gone TO room');
      logCalls = [...logged.mock.calls];
      logged.mockRestore();
    }
    const text = await res.text();
    const body = JSON.parse(text) as GqlResponse<unknown>;
    const [error] = body.errors ?? [];
    const correlationId = error?.extensions?.correlationId as string;
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.message).toBe(`Interner Fehler (Referenz ${correlationId})`);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId });
    expect(text).not.toMatch(/room_gone|SELECT|column|QueryFailed|printer\.|stack|\.ts:\d+|at \w+ \(/i);

    const entry = logCalls.find(([obj]) => (obj as { correlationId?: string }).correlationId === correlationId);
    expect(entry).toBeDefined();
    const { err } = entry?.[0] as { err: Error };
    expect(err.message).toMatch(/column .*room.* does not exist/);
  });
});

describe('bad input found by fuzzing (reliability/scenarios/fuzz-graphql.mjs)', () => {
  it('refuses text with a NUL character as BAD_USER_INPUT naming the field, not as an internal error', async () => {
    const tenant = await aTenant().create(dev);
    const res = await post(dev, {
      query: 'mutation ($input: CreateSoftwareInput!) { createSoftware(input: $input) { id } }',
      variables: { input: { tenantId: tenant.id, product: 'Office\u0000', versionLabel: '1' } },
    });
    const body = (await res.json()) as GqlResponse<unknown>;
    expect(body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.product', message: 'must not contain the NUL character' }],
    });
  });

  it('refuses NUL in a plain String argument too', async () => {
    const res = await post(dev, { query: '{ persons(search: "a\\u0000b") { totalCount } }' });
    const body = (await res.json()) as GqlResponse<unknown>;
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses text with a lone UTF-16 surrogate as BAD_USER_INPUT naming the field', async () => {
    const res = await post(dev, {
      query: 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }',
      variables: { input: { email: 'surrogat@example.org', displayName: 'a\uD800b', role: 'ADMIN' } },
    });
    const body = (await res.json()) as GqlResponse<unknown>;
    expect(body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.displayName', message: 'must be valid Unicode text' }],
    });
  });

  it('answers a persisted-query hash as a client error, not as an internal one', async () => {
    const res = await post(prod, {
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } },
    });
    const body = (await res.json()) as GqlResponse<unknown>;
    expect(res.status).toBeLessThan(500);
    expect(body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});

describe('HTTP protections', () => {
  it('refuses a simple (CSRF-able) POST with content-type text/plain', async () => {
    const res = await fetch(dev.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: dev.admin.cookie },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it('refuses a GET without a preflight-forcing header, and answers one with it', async () => {
    const url = `${dev.url}?query=${encodeURIComponent('{ tenants(limit: 1) { totalCount } }')}`;
    const simple = await fetch(url, { headers: { cookie: dev.admin.cookie } });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    const preflighted = await fetch(url, { headers: { cookie: dev.admin.cookie, 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });

  it('refuses batched operations (a JSON array body)', async () => {
    const res = await post(dev, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batching/i);
  });

  it('refuses a body over 1 MB with 413 and no stack trace', async () => {
    const res = await post(dev, { query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ statusCode: 413, message: 'request entity too large' });
  });

  it('sets security headers (helmet) on every response', async () => {
    const res = await fetch(dev.url.replace(/\/graphql$/, '/health'));
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('x-powered-by')).toBeNull();

    const graphql = await post(prod, { query: '{ __typename }' });
    expect(graphql.headers.get('content-security-policy')).toBe(csp);
  });
});

describe('rate limit', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp('harden_rate', {
      hardening: { queryLimits: DEFAULT_QUERY_LIMITS, rateLimit: { max: 8, windowMs: 60_000 } },
    });
  });
  afterAll(() => limited?.close());

  it('refuses requests from one address beyond the limit with 429, RATE_LIMITED and Retry-After', async () => {
    const from = (ip: string): Promise<Response> =>
      post(limited, { query: '{ __typename }' }, { 'x-forwarded-for': ip });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await from('203.0.113.7')).status);
    expect(statuses).toEqual(Array(8).fill(200));

    const refused = await from('203.0.113.7');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as GqlResponse<unknown>;
    expect(body.errors?.[0].extensions).toEqual({ code: 'RATE_LIMITED' });
    expect(body.errors?.[0].message).toMatch(/at most 8 per 60 s/);

    // Another address has its own budget.
    expect((await from('203.0.113.8')).status).toBe(200);
  });
});
