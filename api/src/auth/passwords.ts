import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@schaltplan/domain';
import { invalidInput } from '../common/errors';

/** argon2id at (at least) the OWASP minimum: 19 MiB memory, 2 iterations, 1 lane. */
// Algorithm is a declared const enum: not every transpiler (swc in tests) inlines it, so the value
// of Algorithm.Argon2id is written out. The sessions test checks the stored hash's parameters.
const ARGON2 = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function checkPasswordRules(password: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw invalidInput([{ field, message: `must be at least ${PASSWORD_MIN_LENGTH} characters long` }]);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw invalidInput([{ field, message: `must be at most ${PASSWORD_MAX_LENGTH} characters long` }]);
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

// Verified against when the account is unknown or has no password, so both cost the same time.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  if (!storedHash) {
    dummyHash ??= hashPassword('not-a-real-password-for-timing');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
