import type { Omissions, Unscrubbed } from './access-report.types';

/** Shorter values match too much ordinary text ("ab", "it") to say anything about a person. */
const MIN_LENGTH = 3;
const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);

/** Every string inside a JSON-like value (keys included, so a name used as a key is found too). */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (typeof value === 'number' || typeof value === 'boolean') yield String(value);
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield key;
      yield* strings(item);
    }
  }
}

/**
 * What identifies the other persons of a Verwaltung (ids, account names, display and full names,
 * e-mail addresses, including earlier ones from the audit trail), minus values that identify nobody
 * else: those the person of the report has had themselves (their own name stays in their report
 * even when someone else shares it) and names of things (a functional account "Bauhof" does not
 * make the Standort Bauhof someone else's). A value "mentions" another person when one of these
 * occurs in it as a whole word, compared case-insensitively.
 */
export class OtherPersons {
  private readonly needles: string[];

  constructor(identifiers: Iterable<string>, notIdentifying: Iterable<string>) {
    const ignored = new Set([...notIdentifying].map((v) => v.trim().toLowerCase()));
    const needles = new Set<string>();
    for (const raw of identifiers) {
      const v = raw.trim().toLowerCase();
      if (v.length >= MIN_LENGTH && !ignored.has(v)) needles.add(v);
    }
    this.needles = [...needles];
  }

  mentions(value: unknown): boolean {
    for (const text of strings(value)) {
      const hay = text.toLowerCase();
      for (const needle of this.needles) if (this.occurs(hay, needle)) return true;
    }
    return false;
  }

  /**
   * The record with every field that mentions another person set to null and named in
   * `omittedFields`. Ids are kept (they are the record's own); `fields` limits the check.
   */
  scrub<T extends Omissions>(record: Unscrubbed<T>, fields?: readonly string[]): T {
    const copy: Record<string, unknown> = { ...record };
    const omitted: string[] = [];
    for (const field of fields ?? Object.keys(copy).filter((k) => k !== 'id')) {
      if (this.mentions(copy[field])) {
        copy[field] = null;
        omitted.push(field);
      }
    }
    return { ...copy, omittedFields: omitted } as unknown as T;
  }

  /** The entries of a map that mention nobody else, and the keys left out. */
  filterMap(map: Record<string, unknown>): { kept: Record<string, unknown>; omitted: string[] } {
    const kept: Record<string, unknown> = {};
    const omitted: string[] = [];
    for (const [key, value] of Object.entries(map)) {
      // A key that is itself a name is not repeated in the list of what was left out.
      if (this.mentions(key)) omitted.push('…');
      else if (this.mentions(value)) omitted.push(key);
      else kept[key] = value;
    }
    return { kept, omitted };
  }

  private occurs(hay: string, needle: string): boolean {
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + needle.length])) return true;
    }
    return false;
  }
}
