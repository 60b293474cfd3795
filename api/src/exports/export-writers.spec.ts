import { describe, expect, it } from '@jest/globals';
import { exportColumns, parseCell } from '@schaltplan/domain';
import { toCells } from './export-writers';

describe('toCells', () => {
  const shares = exportColumns('FILE_SHARES', true);
  const share = {
    uncPath: '\\\\fs01\\Ablage',
    driveLetter: 'G',
    location: '=HYPERLINK("http://x")',
    sizeGb: '1234.50',
    owningDepartment: '-Bau',
    targetPath: null,
    person: '@m.mai',
    access: 'WRITE',
    personDriveLetter: undefined,
  };

  it('formats by the column specs and neutralises formula starts', () => {
    expect(toCells(shares, share, false)).toEqual([
      '\\\\fs01\\Ablage',
      'G',
      '\'=HYPERLINK("http://x")',
      '1234,50',
      "'-Bau",
      null,
      "'@m.mai",
      'Lesen und Schreiben',
      null,
    ]);
  });

  it('keeps numbers numeric for XLSX', () => {
    expect(toCells(shares, share, true)[3]).toBe(1234.5);
  });

  it('writes what parseCell reads back', () => {
    toCells(shares, share, false).forEach((cell, i) => {
      const parsed = parseCell(shares[i], cell);
      expect(parsed.ok).toBe(true);
    });
    expect(parseCell(shares[2], toCells(shares, share, false)[2])).toEqual({
      ok: true,
      value: '=HYPERLINK("http://x")',
    });
  });
});
