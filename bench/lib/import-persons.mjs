// Importing 100k persons from a CSV: through the API (upload → startImport → poll importRun), and
// as what an engineer would write by hand: COPY into a temp staging table plus one upsert.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { copyFrom } from './api-modules.mjs';
import { graphql } from './app-process.mjs';
import { SCOPE_SQL } from './list-workstations.mjs';

export const IMPORT_ROWS = 100_000;
export const IMPORT_LOCATIONS = 50;
const FILE_NAME = 'personen-100k.csv';

export const HEADER = ['Benutzername', 'Vorname', 'Nachname', 'Anzeigename', 'Abteilung', 'Standort', 'E-Mail'];
export const MAPPING = ['accountName', 'givenName', 'surname', 'displayName', 'department', 'location', 'email'];

const GIVEN = ['Anna', 'Jürgen', 'Björn', 'Sören', 'Maria', 'Heike', 'Jörg', 'Käthe', 'Lukas', 'Özlem', 'Paul', 'Zoë'];
const SURNAMES = [
  'Müller',
  'Schröder',
  'Weiß',
  'Bäcker',
  'Koch',
  'Groß',
  'Fuchs',
  'Köhler',
  'Wolf',
  'Schulze',
  'Braun',
];
const DEPARTMENTS = [
  'Kämmerei',
  'Ordnungsamt',
  'Bürgerbüro',
  'Bauamt',
  'Hauptamt',
  'Jugendamt',
  'Straßenverkehrsamt',
  'Gesundheitsamt',
  'Planung; Umwelt', // quoted in the file: the delimiter inside a cell
  'Schulverwaltung',
  'Personalamt',
  'IT-Service',
];
const ascii = (s) =>
  s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/ë/g, 'e');

/** The target tenant's location names (every import tenant gets the same 50). */
export const locationName = (i) => `Außenstelle ${String(i + 1).padStart(2, '0')}`;

const cell = (v) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The file, deterministically: German Excel style (`;`, CRLF, UTF-8 without BOM), umlauts,
 * every 40th department and every 25th e-mail empty, one department with a quoted `;`.
 */
