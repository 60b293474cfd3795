import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getIntrospectionQuery,
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { DEFAULT_QUERY_LIMITS, hardeningConfigFromEnv } from './hardening.config';
import { queryCost } from './query-cost';
import { checkQueryLimits, QUERY_LIMIT_EXCEEDED } from './query-limits';

// Jest runs from the repository root: the committed schema and the web app's own operations.
const root = process.cwd();
const schema = buildSchema(readFileSync(join(root, 'api', 'schema.gql'), 'utf8'));
const webSources = (readdirSync(join(root, 'web', 'src'), { recursive: true }) as string[])
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => readFileSync(join(root, 'web', 'src', file), 'utf8'));
const webDocument = parse(webSources.join('\n'));
const webOperations = webDocument.definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
);
const webFragments = webDocument.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);

/** A value of the type for every variable; `limit` at the largest page the UI may ask for. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, sampleValue(f.type, f.name)]));
  }
  switch (type.name) {
    case 'Int':
      return name === 'limit' ? 1000 : 0;
    case 'Boolean':
      return false;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    default:
      return 'x';
  }
}

function variablesOf(operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((def) => {
      const type = typeFromAST(schema, def.type) as GraphQLInputType;
      return [def.variable.name.value, sampleValue(type, def.variable.name.value)];
    }),
  );
}

function refusal(query: string, variables: Record<string, unknown> = {}, limits = DEFAULT_QUERY_LIMITS): GraphQLError {
  try {
    checkQueryLimits(schema, parse(query), undefined, variables, limits);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('the query was accepted');
}

const personRow = `id displayName accountName department email location { id name }
  workstations { id name room } printers { printerId isDefault printer { id name room targetQueue } }
  software { id product vendor } fileShares { fileShareId access driveLetter fileShare { id uncPath } }
  fachverfahren { id name area }`;

/** Nested relation lists: persons → workstations → persons → … `levels` deep below the page. */
function nested(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i++) selection = `${i % 2 ? 'persons' : 'workstations'} { id ${selection} }`;
  return `{ persons(limit: 10) { items { ${selection} } } }`;
}

