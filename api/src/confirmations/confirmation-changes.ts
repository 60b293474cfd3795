import type { ConfirmationArea, ConfirmationChange, ConfirmationMappings } from './confirmation.model';

type Item = Record<string, string | boolean | null | undefined>;

interface AreaSpec {
  area: ConfirmationArea;
  list: keyof ConfirmationMappings;
  /** Identity of an entry (case-insensitive, as the catalogue's unique keys). */
  key: (item: Item) => string;
  label: (item: Item) => string;
  /** Attributes compared when the entry is in both. */
  fields: string[];
}

const text = (v: Item[string]): string | null => (v === null || v === undefined ? null : String(v));
const lower = (v: Item[string]): string => String(v ?? '').toLowerCase();

const AREAS: AreaSpec[] = [
  // The default flag is reported once per person as "default printer A → B", not per printer.
  {
    area: 'PRINTER',
    list: 'printers',
    key: (i) => lower(i.name),
    label: (i) => String(i.name),
    fields: ['targetQueue'],
  },
  {
    area: 'SOFTWARE',
    list: 'software',
    key: (i) => `${lower(i.product)}|${lower(i.versionLabel)}`,
    label: (i) => (i.versionLabel ? `${String(i.product)} ${String(i.versionLabel)}` : String(i.product)),
    fields: ['delivery'],
  },
  {
    area: 'FILE_SHARE',
    list: 'fileShares',
    key: (i) => lower(i.uncPath),
    label: (i) => String(i.uncPath),
    fields: ['driveLetter', 'access', 'targetPath'],
  },
  { area: 'FACHVERFAHREN', list: 'fachverfahren', key: (i) => lower(i.name), label: (i) => String(i.name), fields: [] },
];

const change = (area: ConfirmationArea, kind: ConfirmationChange['kind'], item: string): ConfirmationChange => ({
  area,
  kind,
  item,
  field: null,
  oldValue: null,
  newValue: null,
});

/** What differs between the mappings a decision was made on and the mappings now. */
export function confirmationChanges(before: ConfirmationMappings, now: ConfirmationMappings): ConfirmationChange[] {
  const changes: ConfirmationChange[] = [];
  for (const spec of AREAS) {
    const old = new Map((before[spec.list] as unknown as Item[]).map((i) => [spec.key(i), i]));
    const current = new Map((now[spec.list] as unknown as Item[]).map((i) => [spec.key(i), i]));
    for (const [key, item] of current) {
      const was = old.get(key);
      if (!was) {
        changes.push(change(spec.area, 'ADDED', spec.label(item)));
        continue;
      }
      for (const field of spec.fields) {
        if (text(was[field]) !== text(item[field])) {
          changes.push({
            ...change(spec.area, 'CHANGED', spec.label(item)),
            field,
            oldValue: text(was[field]),
            newValue: text(item[field]),
          });
        }
      }
    }
    for (const [key, item] of old) if (!current.has(key)) changes.push(change(spec.area, 'REMOVED', spec.label(item)));
  }
  const defaultOf = (m: ConfirmationMappings): string | null => m.printers.find((p) => p.isDefault)?.name ?? null;
  const [oldDefault, newDefault] = [defaultOf(before), defaultOf(now)];
  if (lower(oldDefault) !== lower(newDefault)) {
    changes.push({
      ...change('PRINTER', 'CHANGED', newDefault ?? oldDefault ?? ''),
      field: 'isDefault',
      oldValue: oldDefault,
      newValue: newDefault,
    });
  }
  return changes;
}
