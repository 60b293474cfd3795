import { describe, expect, it } from '@jest/globals';
import { choicesFromPreset, missingMustMap, resolveMapping } from './mapping';

const HEADERS = ['Benutzername', 'Vorname', 'Nachname', 'Abteilung', 'Standort', 'E-Mail'];
const SUGGESTED = ['accountName', 'givenName', 'surname', 'department', 'location', 'email'];

describe('resolveMapping', () => {
  it('takes the suggestions when the user has chosen nothing', () => {
    expect(resolveMapping(HEADERS, SUGGESTED, {})).toEqual(SUGGESTED);
  });

  it('keeps a choice by header name when the columns of a corrected file moved', () => {
    const choices = { abteilung: null, email: 'email' };
    const moved = ['E-Mail', 'Benutzername', 'Abteilung'];
    expect(resolveMapping(moved, ['email', 'accountName', 'department'], choices)).toEqual([
      'email',
      'accountName',
      null,
    ]);
  });

  it('never maps a field twice: an explicit choice wins over a suggestion', () => {
    expect(resolveMapping(['Name', 'Anzeigename'], ['displayName', null], { anzeigename: 'displayName' })).toEqual([
      null,
      'displayName',
    ]);
  });
});

describe('choicesFromPreset', () => {
  it('matches preset headers case- and umlaut-insensitively and leaves other columns out', () => {
    const choices = choicesFromPreset(['SAMACCOUNTNAME', 'Büro'], [{ header: 'SamAccountName', field: 'accountName' }]);
    expect(resolveMapping(['SAMACCOUNTNAME', 'Büro'], [null, 'location'], choices)).toEqual(['accountName', null]);
  });
});

describe('missingMustMap', () => {
  it('accepts a Standort for all rows instead of a Standort column', () => {
    expect(missingMustMap('PRINTERS', ['name', null], null)).toEqual(['location']);
    expect(missingMustMap('PRINTERS', ['name', null], 'Rathaus')).toEqual([]);
  });
});
