import { describe, expect, it } from '@jest/globals';
import { contentDisposition, exportFileName } from './export-file-name';

const NOON = new Date('2026-12-01T11:00:00Z');

describe('export file names', () => {
  it('names list, Verwaltung, Standort and the German date', () => {
    expect(exportFileName(['Personen', 'Amt Musterland'], 'xlsx', NOON)).toBe(
      'Personen-Amt-Musterland-2026-12-01.xlsx',
    );
    expect(exportFileName(['Drucker', 'Stadt Süd/Ost', 'Rathaus  "Alt"'], 'csv-comma', NOON)).toBe(
      'Drucker-Stadt-Süd-Ost-Rathaus-Alt-2026-12-01.csv',
    );
    // 23:30 UTC on 31 Dec is already 1 Jan in Germany.
    expect(exportFileName(['Software'], 'csv', new Date('2026-12-31T23:30:00Z'))).toBe('Software-2027-01-01.csv');
  });

  it('sends an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Arbeitsplätze-Amt-Grünhöfe-2026-12-01.xlsx')).toBe(
      'attachment; filename="Arbeitsplaetze-Amt-Gruenhoefe-2026-12-01.xlsx"; ' +
        "filename*=UTF-8''Arbeitspl%C3%A4tze-Amt-Gr%C3%BCnh%C3%B6fe-2026-12-01.xlsx",
    );
    expect(contentDisposition("O'Brien;Straße é.csv")).toBe(
      'attachment; filename="OBrienStrasse e.csv"; filename*=UTF-8\'\'O%27Brien%3BStra%C3%9Fe%20%C3%A9.csv',
    );
  });
});
