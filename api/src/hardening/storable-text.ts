import type { FieldProblem } from '../common/errors';

/** Values looked at per argument; GraphQL input is far smaller, anything bigger is not input. */
const MAX_VALUES = 100_000;

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Arguments as GraphQL and JSON deliver them: arrays and plain objects, nothing with a class. */
const isPlain = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
};

/**
 * Strings PostgreSQL cannot store: text columns refuse the NUL character (0x00), jsonb a lone
 * UTF-16 surrogate (found by reliability/scenarios/fuzz-graphql.mjs), so such an
 * argument would fail as an internal error deep in a service. Found before any service runs,
 * each with the path of its field (`input.product`, `ids.3`). Only plain data is walked: the
 * pipe also sees requests and contexts, which are neither input nor finite to walk.
 */
export function unstorableText(value: unknown, path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  let seen = 0;
  const walk = (v: unknown, at: string): void => {
    if (++seen > MAX_VALUES) return;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) problems.push({ field: at, message: 'must not contain the NUL character' });
      // A lone surrogate becomes an escape that PostgreSQL's jsonb (the audit trail) refuses.
      else if (LONE_SURROGATE.test(v)) problems.push({ field: at, message: 'must be valid Unicode text' });
    } else if (v !== null && typeof v === 'object' && isPlain(v)) {
      for (const [key, inner] of Object.entries(v)) walk(inner, at ? `${at}.${key}` : key);
    }
  };
  walk(value, path);
  return problems;
}
