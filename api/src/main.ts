import 'reflect-metadata';
import { resolve } from 'node:path';
import { createApp } from './app.factory';
import { logger } from './common/logger';
import { createDataSource, migrate } from './database/data-source';
import { demoAccountsBanner, ensureDemoAccounts } from './database/demo-accounts';
import { loadDemoIfEmpty } from './database/demo-bootstrap';
import { resolveDatabase } from './database/embedded-postgres';
import { GracefulShutdown } from './shutdown/graceful-shutdown';
import { runShutdown, shutdownTimeoutFromEnv } from './shutdown/shutdown-steps';

/** Boot: database (embedded or DATABASE_URL) → migrations → demo data if empty → HTTP. */
async function main(): Promise<void> {
  const started = Date.now();
  const log = (msg: string): void => logger.info(msg);
  const database = await resolveDatabase({ log });
  const dataSource = createDataSource({ url: database.url });
  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const graceful = app?.get(GracefulShutdown);
    const code = await runShutdown(
      [
        // Refuse new connections, close subscriptions with 1001, let requests in flight finish.
        ['http', () => graceful?.drain()],
        // Nest: Apollo, background imports (awaited), the LISTEN connection.
        ['application', () => app?.close()],
        ['database pool', () => (dataSource.isInitialized ? dataSource.destroy() : undefined)],
        ['embedded database', () => database.stop()],
      ],
      { timeoutMs: shutdownTimeoutFromEnv(), openWork: () => graceful?.openWork() },
    );
    logger.info({ code }, 'stopped');
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    await dataSource.initialize();
    const applied = await migrate(dataSource);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    const demo = process.env.SCHALTPLAN_DEMO_DATA !== 'off';
    if (demo) await loadDemoIfEmpty(dataSource, log);
    // Accounts with a published password: in production only when demo data is asked for explicitly.
    const demoAccountsWanted =
      demo && (process.env.NODE_ENV !== 'production' || process.env.SCHALTPLAN_DEMO_DATA === 'on');
    const demoAccounts = demoAccountsWanted ? await ensureDemoAccounts(dataSource) : [];
    app = await createApp({ dataSource, webDist: resolve(__dirname, '../../../../web/dist') });
    const port = Number(process.env.PORT ?? 3000);
    const host = process.env.HOST ?? (process.env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
    await app.listen(port, host);
    const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
    logger.info({ url, embeddedDatabase: database.embedded, ms: Date.now() - started }, 'ready');
    process.stdout.write(`\nSchaltplan is ready: ${url.replace('127.0.0.1', 'localhost')}\n\n`);
    const banner = demoAccountsBanner(demoAccounts);
    if (banner) process.stdout.write(`${banner}\n`);
  } catch (error) {
    logger.error({ err: error }, 'startup failed');
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    await database.stop();
    process.exit(1);
  }
}

void main();
