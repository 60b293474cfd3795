import { invalidInput } from '../common/errors';
import { UUID } from '../common/uuid';

/** A required id from the query string; a missing, repeated or malformed one is refused by name. */
export function uuidParam(query: Record<string, unknown>, name: string): string {
  const value = query[name];
  if (typeof value !== 'string' || !UUID.test(value)) {
    throw invalidInput([{ field: name, message: value === undefined ? 'is required' : 'must be one UUID' }]);
  }
  return value.toLowerCase();
}
