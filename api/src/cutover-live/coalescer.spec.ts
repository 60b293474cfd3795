import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Coalescer, type CutoverProgress, parseNotification } from './coalescer';

const T = '11111111-1111-4111-8111-111111111111';
const L1 = '22222222-2222-4222-8222-222222222222';
const L2 = '33333333-3333-4333-8333-333333333333';
const at = new Date('2026-12-01T18:00:00Z');

describe('Coalescer', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('emits one event per (tenant, location) at the end of the window', () => {
    const out: CutoverProgress[] = [];
    const c = new Coalescer(100, (e) => out.push(e));
    for (let i = 0; i < 200; i++) c.push({ tenantId: T, locationId: i % 2 ? L1 : L2, at });
    c.push({ tenantId: T, locationId: null, at });
    expect(out).toEqual([]);
    jest.advanceTimersByTime(100);
    expect(out.map((e) => e.locationId).sort()).toEqual([L1, L2, null].sort());
    c.push({ tenantId: T, locationId: L1, at });
    jest.advanceTimersByTime(99);
    expect(out).toHaveLength(3);
    jest.advanceTimersByTime(1);
    expect(out).toHaveLength(4);
  });

  it('drops what is pending when stopped', () => {
    const out: CutoverProgress[] = [];
    const c = new Coalescer(100, (e) => out.push(e));
    c.push({ tenantId: T, locationId: L1, at });
    c.stop();
    jest.advanceTimersByTime(500);
    expect(out).toEqual([]);
  });
});

describe('parseNotification', () => {
  it('reads the triggers payload', () => {
    expect(parseNotification(JSON.stringify({ tenantId: T, locationId: L1 }), at)).toEqual({
      tenantId: T,
      locationId: L1,
      at,
    });
    expect(parseNotification(JSON.stringify({ tenantId: T, locationId: null }), at)).toEqual({
      tenantId: T,
      locationId: null,
      at,
    });
  });

  it.each([undefined, '', 'not json', '{}', '{"tenantId":"x"}', '[1]'])('drops %p', (payload) => {
    expect(parseNotification(payload, at)).toBeNull();
  });
});
