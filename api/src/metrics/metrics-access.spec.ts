import { describe, expect, it } from '@jest/globals';
import { metricsAccess } from './metrics-access';

const from = (remoteAddress: string, headers: Record<string, string> = {}) => ({ remoteAddress, headers });

describe('metricsAccess', () => {
  it('without a token: direct requests from loopback only', () => {
    expect(metricsAccess(from('127.0.0.1'), undefined)).toBe('allowed');
    expect(metricsAccess(from('::1'), undefined)).toBe('allowed');
    expect(metricsAccess(from('::ffff:127.0.0.1'), undefined)).toBe('allowed');
    expect(metricsAccess(from('10.0.0.5'), undefined)).toBe('forbidden');
    expect(metricsAccess(from('::ffff:192.168.1.2'), undefined)).toBe('forbidden');
    expect(metricsAccess({ remoteAddress: undefined, headers: {} }, undefined)).toBe('forbidden');
  });

  it('without a token: a request a local reverse proxy relays is not local', () => {
    expect(metricsAccess(from('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' }), undefined)).toBe('forbidden');
    expect(metricsAccess(from('127.0.0.1', { forwarded: 'for=203.0.113.7' }), undefined)).toBe('forbidden');
    expect(metricsAccess(from('127.0.0.1', { 'x-real-ip': '203.0.113.7' }), undefined)).toBe('forbidden');
  });

  it('with a token: the bearer token from anywhere, nothing else (not even loopback)', () => {
    const token = 's3cret-token';
    expect(metricsAccess(from('10.0.0.5', { authorization: `Bearer ${token}` }), token)).toBe('allowed');
    expect(metricsAccess(from('10.0.0.5', { authorization: `bearer ${token}` }), token)).toBe('allowed');
    expect(metricsAccess(from('127.0.0.1'), token)).toBe('unauthenticated');
    expect(metricsAccess(from('10.0.0.5', { authorization: `Bearer ${token}x` }), token)).toBe('unauthenticated');
    expect(metricsAccess(from('10.0.0.5', { authorization: 's3cret-token' }), token)).toBe('unauthenticated');
    expect(metricsAccess(from('10.0.0.5', { authorization: `Basic ${token}` }), token)).toBe('unauthenticated');
  });

  it('an empty METRICS_TOKEN counts as unset', () => {
    expect(metricsAccess(from('127.0.0.1'), '')).toBe('allowed');
    expect(metricsAccess(from('10.0.0.5', { authorization: 'Bearer ' }), '')).toBe('forbidden');
  });
});
