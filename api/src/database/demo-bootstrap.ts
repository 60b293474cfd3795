import type { DataSource } from 'typeorm';
import { loadDemoData } from '../demo';

/**
 * Loads the demo Verwaltungen when the database holds no tenant yet. Runs as the owner in
 * its own transaction with the all-tenants scope (RLS is forced for the owner too).
 */
export async function loadDemoIfEmpty(dataSource: DataSource, log: (msg: string) => void): Promise<boolean> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    const [{ count }] = (await runner.query(`SELECT count(*)::int AS count FROM tenant`)) as { count: number }[];
    if (count > 0) {
      await runner.rollbackTransaction();
      return false;
    }
    const stats = await loadDemoData({ query: (sql, params) => runner.query(sql, params) }, { onProgress: log });
    await runner.commitTransaction();
    log(`demo data loaded: ${JSON.stringify(stats)}`);
    return true;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
