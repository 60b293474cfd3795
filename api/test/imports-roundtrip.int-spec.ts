import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { download } from './support/export-download';
import { createExportFixture, type ExportFixture } from './support/export-fixtures';
import { importFile } from './support/imports';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let fx: ExportFixture;

beforeAll(async () => {
  api = await startTestApp('imports_roundtrip');
  fx = await createExportFixture(api);
});
afterAll(() => api.close());

// Every export of every object type, in every format: re-imported, it changes nothing.
const CASES: [target: string, withPersons: boolean][] = [
  ['LOCATIONS', false],
  ['PERSONS', false],
  ['WORKSTATIONS', false],
  ['PRINTERS', false],
  ['PERSON_PRINTERS', false],
  ['SOFTWARE', false],
  ['SOFTWARE', true],
  ['FILE_SHARES', false],
  ['FILE_SHARES', true],
  ['FACHVERFAHREN', false],
  ['FACHVERFAHREN', true],
];
const FORMATS = [
  ['xlsx', 'xlsx'],
  ['csv', 'csv'],
  ['csv-comma', 'csv'],
] as const;

describe('export → import round trip', () => {
  it.each(
    CASES.flatMap(([target, withPersons]) =>
      FORMATS.map(([format, ext]) => [target, withPersons, format, ext] as const),
    ),
  )('%s (with persons: %s) as %s re-imports with zero changes', async (target, withPersons, format, ext) => {
    const file = await download(
      api,
      `${target}?tenantId=${fx.tenant.id}&format=${format}${withPersons ? '&withPersons=true' : ''}`,
    );
    expect(file.status).toBe(200);
    const run = await importFile(api, {
      tenantId: fx.tenant.id,
      target,
      fileName: `export.${ext}`,
      body: file.body,
      mode: 'DRY_RUN',
    });
    // Every exported header is recognised: nothing is left unmapped (and an empty analysis fails).
    expect(run.analysis.headers.length).toBeGreaterThan(0);
    expect(run.analysis.suggestedMapping.every(Boolean)).toBe(true);
    expect(run.analysis.suggestedTarget).toBe(target);
    expect({ errors: run.errors, failure: run.failure, diffs: run.diffs }).toEqual({
      errors: [],
      failure: null,
      diffs: [],
    });
    expect(run.counts).toMatchObject({ created: 0, changed: 0, errors: 0 });
    expect(run.counts?.unchanged).toBeGreaterThan(0);
  });

  it('commits a re-import without writing anything (no versions bumped, no audit entries)', async () => {
    const file = await download(api, `PERSONS?tenantId=${fx.tenant.id}&format=xlsx`);
    const before = await api.dataSource.query<{ v: string }[]>(
      `SELECT (SELECT sum(version) FROM person)::text || '/' || (SELECT count(*) FROM audit_entry)::text AS v`,
    );
    const run = await importFile(api, {
      tenantId: fx.tenant.id,
      target: 'PERSONS',
      fileName: 'p.xlsx',
      body: file.body,
    });
    expect(run.status).toBe('SUCCEEDED');
    const after = await api.dataSource.query<{ v: string }[]>(
      `SELECT (SELECT sum(version) FROM person)::text || '/' || (SELECT count(*) FROM audit_entry)::text AS v`,
    );
    expect(after).toEqual(before);
  });
});
