// Result rows of the tick scenario (bench/README.md, "ticks-…").
import { withClient } from './database.mjs';
import { row } from './report.mjs';
import { MAX_RAW_POOL, measureTicks, seedTicks, TECHNICIANS } from './ticks.mjs';

/** Rounds of 200 workstations: a warm-up per side, then two per pair. */
export const tickRounds = (pairs) => 2 + 2 * pairs;

/** Untimed, before the API starts: the wave, the workstations and the technicians' sessions. */
export const seedTickPlan = (url, tenantId, pairs) =>
  withClient(url, (owner) => seedTicks(owner, tenantId, tickRounds(pairs)));

export async function tickRows({ app, url, plan, tenantName, pairs, rawPool, log }) {
  if (!(rawPool >= 1 && rawPool <= MAX_RAW_POOL)) throw new Error(`--tick-raw-pool: 1 to ${MAX_RAW_POOL}`);
  const m = await withClient(url, (owner) =>
    measureTicks({ baseUrl: app.baseUrl, url, owner, plan, pairs, rawPool, log }),
  );
  const rates = (side) => side.rates.map((x) => x.toFixed(0)).join(', ');
  for (const [name, side] of [
    ['API', m.api],
    ['raw', m.raw],
  ]) {
    log(
      `ticks ${name}: ${side.ticks} ticks + ${side.replays} replays on ${side.workstations} workstations → ${side.done} steps done, ${side.audited} TICK entries, ${side.ops} operations; ${side.failures.length} failed requests`,
    );
    for (const f of side.failures.slice(0, 3)) log(`  failed (${name}): ${f}`);
  }
  const setup = `${tenantName}: ${TECHNICIANS} technicians with their own sessions, each ticking every step of their own workstation (7 steps, one after another), all at once; raw: ${TECHNICIANS} clients on a pg pool of ${rawPool} connections (the API's pool: 10)`;
  return [
    row({
      scenario: 'ticks-throughput',
      value: m.api.tps,
      unit: 'ticks/s',
      baseline: m.raw.tps,
      pairs: { api: m.api.rates, raw: m.raw.rates },
      target: '>= 0.4',
      note: `${setup}; medians of ${pairs} alternating pairs of rounds (API ${rates(m.api)}; raw ${rates(m.raw)} ticks/s)`,
    }),
    row({
      scenario: 'ticks-p95',
      value: m.api.p95,
      unit: 'ms',
      baseline: m.raw.p95,
      note: `p95 latency of one tick over all timed rounds (client-side; raw includes waiting for a pooled connection)`,
    }),
    row({
      scenario: 'ticks-lost',
      value: m.api.lost + m.raw.lost,
      unit: 'ticks',
      target: '== 0',
      digits: 0,
      note: `steps of ticked workstations not done: API ${m.api.lost} of ${m.api.steps}, raw ${m.raw.lost} of ${m.raw.steps}`,
    }),
    row({
      scenario: 'ticks-duplicated',
      value: m.api.duplicated + m.raw.duplicated,
      unit: 'ticks',
      target: '== 0',
      digits: 0,
      note: `TICK audit entries or operations beyond the done steps, after ${m.api.replays} replayed requests per side (one applied op id per technician, sent twice at once): API ${m.api.duplicated}, raw ${m.raw.duplicated}`,
    }),
    row({
      scenario: 'ticks-failed-requests',
      value: m.api.failures.length + m.raw.failures.length,
      unit: 'requests',
      target: '== 0',
      digits: 0,
      note: `API ${m.api.failures.length}, raw ${m.raw.failures.length}`,
    }),
  ];
}
