import type { PdfContent } from '../pdf/pdf-renderer';

import { APP_VERSION, berlinDateTime } from '../pdf/pdf-format';

export { APP_VERSION, berlinDateTime, berlinDay } from '../pdf/pdf-format';

/** A calendar date from the database ("2026-12-01") as "01.12.2026"; no time zone involved. */
export function germanDate(day: string | null): string {
  if (!day) return '–';
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

const NUMBER = new Intl.NumberFormat('de-DE');

/** "1.234": thousands separated the German way. */
export function germanNumber(n: number): string {
  return NUMBER.format(n);
}

/**
 * Whole per cent, rounded down, so 100 % only ever means "all of them"; "–" when there is
 * nothing to count.
 */
export function percent(part: number, total: number): string {
  return total === 0 ? '–' : `${Math.floor((part * 100) / total)} %`;
}

/** "Stand 01.12.2026 14:03 · Schaltplan 0.1.0": the footer line of every report page. */
export function reportFooter(now: Date, prefix?: string): string {
  return [prefix, `Stand ${berlinDateTime(now)}`, `Schaltplan ${APP_VERSION}`].filter(Boolean).join(' · ');
}

const BOX = 9;

/**
 * A tick box drawn as a rectangle (Roboto has no "☐" glyph); a done item gets a cross, so
 * the mark does not rely on colour.
 */
export function checkbox(done = false): PdfContent {
  const lines = done
    ? [
        { type: 'line' as const, x1: 2, y1: 3, x2: BOX - 2, y2: BOX - 1, lineWidth: 1 },
        { type: 'line' as const, x1: 2, y1: BOX - 1, x2: BOX - 2, y2: 3, lineWidth: 1 },
      ]
    : [];
  return {
    canvas: [{ type: 'rect', x: 0, y: 1, w: BOX, h: BOX, lineWidth: 0.8 }, ...lines],
    width: BOX + 4,
  } as PdfContent;
}

/** One item after its tick box, e.g. a printer or a Fachverfahren to test. */
export function boxed(text: PdfContent, done = false): PdfContent {
  return { columns: [checkbox(done), { stack: [text], width: '*' }], columnGap: 2, margin: [0, 0, 0, 2] };
}
