import { describe, expect, it } from '@jest/globals';
import { closureState, nameConfirmed } from './closure-state';

describe('project closure state', () => {
  it('is ready only when the Abschluss phase is done and nothing was pseudonymised yet', () => {
    expect(closureState({ closureStatus: 'DONE', pseudonymisedAt: null })).toBe('ready');
    for (const status of ['OPEN', 'IN_PROGRESS', 'DELAYED'] as const) {
      expect(closureState({ closureStatus: status, pseudonymisedAt: null })).toBe('closureOpen');
    }
    expect(closureState({ closureStatus: 'DONE', pseudonymisedAt: '2026-06-30T10:00:00Z' })).toBe('pseudonymised');
  });

  it('confirms only the exact name', () => {
    expect(nameConfirmed('Amt Musterland', 'Amt Musterland')).toBe(true);
    for (const typed of ['amt musterland', 'Amt Musterland ', ' Amt Musterland', 'Amt', '']) {
      expect(nameConfirmed(typed, 'Amt Musterland')).toBe(false);
    }
  });
});
