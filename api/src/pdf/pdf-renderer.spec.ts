import { describe, expect, it } from '@jest/globals';
import { pdfPagePng, pdfPages, pdfText } from '../../test/support/pdf';
import { renderPdf } from './pdf-renderer';

describe('renderPdf', () => {
  it('writes an A4 PDF whose text (umlauts included) and footer can be read back', async () => {
    const pdf = await renderPdf({
      title: 'Statusbericht',
      footer: 'Stand 01.12.2026 · Schaltplan 0.1.0',
      content: [
        { text: 'Statusbericht für den Ausschuss', style: 'title' },
        { text: 'Größe: 12 Arbeitsplätze, Straßenmeisterei „Altenbrück“, 1.234 €' },
        { text: 'Zweite Seite', pageBreak: 'before' },
      ],
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(pdf)).toBe(2);
    const text = pdfText(pdf);
    expect(text).toContain('Statusbericht für den Ausschuss');
    expect(text).toContain('Größe: 12 Arbeitsplätze, Straßenmeisterei „Altenbrück“, 1.234 €');
    expect(text).toContain('Seite 2 von 2');
    expect(text).toContain('Stand 01.12.2026 · Schaltplan 0.1.0');
    const png = pdfPagePng(pdf);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
