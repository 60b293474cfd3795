import type { FieldProblem } from '../common/errors';

const MAX_WALK_DEPTH = 20;

/**
 * Strings PostgreSQL cannot store: text columns refuse the NUL character (0x00), so such an
 * argument would fail as an internal error deep in a service. Found before any service runs,
 * each with the path of its field (`input.product`, `ids.3`).
 */
export function unstorableText(value: unknown, path: string, depth = 0): FieldProblem[] {
  if (typeof value === 'string')
    return value.includes('\u0000') ? [{ field: path, message: 'must not contain the NUL character' }] : [];
  if (value === null || typeof value !== 'object' || depth > MAX_WALK_DEPTH) return [];
  return Object.entries(value).flatMap(([key, v]) => unstorableText(v, path ? `${path}.${key}` : key, depth + 1));
}
