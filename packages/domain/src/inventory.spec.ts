import { describe, expect, it } from '@jest/globals';
import { AGS_PATTERN, TENANT_KIND_LABELS, TENANT_KINDS } from './index';

describe('AGS_PATTERN', () => {
  it.each(['01051001', '03241001', '00000000'])('accepts the 8-digit key %s', (ags) => {
    expect(AGS_PATTERN.test(ags)).toBe(true);
  });

  it.each([
    ['7 digits', '0105100'],
    ['9 digits', '010510011'],
    ['a letter', '0105100a'],
    ['surrounding space', ' 01051001'],
    ['a trailing newline', '01051001\n'],
    ['full-width digits', '０１０５１００１'],
    ['empty', ''],
  ])('rejects %s', (_why, ags) => {
    expect(AGS_PATTERN.test(ags)).toBe(false);
  });
});

describe('TENANT_KIND_LABELS', () => {
  it('labels every tenant kind in German and English', () => {
    expect(TENANT_KINDS).toContain('SAMTGEMEINDE');
    for (const kind of TENANT_KINDS) {
      expect(TENANT_KIND_LABELS[kind].de.length).toBeGreaterThan(0);
      expect(TENANT_KIND_LABELS[kind].en.length).toBeGreaterThan(0);
    }
  });
});
