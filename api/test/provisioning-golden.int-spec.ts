import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadDemoIfEmpty } from '../src/database/demo-bootstrap';
import { provisioningDownload, provisioningJson, type ProvisioningJson } from './support/provisioning';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Golden files: the provisioning export of the demo Verwaltung Amt Musterland must equal
 * api/test/fixtures/provisioning/amt-musterland.{json,csv} byte for byte; only `generatedAt` is
 * normalised (the build list carries no database ids). After an intended change of the export,
 * rewrite them and review the diff:
 *
 *   UPDATE_GOLDEN=1 node --experimental-vm-modules node_modules/jest/bin/jest.js \
 *     api/test/provisioning-golden.int-spec.ts --selectProjects integration
 *
 * The demo data has no confirmations, so the setup makes some, deterministically and through the
 * API: every person of the Rathaus and the Bauhof is confirmed; then the first Bauhof person (by
 * account name) is rejected and the first Rathaus person gets one more Fachverfahren, which makes
 * them "changed since confirmation". The Bürgerbüro's persons stay open. The default export thus
 * holds the other confirmed persons only.
 */

// Jest runs from the repository root (like access-matrix.int-spec.ts reads api/schema.gql).
const FIXTURES = path.join(process.cwd(), 'api', 'test', 'fixtures', 'provisioning');
const GOLDEN_JSON = path.join(FIXTURES, 'amt-musterland.json');
const GOLDEN_CSV = path.join(FIXTURES, 'amt-musterland.csv');
const SCHEMA = path.join(process.cwd(), 'docs', 'provisioning-export.schema.json');
const GENERATED_AT = '2026-12-01T00:00:00.000Z';
const UPDATE = process.env.UPDATE_GOLDEN === '1';

let api: TestApp;
let tenantId: string;
let rathausId: string;
let bauhofId: string;

const normalised = (json: string): string =>
  json.replace(/^ {2}"generatedAt": "[^"]+",$/m, `  "generatedAt": "${GENERATED_AT}",`);

/** Compares with the golden file, or rewrites it with UPDATE_GOLDEN=1. */
function expectGolden(file: string, actual: string): void {
  if (UPDATE) fs.writeFileSync(file, actual, 'utf8');
  expect(fs.existsSync(file)).toBe(true);
  // toBe on the whole text: any byte that differs fails, and jest shows the lines that do.
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

async function firstPersonAt(locationId: string): Promise<string> {
  const [row] = await api.dataSource.query<{ id: string }[]>(
    `SELECT id FROM person WHERE location_id = $1 ORDER BY lower(account_name) COLLATE "C" LIMIT 1`,
    [locationId],
  );
  return row.id;
}

/**
 * The JSON Schema as a validator, when one is installed (ajv comes with eslint); it returns the
 * errors. Without one the test checks the shape itself (expectShape).
 */
async function schemaValidator(): Promise<((doc: unknown) => unknown[]) | null> {
  const ajv = await import('ajv').catch(() => null);
  if (!ajv) return null;
  const validate = new ajv.default({ allErrors: true }).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as object);
  return (doc) => (validate(doc) ? [] : (validate.errors ?? []));
}

function expectShape(doc: ProvisioningJson): void {
  expect(Object.keys(doc)).toEqual(['format', 'version', 'generatedAt', 'tenant', 'filter', 'counts', 'persons']);
  for (const person of doc.persons) {
    expect(Object.keys(person)).toEqual([
      'accountName',
      'displayName',
      'email',
      'department',
      'location',
      'confirmed',
      'confirmationState',
      'printers',
      'drives',
      'software',
      'fachverfahren',
    ]);
    expect(Object.keys(person.software)).toEqual(['standardImage', 'publishedApps', 'replaced', 'undecided']);
    for (const drive of person.drives)
      expect(drive.mapTo).toBe(drive.targetPathMissing ? drive.uncPath : expect.any(String));
  }
}

