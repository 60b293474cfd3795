import type { ExportFormat } from './export-columns';

const EXTENSIONS: Record<ExportFormat, string> = { xlsx: 'xlsx', csv: 'csv', 'csv-comma': 'csv' };

/** Today in Germany as YYYY-MM-DD (the Swedish locale formats dates that way). */
export function berlinDate(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(now);
}

/** Words of a file name: no path or reserved characters, runs of spaces and dashes become one dash. */
function words(part: string): string {
  return part
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .trim()
    .replace(/[\s-]+/g, '-');
}

/** The same name spelt in ASCII: umlauts spelt out, anything else non-ASCII dropped. */
function ascii(name: string): string {
  return name
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/[;,'%"\\]/g, '')
    .replace(/-{2,}/g, '-');
}

/** e.g. `Personen-Amt-Musterland-2026-12-01`: what is exported, of whom, when (without extension). */
export function fileStem(parts: (string | null | undefined)[], now: Date): string {
  const stem = [...parts, berlinDate(now)]
    .filter((p): p is string => !!p)
    .map(words)
    .filter(Boolean)
    .join('-');
  return stem.slice(0, 150);
}

/** e.g. `Statusbericht-Amt-Musterland-2026-12-01.pdf`: what it is, of whom, when. */
export function datedFileName(parts: (string | null | undefined)[], extension: string, now: Date): string {
  return `${fileStem(parts, now)}.${extension}`;
}

/** e.g. `Personen-Amt-Musterland-2026-12-01.xlsx`. */
export function exportFileName(parts: (string | null | undefined)[], format: ExportFormat, now: Date): string {
  return datedFileName(parts, EXTENSIONS[format], now);
}

/** Content-Disposition with an ASCII fallback and the exact UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii(fileName)}"; filename*=UTF-8''${encoded}`;
}
