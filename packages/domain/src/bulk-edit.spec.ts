import { describe, expect, it } from '@jest/globals';
import { BULK_EDIT_FIELDS, BULK_EDIT_OBJECT_TYPES, bulkEditField, parseBulkValue } from './bulk-edit';
import { IMPORT_SPECS } from './import-specs';

const field = (type: Parameters<typeof bulkEditField>[0], name: string) => {
  const f = bulkEditField(type, name);
  if (!f) throw new Error(`no ${name}`);
  return f;
};

describe('bulk edit fields', () => {
  it('offers fields for every object type, taken from the import specs', () => {
    for (const type of BULK_EDIT_OBJECT_TYPES) expect(BULK_EDIT_FIELDS[type].length).toBeGreaterThan(0);
    expect(field('PRINTER', 'targetQueue').spec).toBe(
      IMPORT_SPECS.PRINTERS.columns.find((c) => c.field === 'targetQueue'),
    );
    expect(field('PERSON', 'department').label).toEqual({ de: 'Abteilung', en: 'Department' });
    expect(bulkEditField('PRINTER', 'name')).toBeUndefined();
  });

  it('marks NOT NULL columns as required', () => {
    expect(field('PRINTER', 'location').required).toBe(true);
    expect(field('PERSON', 'location').required).toBe(false);
    expect(field('FACHVERFAHREN', 'crisisRelevant').required).toBe(true);
    expect(field('PRINTER', 'kind').required).toBe(true);
  });
});

describe('parseBulkValue', () => {
  it('reads values like import cells', () => {
    expect(parseBulkValue(field('PRINTER', 'kind'), 'Kopierer')).toEqual({ ok: true, value: 'COPIER' });
    expect(parseBulkValue(field('FACHVERFAHREN', 'crisisRelevant'), 'ja')).toEqual({ ok: true, value: true });
    expect(parseBulkValue(field('LOCATION', 'lanSpeedMbit'), '1.000')).toEqual({ ok: true, value: 1000 });
    expect(parseBulkValue(field('PRINTER', 'room'), 'x'.repeat(201))).toMatchObject({ ok: false, code: 'TOO_LONG' });
    expect(parseBulkValue(field('PRINTER', 'kind'), 'Toaster')).toMatchObject({ ok: false, code: 'INVALID_CHOICE' });
  });

  it('clears optional fields and refuses to clear required ones', () => {
    expect(parseBulkValue(field('PRINTER', 'room'), null)).toEqual({ ok: true, value: null });
    expect(parseBulkValue(field('PRINTER', 'room'), '  ')).toEqual({ ok: true, value: null });
    expect(parseBulkValue(field('PRINTER', 'kind'), null)).toEqual({ ok: false, code: 'REQUIRED' });
    expect(parseBulkValue(field('FACHVERFAHREN', 'crisisRelevant'), '')).toEqual({ ok: false, code: 'REQUIRED' });
  });

  it('takes a location by id, not by name', () => {
    const id = '0B0E8C2E-52A4-4F55-9F0B-5A3C2E1D0F11';
    expect(parseBulkValue(field('PRINTER', 'location'), id)).toEqual({ ok: true, value: id.toLowerCase() });
    expect(parseBulkValue(field('PRINTER', 'location'), 'Rathaus')).toMatchObject({
      ok: false,
      code: 'UNKNOWN_LOCATION',
    });
  });
});
