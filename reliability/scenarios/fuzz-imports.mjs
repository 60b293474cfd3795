// Import fuzzing: generated files through the real import API (upload, analysis, dry run, and
// commit attempts into a tenant of their own). Expected: only client errors or valid results,
// the API alive and healthy throughout, and no domain row outside the commit tenant changed.
//
// Commits: every file gets an analysis and a dry run in the demo tenant with the most data; a
// few also get a commit attempt in "Fuzz-Senke", an extra tenant. Commits run one at a time,
// each between two fingerprints of that tenant: a failed commit must leave it unchanged, a
// successful one may write (counted as rowsCommittedToSink). Everything else must stay as it was.
import { fingerprint, fuzzTenant, rowDelta, sinkTenant } from '../lib/fuzz-db.mjs';
import { completeFigures, createJudge } from '../lib/fuzz-check.mjs';
import { bump, fuzzSeed, pool, prng, signIn, startFuzzApp, stopFuzzApp, watchHealth } from '../lib/fuzz-env.mjs';
import { CSV_KINDS, fileName, flip, IMPORT_SPECS, IMPORT_TARGETS, validTable } from '../lib/fuzz-files.mjs';
import { importClient } from '../lib/fuzz-import-client.mjs';
import { BOMB_VARIANTS, validXlsx, zipBomb } from '../lib/fuzz-xlsx.mjs';

export const name = 'fuzz-imports';

/** Relative weights of the file kinds (zip bombs come on top, a fixed number). */
const WEIGHTS = {
  csvMutated: 30,
  csvInvalidValues: 14,
  csvValid: 4,
  xlsxMutated: 12,
  xlsxTruncated: 8,
  xlsxValid: 3,
  randomBytes: 10,
  empty: 3,
  utf16NoBom: 5,
  cp1252AsUtf8: 5,
  hugeCell: 2,
  hugeLine: 1,
};
const TOTAL_WEIGHT = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);

function pickKind(rng) {
  let r = rng.next() * TOTAL_WEIGHT;
  for (const [kind, w] of Object.entries(WEIGHTS)) if ((r -= w) < 0) return kind;
  return 'csvMutated';
}

/** The XLSX kinds: a valid workbook from the pool, cut short, or with bytes overwritten. */
function xlsxFile(kind, rng, xlsxPool) {
  const { body, target } = rng.pick(xlsxPool);
  if (kind === 'xlsxValid') return { body, target };
  if (kind === 'xlsxTruncated') return { body: body.subarray(0, rng.int(0, body.length - 1)), target };
  const damaged = rng.bool(0.7)
    ? flip(body, rng, rng.int(1, 40))
    : Buffer.concat([
        body.subarray(0, rng.int(0, body.length)),
        rng.bytes(rng.int(1, 2000)),
        body.subarray(rng.int(0, body.length)),
      ]);
  return { body: damaged, target };
}

/** Random read options the wizard could send (and some it would not). */
function readOptions(rng, file) {
  const read = { ...(file.read ?? {}) };
  if (rng.bool(0.8)) read.target = file.target;
  else if (rng.bool(0.5)) read.target = rng.pick(IMPORT_TARGETS);
  if (rng.bool(0.05)) read.headerRow = rng.pick([0, 2, 3, 1000, 1001, -1]);
  if (rng.bool(0.05)) read.sheet = rng.pick(['Daten', 'Gibt es nicht', '', 'x'.repeat(101)]);
  if (rng.bool(0.05)) read.delimiter = rng.pick(['SEMICOLON', 'COMMA', 'TAB']);
  if (rng.bool(0.05)) read.encoding = rng.pick(['UTF8', 'WINDOWS_1252', 'UTF16LE']);
  return read;
}

/** The read options without the target (StartImportInput names it on its own). */
const readArgsOf = (read) => Object.fromEntries(Object.entries(read).filter(([k]) => k !== 'target'));

/** The mapping the wizard would send: the suggestion, else fields of the target (or nonsense). */
function mappingFor(rng, analysis, target) {
  const suggested = analysis?.suggestedMapping ?? [];
  if (suggested.some(Boolean) && rng.bool(0.9)) return suggested;
  const fields = IMPORT_SPECS[target].columns.map((c) => c.field);
  const width = Math.max(1, analysis?.headers?.length ?? rng.int(1, 5));
  return Array.from({ length: Math.min(width, 600) }, () =>
    rng.pick([...fields, null, '', 'gibtEsNicht', 'x'.repeat(61)]),
  );
}

