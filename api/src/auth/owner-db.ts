import type { DataSource } from 'typeorm';

export type OwnerQuery = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

/**
 * The small owner-privileged step: account, session and login tables are closed to the runtime
 * role, so they are read and written here, as the connecting user, in a short transaction of
 * their own. The all-tenants setting only lets FK-style lookups see inventory rows (RLS is
 * forced for the owner too); this code never returns inventory to a client.
 */
export async function ownerTransaction<T>(dataSource: DataSource, fn: (query: OwnerQuery) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    // Structured results: TypeORM otherwise returns [rows, count] for UPDATE/DELETE … RETURNING.
    const query: OwnerQuery = async <R>(sql: string, params: unknown[] = []) =>
      (await runner.query(sql, params, true)).records as R[];
    const result = await fn(query);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
