import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../common/repo-root';

/** The app's version as the PDFs print it (api/package.json, shipped in the image too). */
export const APP_VERSION = (
  JSON.parse(readFileSync(join(repoRoot(), 'api', 'package.json'), 'utf8')) as { version: string }
).version;

const DATE_TIME = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DATE = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** A moment in Germany, e.g. "01.12.2026 14:03"; "–" for none. */
export function berlinDateTime(at: Date | string | null): string {
  return at === null ? '–' : DATE_TIME.format(new Date(at)).replace(',', '');
}

/** The German day of a moment, e.g. "01.12.2026". */
export function berlinDay(at: Date): string {
  return DATE.format(at);
}
