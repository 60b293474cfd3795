import { invalidInput } from '../common/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A required id from the query string; a missing, repeated or malformed one is refused by name. */
export function uuidParam(query: Record<string, unknown>, name: string): string {
  const value = query[name];
  if (typeof value !== 'string' || !UUID.test(value)) {
    throw invalidInput([{ field: name, message: value === undefined ? 'is required' : 'must be one UUID' }]);
  }
  return value.toLowerCase();
}