export function generatePersonsCsv(rows = IMPORT_ROWS) {
  const lines = [HEADER.join(';')];
  for (let i = 0; i < rows; i++) {
    const given = GIVEN[i % GIVEN.length];
    const surname = SURNAMES[Math.floor(i / GIVEN.length) % SURNAMES.length];
    const account = `${ascii(given[0])}.${ascii(surname)}${String(i).padStart(6, '0')}`;
    const department = i % 40 === 7 ? '' : DEPARTMENTS[(i * 7) % DEPARTMENTS.length];
    const email = i % 25 === 3 ? '' : `${account}@landkreis-bench.example`;
    const location = locationName((i * 13) % IMPORT_LOCATIONS);
    lines.push([account, given, surname, `${given} ${surname}`, department, location, email].map(cell).join(';'));
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Inserts `count` empty tenants with IMPORT_LOCATIONS locations each (as the owner). */
export async function createImportTenants(client, count, prefix) {
  const ids = [];
  await client.query('BEGIN');
  await client.query(`SELECT set_config('app.all_tenants', 'on', true)`);
  for (let i = 0; i < count; i++) {
    const { rows } = await client.query(
      `INSERT INTO tenant (name, kind, ags, inhabitants)
       VALUES ($1, 'KREIS', lpad((floor(random() * 1e8))::bigint::text, 8, '0'), 250000) RETURNING id`,
      [`Import-Bench ${prefix} ${i + 1} ${Date.now()}`],
    );
    await client.query(`INSERT INTO location (tenant_id, name, kind) SELECT $1, unnest($2::text[]), 'SONSTIGES'`, [
      rows[0].id,
      Array.from({ length: IMPORT_LOCATIONS }, (_, j) => locationName(j)),
    ]);
    ids.push(rows[0].id);
  }
  await client.query('COMMIT');
  return ids;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const RUN_QUERY = `query($id: ID!) { importRun(id: $id) {
  status phase counts { created changed unchanged errors } failure { code message } } }`;

/**
 * Upload + startImport(COMMIT) + polling importRun every 20 ms until it is no longer RUNNING.
 * Returns the wall time and when each phase was first seen (ms since the upload started).
 */
export async function apiImport(baseUrl, cookie, tenantId, file) {
  const started = performance.now();
  const at = () => performance.now() - started;
  const res = await fetch(
    `${baseUrl}/api/imports/files?tenantId=${tenantId}&fileName=${encodeURIComponent(FILE_NAME)}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', cookie },
      body: file,
    },
  );
  const uploaded = await res.json();
  if (res.status !== 201 || !uploaded.id)
    throw new Error(`upload failed (${res.status}): ${JSON.stringify(uploaded).slice(0, 300)}`);
  const phases = { upload: at() };
  const start = await graphql(
    baseUrl,
    `
      mutation ($input: StartImportInput!) {
        startImport(input: $input) {
          id
        }
      }
    `,
    { input: { fileId: uploaded.id, target: 'PERSONS', mode: 'COMMIT', mapping: MAPPING } },
    { cookie },
  );
  const runId = start.data.startImport.id;
  phases.started = at();
  for (;;) {
    const { data } = await graphql(baseUrl, RUN_QUERY, { id: runId }, { cookie });
    const run = data.importRun;
    if (!(run.phase in phases)) phases[run.phase] = at();
    if (run.status !== 'RUNNING') {
      const ms = at();
      phases.end = ms;
      return { ms, runId, status: run.status, counts: run.counts, failure: run.failure, phases };
    }
    if (at() > 600_000) throw new Error(`import run ${runId} still RUNNING after 10 minutes`);
    await sleep(20);
  }
}

/** The hand-written baseline: stage with COPY, then the upsert; one transaction, commit included. */
export const RAW_STAGE = `CREATE TEMP TABLE stage (
  benutzername text, vorname text, nachname text, anzeigename text, abteilung text, standort text, email text
) ON COMMIT DROP`;
export const RAW_COPY = `COPY stage FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'UTF8')`;
export const RAW_UPSERT = `
INSERT INTO person (id, tenant_id, account_name, given_name, surname, display_name, department, location_id, email)
SELECT gen_random_uuid(), $1, s.benutzername, s.vorname, s.nachname, s.anzeigename, s.abteilung, l.id, s.email
FROM stage s
LEFT JOIN location l ON l.tenant_id = $1 AND lower(l.name) = lower(s.standort)
ON CONFLICT (tenant_id, lower(account_name)) DO UPDATE SET
  account_name = EXCLUDED.account_name, given_name = EXCLUDED.given_name, surname = EXCLUDED.surname,
  display_name = EXCLUDED.display_name, department = EXCLUDED.department, location_id = EXCLUDED.location_id,
  email = EXCLUDED.email, version = person.version + 1
WHERE (person.account_name, person.given_name, person.surname, person.display_name, person.department,
       person.location_id, person.email)
  IS DISTINCT FROM (EXCLUDED.account_name, EXCLUDED.given_name, EXCLUDED.surname, EXCLUDED.display_name,
       EXCLUDED.department, EXCLUDED.location_id, EXCLUDED.email)`;

export async function rawImport(client, tenantId, file) {
  const started = performance.now();
  await client.query('BEGIN');
  try {
    await client.query(SCOPE_SQL, [`{${tenantId}}`]);
    await client.query(RAW_STAGE);
    const copy = client.query(copyFrom(RAW_COPY));
    await pipeline(Readable.from(chunks(file)), copy);
    const upsert = await client.query(RAW_UPSERT, [tenantId]);
    await client.query('COMMIT');
    return { ms: performance.now() - started, copied: copy.rowCount, written: upsert.rowCount };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The file in 64 KB pieces, as it would come off a socket or a disk. */
function* chunks(buf, size = 64 * 1024) {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

/** The rows the comparison covers, per tenant, as owner (all-tenants scope). */
const ROWS_SQL = `SELECT p.account_name, p.given_name, p.surname, p.display_name, p.department, l.name AS location, p.email
  FROM person p LEFT JOIN location l ON l.tenant_id = p.tenant_id AND l.id = p.location_id WHERE p.tenant_id = $1`;

/**
 * Throws unless both tenants hold exactly `expected` persons, every one with a location, and the
 * same rows (account_name, names, department, location name, e-mail).
 */
export async function checkSamePersons(client, apiTenant, rawTenant, expected = IMPORT_ROWS) {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    const { rows } = await client.query(
      `SELECT (SELECT count(*)::int FROM person WHERE tenant_id = $1) AS api,
              (SELECT count(*)::int FROM person WHERE tenant_id = $2) AS raw,
              (SELECT count(*)::int FROM person WHERE tenant_id IN ($1, $2) AND location_id IS NULL) AS no_location,
              (SELECT count(*)::int FROM (${ROWS_SQL} EXCEPT ${ROWS_SQL.replace('$1', '$2')}) x) AS only_api,
              (SELECT count(*)::int FROM (${ROWS_SQL.replace('$1', '$2')} EXCEPT ${ROWS_SQL}) x) AS only_raw`,
      [apiTenant, rawTenant],
    );
    const c = rows[0];
    if (c.api !== expected || c.raw !== expected)
      throw new Error(`expected ${expected} persons per tenant, API tenant has ${c.api}, raw tenant ${c.raw}`);
    if (c.no_location) throw new Error(`${c.no_location} imported persons have no location`);
    if (c.only_api || c.only_raw) {
      const { rows: sample } = await client.query(
        `(${ROWS_SQL} EXCEPT ${ROWS_SQL.replace('$1', '$2')}) ORDER BY 1 LIMIT 3`,
        [apiTenant, rawTenant],
      );
      throw new Error(
        `API and raw SQL rows differ: ${c.only_api} only via the API, ${c.only_raw} only via raw SQL; e.g. ${JSON.stringify(sample)}`,
      );
    }
    await client.query('COMMIT');
    return c;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Persons of the tenant with version > 1 or updated after created: how many rows a re-import touched. */
export async function touchedPersons(client, tenantId) {
  await client.query('BEGIN');
  await client.query(`SELECT set_config('app.all_tenants', 'on', true)`);
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM person WHERE tenant_id = $1 AND (version > 1 OR updated_at > created_at)`,
    [tenantId],
  );
  await client.query('COMMIT');
  return rows[0].n;
}

/** RSS of a process in KB (Linux: /proc/<pid>/status VmRSS), or null elsewhere. */
export function rssKb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Samples the RSS every intervalMs; stop() returns the peak (KB) since start. */
export function sampleRss(pid, intervalMs = 50) {
  let peak = rssKb(pid) ?? 0;
  let samples = 0;
  const timer = setInterval(() => {
    const kb = rssKb(pid);
    samples++;
    if (kb !== null && kb > peak) peak = kb;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const kb = rssKb(pid);
      if (kb !== null && kb > peak) peak = kb;
      return { peakKb: peak, samples };
    },
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Statistics for the next run's plans, as autovacuum would soon provide; never inside a timing. */
async function analyzePersons(client) {
  await client.query('ANALYZE person');
}

const phaseText = (p) =>
  `upload ${p.upload.toFixed(0)}, start ${(p.started - p.upload).toFixed(0)}, ` +
  ['PARSE', 'VALIDATE', 'COMMIT', 'DONE']
    .filter((k) => k in p)
    .map((k) => `${k}@${p[k].toFixed(0)}`)
    .join(' ') +
  ` end ${p.end.toFixed(0)} ms`;

/**
 * Both import scenarios against one running API: tenants and accounts first, one untimed
 * API/raw pair that is checked for identical rows (and warms both sides up), then `pairs`
 * alternating timed pairs of first imports (a fresh tenant for every run), then `pairs`
 * alternating re-imports into the checked tenants. The API's RSS is sampled throughout.
 *
 * owner: a pg client as the database owner; signIn(tenantIds) signs in one bench account per
 * tenant; cookieOf(tenantId) returns its session cookie.
 */
export async function measureImports({ app, owner, raw, signIn, cookieOf, pairs = 5, log = () => undefined }) {
  const file = generatePersonsCsv();
  log(`generated ${FILE_NAME}: ${IMPORT_ROWS} rows, ${(file.length / 1024 / 1024).toFixed(1)} MB`);
  const apiTenants = await createImportTenants(owner, pairs + 1, 'API');
  const rawTenants = await createImportTenants(owner, pairs + 1, 'raw');
  await owner.query('ANALYZE');
  await signIn(apiTenants);

  const rssBefore = rssKb(app.pid);
  const rss = sampleRss(app.pid);
  const result = {
    rssBeforeKb: rssBefore,
    first: { api: [], raw: [], phases: [] },
    again: { api: [], raw: [], phases: [] },
  };
  try {
    // The correctness check, untimed.
    const [checkApi, checkRaw] = [apiTenants[0], rawTenants[0]];
    const a = await apiImport(app.baseUrl, cookieOf(checkApi), checkApi, file);
    if (a.status !== 'SUCCEEDED' || a.counts?.created !== IMPORT_ROWS)
      throw new Error(`API import did not create ${IMPORT_ROWS} persons: ${JSON.stringify(a)}`);
    log(`untimed check import via API: ${a.ms.toFixed(0)} ms (${phaseText(a.phases)})`);
    const r = await rawImport(raw, checkRaw, file);
    if (r.copied !== IMPORT_ROWS || r.written !== IMPORT_ROWS)
      throw new Error(`raw import copied ${r.copied} and wrote ${r.written} rows, expected ${IMPORT_ROWS}`);
    log(`untimed check import via raw SQL: ${r.ms.toFixed(0)} ms`);
    await checkSamePersons(owner, checkApi, checkRaw);
    log(`API and raw SQL hold the same ${IMPORT_ROWS} persons`);
    await analyzePersons(owner);

    for (let i = 0; i < pairs; i++) {
      const runApi = async () => {
        const run = await apiImport(app.baseUrl, cookieOf(apiTenants[i + 1]), apiTenants[i + 1], file);
        if (run.status !== 'SUCCEEDED' || run.counts?.created !== IMPORT_ROWS)
          throw new Error(`API import failed: ${JSON.stringify(run)}`);
        result.first.api.push(run.ms);
        result.first.phases.push(run.phases);
        log(`  import via API ${run.ms.toFixed(0)} ms (${phaseText(run.phases)})`);
      };
      const runRaw = async () => {
        const run = await rawImport(raw, rawTenants[i + 1], file);
        if (run.written !== IMPORT_ROWS) throw new Error(`raw import wrote ${run.written} rows`);
        result.first.raw.push(run.ms);
        log(`  import via raw SQL ${run.ms.toFixed(0)} ms`);
      };
      for (const step of i % 2 === 0 ? [runApi, runRaw] : [runRaw, runApi]) {
        await step();
        await analyzePersons(owner);
      }
    }

    // Re-imports of the same file into the checked tenants: nothing may change.
    for (let i = 0; i < pairs; i++) {
      const runApi = async () => {
        const run = await apiImport(app.baseUrl, cookieOf(checkApi), checkApi, file);
        const c = run.counts;
        if (run.status !== 'SUCCEEDED' || c?.unchanged !== IMPORT_ROWS || c.created || c.changed)
          throw new Error(`API re-import was not all unchanged: ${JSON.stringify(run)}`);
        result.again.api.push(run.ms);
        result.again.phases.push(run.phases);
        log(`  re-import via API ${run.ms.toFixed(0)} ms (${phaseText(run.phases)})`);
      };
      const runRaw = async () => {
        const run = await rawImport(raw, checkRaw, file);
        if (run.written !== 0) throw new Error(`raw re-import wrote ${run.written} rows`);
        result.again.raw.push(run.ms);
        log(`  re-import via raw SQL ${run.ms.toFixed(0)} ms`);
      };
      for (const step of i % 2 === 0 ? [runApi, runRaw] : [runRaw, runApi]) await step();
    }
    for (const t of [checkApi, checkRaw]) {
      const touched = await touchedPersons(owner, t);
      if (touched) throw new Error(`a re-import changed ${touched} persons of tenant ${t}`);
    }
  } finally {
    const peak = rss.stop();
    result.rssPeakKb = peak.peakKb;
    result.rssSamples = peak.samples;
  }
  for (const k of ['first', 'again']) {
    result[k].apiMedian = median(result[k].api);
    result[k].rawMedian = median(result[k].raw);
    result[k].phaseMedians = phaseMedians(result[k].phases);
  }
  result.fileBytes = file.length;
  return result;
}

/** Median duration of each step: upload, startImport, PARSE, VALIDATE, COMMIT (ms). */
function phaseMedians(list) {
  const steps = list.map((p) => {
    const seen = ['started', 'PARSE', 'VALIDATE', 'COMMIT', 'DONE', 'end'].filter((k) => k in p);
    const d = { upload: p.upload, startImport: p.started - p.upload };
    for (const k of ['PARSE', 'VALIDATE', 'COMMIT']) {
      const i = seen.indexOf(k);
      if (i >= 0) d[k] = p[seen[i + 1]] - p[k];
    }
    return d;
  });
  const out = {};
  for (const k of ['upload', 'startImport', 'PARSE', 'VALIDATE', 'COMMIT']) {
    const xs = steps.map((s) => s[k]).filter((x) => x !== undefined);
    if (xs.length) out[k] = median(xs);
  }
  return out;
}