export async function run({ reduced, log, seed: seedOption }) {
  const seed = fuzzSeed({ seed: seedOption });
  const count = Number(process.env.FUZZ_FILES ?? (reduced ? 500 : 10_000));
  const bombs = Number(process.env.FUZZ_BOMBS ?? (reduced ? 2 : 8));
  const concurrency = Number(process.env.FUZZ_CONCURRENCY ?? 6);
  log(`fuzz-imports: seed ${seed} (reproduce with --seed ${seed}), ${count} files + ${bombs} zip bombs`);
  const figures = { seed };
  const { judge, fail, failures } = createJudge(figures);
  // Damaged workbooks that leave exceljs waiting are given up after XLSX_STALL_MS without progress
  // (10 s by default); 3 s keeps thousands of such files within minutes and is still far above
  // any pause of a healthy read of these small files.
  const env = await startFuzzApp({ name: 'fuzz_imports', log, env: { XLSX_STALL_MS: '3000' } });
  const { app, url } = env;
  const health = watchHealth(app);
  try {
    const tenant = await fuzzTenant(url);
    const sink = await sinkTenant(url, tenant.locations.slice(0, 5));
    // Signing in writes the account's last login: before the fingerprint.
    const cookie = await signIn(app.baseUrl, 'admin@schaltplan.example');
    const outsideBefore = await fingerprint(url, { except: sink });
    const client = importClient({ baseUrl: app.baseUrl, cookie, judge, figures });

    const base = prng(seed);
    const xlsxPool = [];
    for (let k = 0; k < 16; k++) {
      const target = IMPORT_TARGETS[k % IMPORT_TARGETS.length];
      const table = validTable(target, base, tenant);
      xlsxPool.push({ target, body: await validXlsx([table.header, ...table.rows], base) });
    }
    const bombVariants = Object.keys(BOMB_VARIANTS);
    const bombCache = new Map();

    let sinkLock = Promise.resolve();
    const commitInSink = (label, file, read, mapping) => {
      const attempt = async () => {
        const before = await fingerprint(url, { only: sink });
        const fileId = await client.upload(`${label} sink`, sink, 'senke.csv', file.body);
        let result = null;
        if (fileId) {
          await client.analyze(`${label} sink`, fileId, read);
          result = await client.run(`${label} sink`, {
            fileId,
            target: file.target,
            mode: 'COMMIT',
            mapping,
            ...readArgsOf(read),
          });
        }
        const { changed, delta } = rowDelta(before, await fingerprint(url, { only: sink }));
        if (result?.status === 'SUCCEEDED') bump(figures, 'rowsCommittedToSink', delta);
        else if (changed.length) fail(`${label}: a refused or failed commit changed ${changed.join(', ')}`);
      };
      sinkLock = sinkLock.then(attempt);
      return sinkLock;
    };

    const started = Date.now();
    const total = count + bombs;
    const bombEvery = Math.floor(total / Math.max(1, bombs));
    await pool(total, concurrency, async (i) => {
      const rng = prng((seed + Math.imul(i + 1, 0x9e3779b9)) >>> 0);
      const isBomb = bombs > 0 && i % bombEvery === bombEvery - 1 && Math.floor(i / bombEvery) < bombs;
      let kind = isBomb ? 'zipBomb' : pickKind(rng);
      let file;
      if (isBomb) {
        const variant = bombVariants[Math.floor(i / bombEvery) % bombVariants.length];
        if (!bombCache.has(variant)) bombCache.set(variant, zipBomb(variant));
        kind = `zipBomb_${variant}`;
        file = { body: bombCache.get(variant), target: 'PERSONS' };
      } else if (kind.startsWith('xlsx')) file = xlsxFile(kind, rng, xlsxPool);
      else file = CSV_KINDS[kind](rng, tenant);
      bump(figures, `files_${kind}`);
      bump(figures, 'files');
      const label = `file #${i} (${kind})`;
      const ext = kind.startsWith('xlsx') || kind.startsWith('zipBomb') ? 'xlsx' : 'csv';
      const fileId = await client.upload(label, tenant.id, fileName(rng, ext), file.body);
      if (!fileId) return;
      const read = readOptions(rng, file);
      const analysis = await client.analyze(label, fileId, read);
      const target = read.target ?? analysis?.suggestedTarget ?? file.target;
      const mapping = mappingFor(rng, analysis, target);
      const defaults = rng.bool(0.3) ? [{ field: 'location', value: rng.pick(tenant.locations) }] : [];
      const result = await client.run(label, {
        fileId,
        target,
        mode: 'DRY_RUN',
        mapping,
        defaults,
        ...readArgsOf(read),
      });
      if (result?.failure?.code === 'INTERNAL') fail(`${label}: dry run failed internally: ${result.failure.message}`);
      if (!health.isAlive()) fail(`${label}: the API process died`);
      if (rng.bool(analysis && !analysis.problem ? 0.04 : 0.01))
        await commitInSink(label, { ...file, target }, read, mapping);
      if ((i + 1) % 500 === 0) log(`  ${i + 1}/${total} files, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    });
    await sinkLock;
    figures.seconds = Math.round((Date.now() - started) / 1000);

    const outsideAfter = await fingerprint(url, { except: sink });
    const { changed, delta } = rowDelta(outsideBefore, outsideAfter);
    figures.rowsWritten = delta;
    figures.tablesChanged = changed.length;
    if (changed.length) fail(`domain tables outside the commit tenant changed: ${changed.join(', ')}`);
  } finally {
    await stopFuzzApp({ env, app, health, figures, fail });
  }
  completeFigures(figures);
  return { figures, failures };
}
