// Command-line options of `npm run bench` (bench/README.md) and the bench's log line.
import { performance } from 'node:perf_hooks';
import { RAW_POOL } from './ticks.mjs';

export const GROUPS = ['cold', 'list', 'board', 'web', 'ticks', 'import'];

/** Every scenario with a baseline runs at least this many alternating API/raw pairs by default. */
const DEFAULT_PAIRS = { pairs: 7, boardPairs: 7, tickPairs: 5, importPairs: 5 };

export function parseOptions(args) {
  const value = (name, fallback) => {
    const given = args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
    if (given === undefined) return fallback;
    const n = Number(given);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}=${given}: a whole number of at least 1`);
    return n;
  };
  const only = args.find((a) => a.startsWith('--only='))?.split('=')[1];
  if (only && !GROUPS.includes(only)) throw new Error(`--only=${only}: use ${GROUPS.join(', ')}`);
  const runs = (group) => !only || only === group;
  return {
    build: !args.includes('--no-build'),
    only,
    runs,
    pairs: value('pairs', DEFAULT_PAIRS.pairs),
    boardPairs: value('board-pairs', DEFAULT_PAIRS.boardPairs),
    tickPairs: value('tick-pairs', DEFAULT_PAIRS.tickPairs),
    importPairs: value('import-pairs', DEFAULT_PAIRS.importPairs),
    boardRenderRuns: value('board-render-runs', 5),
    tickRawPool: value('tick-raw-pool', RAW_POOL),
    tickCpuProf: args.includes('--tick-cpu-prof'),
    importCpuProf: args.includes('--import-cpu-prof'),
  };
}

/** `[bench  42 s] message`, seconds since the bench started. */
export function createLog(started = performance.now()) {
  const log = (msg) =>
    process.stdout.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);
  log.seconds = () => (performance.now() - started) / 1000;
  return log;
}

export const fmt = (ms) => ms.map((x) => x.toFixed(0)).join(', ');