beforeAll(async () => {
  api = await startTestApp('provisioning_golden');
  await loadDemoIfEmpty(api.dataSource, () => undefined);
  const locations = await api.dataSource.query<{ tenant_id: string; id: string; name: string }[]>(
    `SELECT l.tenant_id, l.id, l.name FROM location l JOIN tenant t ON t.id = l.tenant_id
     WHERE t.name = 'Amt Musterland'`,
  );
  const id = (name: string): string => locations.find((l) => l.name === name)?.id ?? '';
  tenantId = locations[0].tenant_id;
  rathausId = id('Amtsverwaltung (Rathaus)');
  bauhofId = id('Bauhof');
  for (const locationId of [rathausId, bauhofId]) {
    await api.gql(`mutation($t: ID!, $l: ID) { confirmFilteredPersons(tenantId: $t, locationId: $l) { confirmed } }`, {
      t: tenantId,
      l: locationId,
    });
  }
  await api.gql(`mutation($p: ID!) { rejectPerson(personId: $p, comment: "Drucker im Bauhof fehlt") { state } }`, {
    p: await firstPersonAt(bauhofId),
  });
  const changed = await firstPersonAt(rathausId);
  const [fv] = await api.dataSource.query<{ id: string }[]>(
    `SELECT v.id FROM fachverfahren v WHERE v.tenant_id = $1 AND NOT EXISTS (
       SELECT 1 FROM person_fachverfahren m WHERE m.person_id = $2 AND m.fachverfahren_id = v.id)
     ORDER BY lower(v.name) COLLATE "C" LIMIT 1`,
    [tenantId, changed],
  );
  await api.gql(`mutation($p: ID!, $f: ID!) { assignFachverfahren(personId: $p, fachverfahrenId: $f) { id } }`, {
    p: changed,
    f: fv.id,
  });
}, 180_000);
afterAll(() => api.close());

describe('provisioning export of the demo Verwaltung Amt Musterland', () => {
  it('has confirmed and unconfirmed persons to tell apart', async () => {
    const doc = await provisioningJson(api, `tenantId=${tenantId}&includeUnconfirmed=true`);
    const states = doc.persons.map((p) => p.confirmationState);
    expect(states.filter((s) => s === 'CONFIRMED').length).toBeGreaterThan(10);
    expect(new Set(states)).toEqual(new Set(['CONFIRMED', 'OPEN', 'CHANGED', 'REJECTED']));
    expect(doc.counts.notExported).toBe(0);
  });

  it('matches the golden JSON', async () => {
    const res = await provisioningDownload(api, `tenantId=${tenantId}&format=json`);
    expect(res.status).toBe(200);
    const text = res.body.toString('utf8');
    expect(text).toMatch(/^ {2}"generatedAt": "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z",$/m);
    expectGolden(GOLDEN_JSON, normalised(text));
  });

  it('matches the golden CSV (UTF-8 with BOM, CRLF)', async () => {
    const res = await provisioningDownload(api, `tenantId=${tenantId}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expectGolden(GOLDEN_CSV, res.body.toString('utf8'));
  });

  it('holds only confirmed persons, ordered by account name, in the documented shape', async () => {
    const doc = await provisioningJson(api, `tenantId=${tenantId}`);
    const names = doc.persons.map((p) => p.accountName);
    expect(names).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    expect(doc.persons.every((p) => p.confirmed && p.location !== 'Bürgerbüro Beispielhagen')).toBe(true);
    expect(doc.counts.notExported).toBe(10);
    const flagged = await provisioningJson(api, `tenantId=${tenantId}&includeUnconfirmed=true`);
    const validate = await schemaValidator();
    if (validate) {
      expect(validate(doc)).toEqual([]);
      expect(validate(flagged)).toEqual([]);
    } else {
      for (const d of [doc, flagged]) expectShape(d);
    }
  });
});
