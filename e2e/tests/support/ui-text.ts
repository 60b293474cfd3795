import fs from 'node:fs';
import path from 'node:path';
import type { Language } from './sessions';

type Messages = { [key: string]: string | Messages };

const load = (language: Language): Messages =>
  <Messages>(
    JSON.parse(
      fs.readFileSync(path.join(__dirname, '..', '..', '..', 'web', 'src', 'i18n', `${language}.json`), 'utf8'),
    )
  );
const MESSAGES: Record<Language, Messages> = { de: load('de'), en: load('en') };

/** The web app's own text for a key (web/src/i18n), so a test reads both languages alike. */
export function uiText(language: Language, key: string, values: Record<string, string | number> = {}): string {
  let node: string | Messages | undefined = MESSAGES[language];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no UI text ${key} (${language})`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The text of a key as a pattern, any interpolated value matching anything. */
export function uiPattern(language: Language, key: string): RegExp {
  const marker = '\u0000';
  const text = uiText(language, key, new Proxy({}, { get: () => marker }));
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.split(marker).join('.+')}$`);
}
