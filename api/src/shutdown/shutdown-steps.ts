import { logger } from '../common/logger';

export type ShutdownStep = [name: string, run: () => unknown];

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

export function shutdownTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.SHUTDOWN_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_SHUTDOWN_TIMEOUT_MS;
}

/**
 * Runs the shutdown steps in order and resolves with the exit code: 0 when all went well, 1 when
 * a step failed (the later ones still run) or when the whole took longer than `timeoutMs` (then
 * the log says which step hung and what was still open).
 */
export async function runShutdown(
  steps: ShutdownStep[],
  { timeoutMs, openWork }: { timeoutMs: number; openWork: () => unknown },
): Promise<number> {
  let current = '';
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      logger.error({ step: current, timeoutMs, open: openWork() }, 'shutdown timed out; exiting with work still open');
      resolve(1);
    }, timeoutMs);
  });
  const run = async (): Promise<number> => {
    let code = 0;
    for (const [name, step] of steps) {
      current = name;
      try {
        await step();
      } catch (err) {
        logger.error({ err, step: name }, 'shutdown step failed');
        code = 1;
      }
    }
    return code;
  };
  try {
    return await Promise.race([run(), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
