// The reliability suite: faults (killed API, restarted PostgreSQL), conflicting writes and
// fuzzed input against the built API. Each scenario module (reliability/scenarios/<name>.mjs)
// starts what it needs, cleans up and returns { figures, failures }. Usage:
//   node scripts/reliability.mjs [--reduced] [--only=<name>] [--no-build]
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { root } from '../bench/lib/api-modules.mjs';

/** Run in this order; a scenario's name is its module's file name. */
const SCENARIOS = ['kill-during-import', 'pg-restart', 'conflicting-pairs', 'fuzz-imports', 'fuzz-graphql'];

const args = process.argv.slice(2);
const reduced = args.includes('--reduced');
const only = args.find((a) => a.startsWith('--only='))?.split('=')[1];
if (only && !SCENARIOS.includes(only)) {
  console.error(`--only=${only}: use one of ${SCENARIOS.join(', ')}`);
  process.exit(2);
}
const suiteStarted = performance.now();
const stamp = () => ((performance.now() - suiteStarted) / 1000).toFixed(0).padStart(4);

function build() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  for (const workspace of ['@schaltplan/domain', '@schaltplan/api']) {
    process.stdout.write(`[reliability ${stamp()} s] building ${workspace}\n`);
    const result = spawnSync(npm, ['run', 'build', '-w', workspace], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`build of ${workspace} failed (exit ${result.status})`);
  }
}

async function runScenario(name) {
  const log = (msg) => process.stdout.write(`[${name} ${stamp()} s] ${msg}\n`);
  const started = performance.now();
  let outcome;
  try {
    const scenario = await import(`../reliability/scenarios/${name}.mjs`);
    if (scenario.name !== name) throw new Error(`module exports name '${scenario.name}', expected '${name}'`);
    outcome = await scenario.run({ reduced, log });
  } catch (error) {
    outcome = { figures: {}, failures: [`crashed: ${error.stack ?? error}`] };
  }
  const seconds = (performance.now() - started) / 1000;
  for (const [key, value] of Object.entries(outcome.figures)) log(`${key}: ${value}`);
  for (const failure of outcome.failures) log(`FAILED: ${failure}`);
  log(`${outcome.failures.length ? 'failed' : 'passed'} in ${seconds.toFixed(0)} s`);
  return { name, seconds, ...outcome };
}

function printSummary(results) {
  const lines = [];
  for (const r of results) {
    const status = r.failures.length ? `FAILED (${r.failures.length})` : 'passed';
    lines.push([r.name, status, `${r.seconds.toFixed(0)} s`, '']);
    for (const [key, value] of Object.entries(r.figures)) lines.push(['', '', '', `${key}: ${value}`]);
  }
  const widths = [0, 1, 2].map((i) => Math.max(...lines.map((l) => l[i].length), 8));
  process.stdout.write('\nScenario summary\n');
  for (const l of lines)
    process.stdout.write(
      `  ${l
        .slice(0, 3)
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')}  ${l[3]}\n`,
    );
}

async function main() {
  if (!args.includes('--no-build')) build();
  const names = only ? [only] : SCENARIOS;
  process.stdout.write(`[reliability ${stamp()} s] ${names.length} scenario(s)${reduced ? ', reduced' : ''}\n`);
  const results = [];
  for (const name of names) results.push(await runScenario(name));
  printSummary(results);
  const failed = results.filter((r) => r.failures.length).length;
  process.stdout.write(`\n${results.length - failed} passed, ${failed} failed (${stamp().trim()} s)\n`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`reliability suite failed: ${error.stack ?? error}`);
  process.exit(1);
});
