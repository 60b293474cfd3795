import { describe, expect, it } from '@jest/globals';
import { attachmentPath, dataFileText, EXIT_TABLES } from './exit-archive.format';

describe('exit archive format', () => {
  it('keeps an uploaded file’s name, minus what a file system cannot take', () => {
    const id = '3f1c0a4e-9d7b-4c3e-8f00-000000000001';
    expect(attachmentPath(id, 'AD-Export Bauamt (groß).csv')).toBe(
      `attachments/import_file/${id}/AD-Export Bauamt (groß).csv`,
    );
    expect(attachmentPath(id, '../..\\etc/passwd:x?.csv')).toBe(`attachments/import_file/${id}/_.._etc_passwd_x_.csv`);
    expect(attachmentPath(id, '...')).toBe(`attachments/import_file/${id}/file`);
  });

  it('writes one row per line, and an empty table as []', () => {
    expect(dataFileText(['{"a":1}', '{"a":2}'])).toBe('[\n{"a":1},\n{"a":2}\n]\n');
    expect(JSON.parse(dataFileText(['{"a":1}', '{"a":2}']))).toEqual([{ a: 1 }, { a: 2 }]);
    expect(dataFileText([])).toBe('[]\n');
  });

  it('inserts the tenant first and the audit trail last, mappings before confirmations', () => {
    const order = EXIT_TABLES.map((t) => t.table);
    expect(order[0]).toBe('tenant');
    expect(order.at(-1)).toBe('audit_entry');
    expect(order.indexOf('person_printer')).toBeLessThan(order.indexOf('confirmation'));
    expect(order.indexOf('workstation')).toBeLessThan(order.indexOf('checklist_step'));
    expect(new Set(order).size).toBe(order.length);
  });
});
