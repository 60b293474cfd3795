// Relation values loaded together with their owner (e.g. with a list page, in one statement for
// the whole page). A field resolver returns them as they are; without them it asks its DataLoader.
// Plain values, not promises: graphql-js then completes a big page without a promise per field.
// Kept on the owner under a symbol (no WeakMap: its per-entry cost showed on 1000-row pages);
// symbols are skipped by JSON, Object.keys and the audit diff.
const PRELOADED = Symbol('preloaded');

type Owner = object & { [PRELOADED]?: Record<string, unknown> };

export function preload(owner: object, field: string, value: unknown): void {
  const o = owner as Owner;
  (o[PRELOADED] ??= {})[field] = value;
}

export function preloaded<V>(owner: object, field: string): V | undefined {
  return (owner as Owner)[PRELOADED]?.[field] as V | undefined;
}
