#!/usr/bin/env node
// `npm test`: every tier in order, each a child process. Counts per tier, then one final line
// "N passed, N failed". A skipped test counts as failed: a skipped test is a defect here.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'schaltplan-test-'));
const results = [];

function run(command, args, env = {}) {
  process.stdout.write(`\n$ ${[command, ...args].join(' ')}\n`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.error) console.error(`cannot run ${command}: ${result.error.message}`);
  return result.status === 0;
}

let tierStart = Date.now();
function record(tier, passed, failed, note = '') {
  results.push({ tier, passed, failed, note, seconds: Math.round((Date.now() - tierStart) / 1000) });
  tierStart = Date.now();
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function jest(tier, project, prefix = [], paths = []) {
  console.log(`\n=== ${tier}`);
  const out = path.join(tmp, `${tier.replace(/\W+/g, '-')}.json`);
  const ok = run(prefix[0] ?? process.execPath, [
    ...prefix.slice(1),
    ...(prefix.length ? [process.execPath] : []),
    '--experimental-vm-modules',
    '--disable-warning=ExperimentalWarning',
    path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--ci',
    // Two test files at a time even on two cores: they wait on PostgreSQL about a third of the time.
    '--maxWorkers=2',
    '--selectProjects',
    project,
    '--json',
    `--outputFile=${out}`,
    ...paths,
  ]);
  const report = readJson(out);
  if (!report) return record(tier, 0, 1, 'no Jest report');
  const passed = report.numPassedTests;
  let failed = report.numFailedTests + report.numPendingTests + report.numTodoTests + report.numRuntimeErrorTestSuites;
  if (!ok && failed === 0) failed = 1; // e.g. no tests found, or a suite that failed to load
  record(tier, passed, failed, report.numPendingTests ? `${report.numPendingTests} skipped` : '');
}

function playwright(tier) {
  console.log(`\n=== ${tier}`);
  const chromium = chromiumPath();
  if (!chromium) {
    console.error('Chromium not found: set CHROMIUM_PATH or run `apt-get install -y chromium` (Debian).');
    return record(tier, 0, 1, 'chromium missing');
  }
  const out = path.join(tmp, 'playwright.json');
  const ok = run(bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    CHROMIUM_PATH: chromium,
  });
  const stats = readJson(out)?.stats;
  if (!stats) return record(tier, 0, 1, 'no Playwright report');
  let failed = stats.unexpected + stats.skipped;
  if (!ok && failed === 0) failed = 1;
  record(tier, stats.expected + stats.flaky, failed, stats.flaky ? `${stats.flaky} flaky` : '');
}

/**
 * `npm run test:reliability` in its reduced size (the full one takes longer than CI allows), as
 * captured steps for a lane; the API build is the one `codegen fresh` made. Its scenarios wait
 * much of the time (restarts, a killed run turning FAILED), so it runs beside the static checks.
 */
const reliabilitySteps = [
  [process.execPath, [path.join(root, 'scripts', 'reliability.mjs'), '--reduced', '--no-build']],
];

/** One result per scenario, from the suite's last "N passed, N failed" line. */
function reliabilityResult(r) {
  const counts = /^(\d+) passed, (\d+) failed/.exec(
    r.output
      .split('\n')
      .filter((l) => /^\d+ passed, \d+ failed/.test(l))
      .pop() ?? '',
  );
  if (!counts) return { passed: 0, failed: 1, note: 'no summary line' };
  let failed = Number(counts[2]);
  if (!r.ok && failed === 0) failed = 1;
  return { passed: Number(counts[1]), failed, note: '' };
}

