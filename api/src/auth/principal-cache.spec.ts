import { describe, expect, it } from '@jest/globals';
import type { Principal } from './principal';
import { PrincipalCache } from './principal-cache';

const principal = (accountId: string): Principal => ({
  accountId,
  sessionId: Buffer.from(accountId),
  role: 'ADMIN',
  email: `${accountId}@test.example`,
  displayName: accountId,
  tenantIds: [],
  locationIds: [],
});

function cache(maxEntries = 10) {
  let now = 1_000_000;
  const c = new PrincipalCache({ maxAgeMs: 30_000, maxEntries, idleMs: 60_000, touchMs: 10_000 }, () => now);
  c.setListening(true);
  return { c, advance: (ms: number) => (now += ms), at: () => now };
}

describe('PrincipalCache', () => {
  it('hits until the max age, the absolute expiry or the idle timeout', () => {
    const { c, advance, at } = cache();
    c.store(c.ticket(), 'a', principal('a'), at(), 100_000, 0);
    c.store(c.ticket(), 'b', principal('b'), at(), 5_000, 0);
    c.store(c.ticket(), 'c', principal('c'), at(), 100_000, 55_000);
    expect(c.get('a')?.principal.accountId).toBe('a');
    advance(5_000);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('c')).toBeUndefined();
    expect(c.get('a')?.principal.accountId).toBe('a');
    advance(25_000);
    expect(c.get('a')).toBeUndefined();
  });

  it('never hits or stores while not listening, and starts empty when listening again', () => {
    const { c, at } = cache();
    c.store(c.ticket(), 'a', principal('a'), at(), 100_000, 0);
    c.setListening(false);
    expect(c.get('a')).toBeUndefined();
    c.store(c.ticket(), 'b', principal('b'), at(), 100_000, 0);
    c.setListening(true);
    expect(c.get('a')).toBeUndefined();
    expect(c.get('b')).toBeUndefined();
  });

  it('does not store a read that overlapped an invalidation', () => {
    const { c, at } = cache();
    const ticket = c.ticket();
    c.forgetAccount('someone-else');
    c.store(ticket, 'a', principal('a'), at(), 100_000, 0);
    expect(c.get('a')).toBeUndefined();
  });

  it('forgets all sessions of an account and keeps the others', () => {
    const { c, at } = cache();
    c.store(c.ticket(), 'a1', principal('a'), at(), 100_000, 0);
    c.store(c.ticket(), 'a2', principal('a'), at(), 100_000, 0);
    c.store(c.ticket(), 'b', principal('b'), at(), 100_000, 0);
    c.forgetAccount('a');
    expect([c.get('a1'), c.get('a2')]).toEqual([undefined, undefined]);
    expect(c.get('b')?.principal.accountId).toBe('b');
  });

  it('evicts the oldest entries beyond the bound', () => {
    const { c, at } = cache(2);
    for (const key of ['a', 'b', 'c']) c.store(c.ticket(), key, principal(key), at(), 100_000, 0);
    expect(c.size).toBe(2);
    expect(c.get('a')).toBeUndefined();
    expect(c.get('c')?.principal.accountId).toBe('c');
  });

  it('asks for one touch at a time once due, and moves last seen on success', () => {
    const { c, advance, at } = cache();
    c.store(c.ticket(), 'a', principal('a'), at(), 100_000, 5_000);
    const entry = c.get('a');
    if (!entry) throw new Error('expected a hit');
    expect(c.touchDue(entry)).toBe(false);
    advance(5_000);
    expect(c.touchDue(entry)).toBe(true);
    entry.touching = true;
    expect(c.touchDue(entry)).toBe(false);
    const sentAt = at();
    c.touched('a', entry, sentAt, true);
    expect(entry.lastSeenAt).toBe(sentAt);
    expect(c.touchDue(entry)).toBe(false);
    advance(10_000);
    entry.touching = true;
    c.touched('a', entry, at(), false);
    expect(c.get('a')).toBeUndefined();
  });
});
