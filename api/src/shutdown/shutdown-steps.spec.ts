import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SHUTDOWN_TIMEOUT_MS, runShutdown, shutdownTimeoutFromEnv } from './shutdown-steps';

describe('runShutdown', () => {
  it('runs the steps in order and resolves 0', async () => {
    const ran: string[] = [];
    const code = await runShutdown(
      [
        ['a', () => void ran.push('a')],
        ['b', () => Promise.resolve(void ran.push('b'))],
      ],
      { timeoutMs: 1000, openWork: () => ({}) },
    );
    expect({ code, ran }).toEqual({ code: 0, ran: ['a', 'b'] });
  });

  it('runs the later steps after a failed one and resolves 1', async () => {
    const ran: string[] = [];
    const code = await runShutdown(
      [
        ['a', () => Promise.reject(new Error('boom'))],
        ['b', () => void ran.push('b')],
      ],
      { timeoutMs: 1000, openWork: () => ({}) },
    );
    expect({ code, ran }).toEqual({ code: 1, ran: ['b'] });
  });

  it('resolves 1 once the timeout passes while a step hangs, asking what was open', async () => {
    let asked = 0;
    const started = Date.now();
    const code = await runShutdown([['hangs', () => new Promise(() => undefined)]], {
      timeoutMs: 100,
      openWork: () => ++asked,
    });
    expect(code).toBe(1);
    expect(asked).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });
});

describe('shutdownTimeoutFromEnv', () => {
  it('reads SHUTDOWN_TIMEOUT_MS, else the default', () => {
    expect(shutdownTimeoutFromEnv({ SHUTDOWN_TIMEOUT_MS: '2500' })).toBe(2500);
    expect(shutdownTimeoutFromEnv({})).toBe(DEFAULT_SHUTDOWN_TIMEOUT_MS);
    expect(shutdownTimeoutFromEnv({ SHUTDOWN_TIMEOUT_MS: 'soon' })).toBe(DEFAULT_SHUTDOWN_TIMEOUT_MS);
    expect(shutdownTimeoutFromEnv({ SHUTDOWN_TIMEOUT_MS: '0' })).toBe(DEFAULT_SHUTDOWN_TIMEOUT_MS);
  });
});
