import { describe, expect, it } from '@jest/globals';
import { pdfText } from '../../test/support/pdf';
import { renderTechnicianSheet } from './technician-sheet.document';
import type { SheetStep, TechnicianSheet } from './technician-sheet.service';

const steps = (done: number): SheetStep[] =>
  ['Thin Client aufgestellt', 'Anmeldung erfolgreich', 'Standarddrucker druckt', 'Laufwerke verbunden'].map(
    (label, i) => ({ label, required: i < 3, done: i < done }),
  );

const SAMPLE_SHEET: TechnicianSheet = {
  generatedAt: new Date('2026-12-01T13:03:00Z'),
  location: {
    tenantName: 'Amt Grünhöfe',
    name: 'Rathaus Grünstadt',
    address: 'Hauptstraße 1, 12345 Grünstadt',
    cutoverDate: '2026-12-12',
    windowStart: '17:00',
    windowEnd: '23:00',
    technicians: ['Tina Technik'],
  },
  workstations: [
    {
      id: 'w1',
      name: 'AP-Süd-01',
      room: '1.04',
      currentHostname: 'PC-SUED-01',
      targetDeviceSerial: 'TC-4711',
      status: 'PREPARED',
      steps: steps(2),
      persons: [
        {
          displayName: 'Özlem Özdemir',
          accountName: 'o.oezdemir',
          department: 'Bürgerbüro',
          printers: [
            { name: 'DR-Flur', targetQueue: '\\\\print01\\Flur', isDefault: true },
            { name: 'DR-Bauhof', targetQueue: null, isDefault: false },
          ],
          drives: [
            { letter: 'H', targetPath: '\\\\cloud\\Bürger', uncPath: '\\\\fs01\\Bürger', access: 'WRITE' },
            { letter: null, targetPath: null, uncPath: '\\\\fs01\\alt', access: 'READ' },
          ],
          fachverfahren: ['Einwohnerwesen', 'Gewerbe'],
        },
        {
          displayName: 'Jörg Müller',
          accountName: 'j.mueller',
          department: null,
          printers: [],
          drives: [],
          fachverfahren: ['Kasse'],
        },
      ],
    },
    {
      id: 'w2',
      name: 'AP-Empfang',
      room: null,
      currentHostname: null,
      targetDeviceSerial: null,
      status: 'PLANNED',
      steps: [],
      persons: [],
    },
  ],
};

describe('technician sheet document', () => {
  it('lists workstations by room with persons, default printer, drives, Fachverfahren and a signature line', async () => {
    const text = pdfText(await renderTechnicianSheet(SAMPLE_SHEET));
    expect(text).toContain('Technikerblatt: Rathaus Grünstadt');
    expect(text).toMatch(/Umstellung\s+12\.12\.2026, 17:00–23:00 Uhr/);
    expect(text).toMatch(/Raum 1\.04[\s\S]+AP-Süd-01[\s\S]+Ohne Raumangabe[\s\S]+AP-Empfang/);
    expect(text).toMatch(/Özlem Özdemir\s+DR-Flur\s+Standard/);
    expect(text).toContain('Ziel: \\\\print01\\Flur');
    expect(text).toMatch(/H: \\\\cloud\\Bürger/);
    expect(text).toContain('\\\\fs01\\alt (kein Zielpfad)');
    expect(text).toContain('Lesen und Schreiben');
    expect(text).toMatch(/Einwohnerwesen[\s\S]+Gewerbe/);
    expect(text).toContain('Keine Person zugeordnet');
    expect(text).toContain('Standarddrucker druckt');
    expect(text).toMatch(/Laufwerke verbunden[\s\S]{0,200}\(optional\)/);
    expect(text).toContain('Unterschrift Techniker/in');
    expect(text).toMatch(/Technikerblatt Rathaus Grünstadt · Stand 01\.12\.2026 14:03 · Schaltplan \S+\s+Seite 1 von/);
  });
});
