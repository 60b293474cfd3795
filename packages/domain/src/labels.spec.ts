// The domain's user-facing texts come as de/en pairs (labels of enums, import columns, bulk-edit
// fields): both filled, with the same {placeholders}. The web app's strings and the import error
// messages are checked in web/src/i18n/translations.spec.ts.
import { describe, expect, it } from '@jest/globals';
import * as domain from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('domain labels', () => {
  it('every de/en label pair is filled in both languages with the same {placeholders}', () => {
    const pairs: { where: string; de: string; en: string }[] = [];
    const walk = (value: unknown, where: string): void => {
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (typeof record.de === 'string' && typeof record.en === 'string') {
        pairs.push({ where, de: record.de, en: record.en });
        return;
      }
      for (const [name, child] of Object.entries(record)) walk(child, `${where}.${name}`);
    };
    for (const [name, value] of Object.entries(domain)) walk(value, name);
    expect(pairs.length).toBeGreaterThan(100);
    const problems = pairs.flatMap(({ where, de: german, en: english }) => [
      ...(german.trim() && english.trim() ? [] : [`${where}: empty`]),
      ...(placeholders(german).join() === placeholders(english).join() ? [] : [`${where}: placeholders differ`]),
    ]);
    expect(problems).toEqual([]);
  });
});