/** Regenerate schema.gql and the web's generated types; they must equal what is committed. */
function codegenFresh(tier) {
  console.log(`\n=== ${tier}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const paths = ['api/schema.gql', 'web/src/generated'];
  // start.mjs builds what is stale (domain, then api and web side by side) and stamps it, so the
  // e2e servers start from this build instead of building again.
  if (!run(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--build-only'])) return record(tier, 0, 1);
  for (const step of [
    ['run', 'schema', '-w', '@schaltplan/api'],
    ['run', 'codegen', '-w', '@schaltplan/web'],
  ]) {
    if (!run(npm, step)) return record(tier, 0, 1);
  }
  const changed = run('git', ['diff', '--exit-code', '--stat', '--', ...paths]);
  const untracked = spawnSync('git', ['ls-files', '--others', '--exclude-standard', '--', ...paths], {
    cwd: root,
    encoding: 'utf8',
  });
  if (!changed || untracked.status !== 0 || untracked.stdout.trim()) {
    console.error(
      `Generated files differ from the committed ones (${paths.join(', ')}): run the generators and commit.`,
    );
    console.error(untracked.stdout.trim());
    return record(tier, 0, 1);
  }
  // The generators rewrote the files with equal content: the web build made before them still
  // holds, and its start.mjs stamp says so (else the e2e servers would build the web app again).
  fs.writeFileSync(path.join(root, 'web', 'dist', '.start-stamp'), `${new Date().toISOString()}\n`);
  record(tier, 1, 0);
}

/** The PDF reports are checked by reading them back with poppler (pdftotext, pdftoppm). */
function requirePoppler() {
  const found = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (found.error) {
    console.error(
      'pdftotext not found: run `apt-get install -y poppler-utils` (Debian); the PDF tests read PDFs with it.',
    );
    return false;
  }
  return true;
}

/** One check's steps in order, output captured (it runs beside another lane); resolves to its result. */
function checkCaptured(tier, steps) {
  const started = Date.now();
  let output = '';
  return new Promise((resolve) => {
    const done = (ok) => resolve({ tier, ok, output, seconds: Math.round((Date.now() - started) / 1000) });
    const next = (i) => {
      if (i === steps.length) return done(true);
      const [command, args, env = {}] = steps[i];
      output += `\n$ ${[command, ...args].join(' ')}\n`;
      const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } });
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', (error) => {
        output += `cannot run ${command}: ${error.message}\n`;
        done(false);
      });
      child.on('close', (code) => (code === 0 ? next(i + 1) : done(false)));
    };
    next(0);
  });
}

async function lane(checks) {
  const out = [];
  for (const [tier, steps] of checks) out.push(await checkCaptured(tier, steps));
  return out;
}

const tsc = (project) => [bin('tsc'), ['-p', project, '--noEmit']];

// First, as it builds the domain and api output that type-aware lint and the reliability suite use.
codegenFresh('codegen fresh');
// The static checks are single-threaded each: two lanes side by side on two cores, and the
// reliability suite as a third (it mostly waits). Output captured, reported in order.
const lanes = await Promise.all([
  lane([
    ['typecheck domain', [tsc('packages/domain/tsconfig.json')]],
    ['typecheck api', [tsc('api/tsconfig.json')]],
    ['typecheck web', [tsc('web/tsconfig.json')]],
    ['formatting (prettier)', [[bin('prettier'), ['--check', '.']]]],
  ]),
  lane([
    ['lint', [[bin('eslint'), ['.']]]],
    ['lint rules (RuleTester)', [[process.execPath, ['--test', 'tools/eslint-rules/rules.test.mjs']]]],
  ]),
  lane([['reliability (reduced)', reliabilitySteps]]),
]);
for (const r of lanes.flat()) {
  console.log(`\n=== ${r.tier}${r.output}`);
  const { passed, failed, note } =
    r.tier === 'reliability (reduced)'
      ? reliabilityResult(r)
      : { passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1, note: '' };
  results.push({ tier: r.tier, passed, failed, note, seconds: r.seconds });
}
tierStart = Date.now();
if (requirePoppler()) {
  jest('unit', 'unit');
  jest('integration', 'integration');
} else {
  record('unit', 0, 1, 'poppler-utils missing');
  record('integration', 0, 1, 'poppler-utils missing');
}
// Against PostgreSQL 15, the oldest version we support in production: one suite per area whose
// SQL leans on version-dependent features (migrations, RLS, triggers with transition tables,
// set-based import statements, JSON aggregation in reports and archives, LISTEN/NOTIFY,
// SECURITY DEFINER). Role matrices, parsing, HTTP hardening and concurrency logic do the same SQL
// on any version and run once, above, to keep the whole run well under 15 minutes.
const PG15_SUITES = [
  'migrations',
  'tenancy-rls',
  'statements',
  'imports-commit',
  'confirmations',
  'plan',
  'readiness',
  'cutover-work',
  'cutover-board',
  'cutover-burndown',
  'cutover-live',
  'committee-report',
  'provisioning',
  'access-report',
  'exit-archive',
  'pseudonymisation',
].map((name) => `api/test/${name}\\.int-spec\\.ts$`);
const pg15 = process.env.PG15_BIN || '/usr/lib/postgresql/15/bin';
if (fs.existsSync(path.join(pg15, 'postgres'))) {
  jest(
    'integration (PostgreSQL 15)',
    'integration',
    [process.execPath, path.join(root, 'scripts', 'with-pg15.mjs')],
    PG15_SUITES,
  );
} else {
  console.error(
    `PostgreSQL 15 not found in ${pg15}: run \`apt-get install -y postgresql-15\` (Debian) or set PG15_BIN.`,
  );
  record('integration (PostgreSQL 15)', 0, 1, 'postgresql-15 missing');
}
playwright('e2e');

fs.rmSync(tmp, { recursive: true, force: true });
const width = Math.max(...results.map((r) => r.tier.length));
console.log('\n=== summary');
for (const r of results) {
  const mark = r.failed ? 'FAIL' : 'ok  ';
  const line = `${r.passed} passed, ${r.failed} failed`.padEnd(22);
  console.log(
    `${mark} ${r.tier.padEnd(width)}  ${line} ${String(r.seconds).padStart(4)} s${r.note ? ` (${r.note})` : ''}`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
