import { describe, expect, it } from '@jest/globals';
import type { ReportBlocker } from './access-report.types';
import { OtherPersons } from './other-persons';

const B_ID = '0b0b0b0b-0000-4000-8000-000000000002';
const others = new OtherPersons(
  ['Bruno Beispiel', 'b.beispiel', 'bruno.beispiel@example.org', B_ID, 'ab', 'Anna Alt'],
  ['Anna Alt', 'a.alt'],
);

describe('OtherPersons', () => {
  it('finds another person’s identifiers as whole words, case-insensitively, deep inside values', () => {
    expect(others.mentions('Rückruf von BRUNO BEISPIEL erbeten')).toBe(true);
    expect(others.mentions({ old: null, new: B_ID })).toBe(true);
    expect(others.mentions(['x', { mail: 'bruno.beispiel@example.org' }])).toBe(true);
    expect(others.mentions('PC-B.BEISPIEL')).toBe(true);
    // Part of a longer word is no mention; neither are values too short to identify anyone.
    expect(others.mentions('Bruno Beispielhaft')).toBe(false);
    expect(others.mentions('xb.beispiel')).toBe(false);
    expect(others.mentions('ab 1.12.')).toBe(false);
    expect(others.mentions(42)).toBe(false);
    expect(others.mentions(null)).toBe(false);
  });

  it('never counts the report’s own person as someone else, even when another shares the name', () => {
    expect(others.mentions('Anna Alt')).toBe(false);
    expect(others.mentions('a.alt')).toBe(false);
  });

  it('ignores identifiers that are also names of things', () => {
    const withFunctional = new OtherPersons(['Bauhof', 'b.beispiel'], ['Bauhof']);
    expect(withFunctional.mentions('Standort Bauhof')).toBe(false);
    expect(withFunctional.mentions('PC-b.beispiel')).toBe(true);
  });

  it('leaves out the fields that mention someone else and names them', () => {
    const blocker = {
      id: 'x',
      title: 'Drucker fehlt',
      description: 'Wie bei Bruno Beispiel',
      owner: null,
      open: true,
      location: 'Rathaus',
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
    };
    expect(others.scrub<ReportBlocker>(blocker)).toEqual({
      ...blocker,
      description: null,
      omittedFields: ['description'],
    });
    expect(others.filterMap({ title: { old: null, new: 'x' }, objectId: { old: B_ID, new: 'y' } })).toEqual({
      kept: { title: { old: null, new: 'x' } },
      omitted: ['objectId'],
    });
    // A key that is itself a name is not repeated in the list of omissions.
    expect(others.filterMap({ 'b.beispiel': true })).toEqual({ kept: {}, omitted: ['…'] });
  });
});
