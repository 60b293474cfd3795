/** Limits that protect the GraphQL endpoint; defaults fit the web app's own queries (see README). */
export interface QueryLimits {
  /** Deepest field nesting of one operation (fragments count at the depth they are spread). */
  maxDepth: number;
  /** Aliased fields in one operation (`__typename` aliases are free). */
  maxAliases: number;
  /** Estimated cost of one operation, see query-cost.ts. */
  maxCost: number;
}

export interface RateLimit {
  /** Requests to /graphql per client address and window; 0 turns the limit off. */
  max: number;
  windowMs: number;
}

export interface HardeningConfig {
  queryLimits: QueryLimits;
  rateLimit: RateLimit;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 30, maxCost: 300_000 };
export const DEFAULT_RATE_LIMIT: RateLimit = { max: 1200, windowMs: 60_000 };

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer of at least ${min}, got "${raw}".`);
  }
  return value;
}

/** Reads the limits from the environment; a malformed value stops the start instead of being ignored. */
export function hardeningConfigFromEnv(env: NodeJS.ProcessEnv = process.env): HardeningConfig {
  return {
    queryLimits: {
      maxDepth: intFromEnv(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth, 1),
      maxAliases: intFromEnv(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases, 0),
      maxCost: intFromEnv(env, 'GRAPHQL_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost, 1),
    },
    rateLimit: {
      max: intFromEnv(env, 'GRAPHQL_RATE_LIMIT', DEFAULT_RATE_LIMIT.max, 0),
      windowMs: intFromEnv(env, 'GRAPHQL_RATE_WINDOW', DEFAULT_RATE_LIMIT.windowMs / 1000, 1) * 1000,
    },
  };
}
