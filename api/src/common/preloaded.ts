// Relation values loaded together with their owner (e.g. with a list page, in the page's own
// statement). A field resolver returns them as they are; without them it asks its DataLoader.
// Plain values, not promises: graphql-js then completes a big page without a promise per field.
const store = new WeakMap<object, Map<string, unknown>>();

export function preload(owner: object, field: string, value: unknown): void {
  let fields = store.get(owner);
  if (!fields) store.set(owner, (fields = new Map<string, unknown>()));
  fields.set(field, value);
}

export function preloaded<V>(owner: object, field: string): V | undefined {
  return store.get(owner)?.get(field) as V | undefined;
}