describe('query limits', () => {
  it('finds the web app operations', () => {
    expect(webOperations.length).toBeGreaterThan(30);
  });

  it('accepts every operation of the web app, with pages of 1000 rows', () => {
    const tooExpensive = webOperations
      .map((op) => {
        const name = op.name?.value ?? '(anonymous)';
        const cost = queryCost(schema, webDocument, name, variablesOf(op));
        return { name, cost };
      })
      .filter(({ cost }) => cost > DEFAULT_QUERY_LIMITS.maxCost);
    expect(tooExpensive).toEqual([]);
    for (const op of webOperations) {
      const document = { kind: Kind.DOCUMENT, definitions: [op, ...webFragments] };
      expect(() =>
        checkQueryLimits(schema, document as never, op.name?.value, variablesOf(op), DEFAULT_QUERY_LIMITS),
      ).not.toThrow();
    }
  });

  it('accepts a page of 1000 persons with all their relations', () => {
    const query = `{ persons(limit: 1000) { totalCount items { ${personRow} } } }`;
    const cost = queryCost(schema, parse(query), undefined, {});
    expect(cost).toBeGreaterThan(100_000);
    expect(cost).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
  });

  it('scales the cost of a list with its limit, also when the limit is a variable', () => {
    const query = 'query ($limit: Int!) { printers(limit: $limit) { items { id name location { name } } } }';
    const at = (limit: number): number => queryCost(schema, parse(query), undefined, { limit });
    expect(at(1000)).toBeGreaterThan(19 * at(50));
    expect(queryCost(schema, parse('{ printers { items { id } } }'), undefined, {})).toBe(at(50) - 50 * 3);
  });

  // Depth alone: nested relation lists also cost a lot, which the cost tests cover.
  const depthOnly = { ...DEFAULT_QUERY_LIMITS, maxCost: Number.MAX_SAFE_INTEGER };

  it('refuses a query nested deeper than the limit and names the limit', () => {
    expect(() => checkQueryLimits(schema, parse(nested(7)), undefined, {}, depthOnly)).not.toThrow();
    const error = refusal(nested(8), {}, depthOnly);
    expect(error.extensions.code).toBe(QUERY_LIMIT_EXCEEDED);
    expect(error.message).toBe('Query depth limit of 10 exceeded, found 11.');
  });

  it('counts depth through fragments', () => {
    const query = `fragment Deep on Workstation { persons { workstations { persons { workstations { persons { id } } } } } }
      { persons(limit: 1) { items { workstations { ...Deep } } } }`;
    expect(() => checkQueryLimits(schema, parse(query), undefined, {}, depthOnly)).not.toThrow();
    const limits = { ...depthOnly, maxDepth: 8 };
    expect(refusal(query, {}, limits).message).toBe('Query depth limit of 8 exceeded, found 9.');
  });

  it('allows 30 aliases and refuses 31', () => {
    const aliases = (n: number): string =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: tenants(limit: 1) { totalCount }`).join(' ')} }`;
    expect(() => checkQueryLimits(schema, parse(aliases(30)), undefined, {}, DEFAULT_QUERY_LIMITS)).not.toThrow();
    const error = refusal(aliases(31));
    expect(error.extensions.code).toBe(QUERY_LIMIT_EXCEEDED);
    expect(error.message).toBe('Aliases limit of 30 exceeded, found 31.');
  });

  it('refuses the same big page asked for many times through aliases', () => {
    const query = `{ ${[1, 2, 3].map((i) => `p${i}: persons(limit: 1000) { items { ${personRow} } }`).join(' ')} }`;
    const error = refusal(query);
    expect(error.extensions.code).toBe(QUERY_LIMIT_EXCEEDED);
    expect(error.message).toMatch(/^Query cost limit of 300000 exceeded, found \d+\./);
  });

  it('refuses nested relation lists within the depth limit by their cost', () => {
    const query = `{ workstations(limit: 1000) { items { persons { workstations { persons { workstations { id } } } } } } }`;
    expect(refusal(query).message).toMatch(/cost limit/);
  });

  it('refuses a fragment bomb before walking it', () => {
    const fragments = Array.from(
      { length: 16 },
      (_, i) => `fragment F${i} on Tenant { ${i === 15 ? 'id' : `...F${i + 1} ...F${i + 1}`} }`,
    );
    const error = refusal(`${fragments.join('\n')} { tenants { items { ...F0 } } }`);
    expect(error.extensions.code).toBe(QUERY_LIMIT_EXCEEDED);
    expect(error.message).toMatch(/more than 10000 selections/);
  });

  it('refuses variables of the wrong type as bad user input', () => {
    const error = refusal('query ($limit: Int!) { tenants(limit: $limit) { totalCount } }', { limit: 'many' });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/\$limit/);
  });

  it('lets the standard introspection query through (depth does not count __schema)', () => {
    expect(() =>
      checkQueryLimits(schema, parse(getIntrospectionQuery()), undefined, {}, DEFAULT_QUERY_LIMITS),
    ).not.toThrow();
  });

  it('reads the limits from the environment and refuses malformed values', () => {
    expect(hardeningConfigFromEnv({})).toEqual({
      queryLimits: DEFAULT_QUERY_LIMITS,
      rateLimit: { max: 1200, windowMs: 60_000 },
    });
    const config = hardeningConfigFromEnv({
      GRAPHQL_MAX_DEPTH: '12',
      GRAPHQL_MAX_ALIASES: '5',
      GRAPHQL_MAX_COST: '1000',
      GRAPHQL_RATE_LIMIT: '0',
      GRAPHQL_RATE_WINDOW: '10',
    });
    expect(config).toEqual({
      queryLimits: { maxDepth: 12, maxAliases: 5, maxCost: 1000 },
      rateLimit: { max: 0, windowMs: 10_000 },
    });
    expect(() => hardeningConfigFromEnv({ GRAPHQL_MAX_DEPTH: 'ten' })).toThrow(/GRAPHQL_MAX_DEPTH/);
    expect(() => hardeningConfigFromEnv({ GRAPHQL_MAX_COST: '0' })).toThrow(/at least 1/);
  });
});
