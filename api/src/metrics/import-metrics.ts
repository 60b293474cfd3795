import { Histogram } from 'prom-client';

/**
 * Import run durations, by mode, target and outcome. Module-level so the import runner needs one
 * import and no injected service; each app's MetricsService registers it in its own registry.
 */
export const importRunDuration = new Histogram({
  name: 'schaltplan_import_run_duration_seconds',
  help: 'Duration of import runs (parse, stage, validate, report or commit), by mode, target and outcome',
  labelNames: ['mode', 'target', 'outcome'] as const,
  buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600],
  registers: [],
});

/** Starts timing an import run; call the returned function with the run's final status. */
export function importRunTimer(job: { mode: string; target: string }): (status: string) => void {
  const end = importRunDuration.startTimer({ mode: job.mode, target: job.target });
  return (status) => void end({ outcome: status.toLowerCase() });
}
