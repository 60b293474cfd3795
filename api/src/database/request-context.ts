import { AsyncLocalStorage } from 'node:async_hooks';
import DataLoader from 'dataloader';
import { escapeLiteral } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from '../../../migrations';
import type { Principal } from '../auth/principal';

/**
 * Which tenants a request may touch. `all` is the provider-admin scope; `locationIds`, when set,
 * further limits location-bound rows (technicians).
 */
export type TenantScope = { kind: 'all' } | { kind: 'tenants'; tenantIds: string[]; locationIds?: string[] };

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * One per request: owns the request's single transaction, its DataLoaders and
 * its statement counter. Opened lazily so requests that touch no data cost nothing.
 */
export class RequestContext {
  private runner?: QueryRunner;
  private opening?: Promise<QueryRunner>;
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  /** Statements sent inside the transaction (BEGIN/COMMIT excluded). */
  statements = 0;
  failed = false;

  constructor(
    private readonly dataSource: DataSource,
    readonly scope: TenantScope,
    readonly accountId: string | null = null,
    /** The signed-in account; null for anonymous requests (only public operations run). */
    readonly principal: Principal | null = null,
  ) {}

  static current(): RequestContext {
    const ctx = storage.getStore();
    if (!ctx) throw new Error('No request context: data access outside a request');
    return ctx;
  }

  static run<T>(ctx: RequestContext, fn: () => T): T {
    return storage.run(ctx, fn);
  }

  /** The request transaction's EntityManager; opens the transaction on first use. */
  async manager(): Promise<EntityManager> {
    return (await this.queryRunner()).manager;
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const runner = await this.queryRunner();
    return (await runner.query(sql, params)) as T[];
  }

  loader<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 5000 });
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /** After a write, batched reads must not serve what was loaded before it. */
  forgetLoaded(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }

  get started(): boolean {
    return this.runner !== undefined;
  }

  private queryRunner(): Promise<QueryRunner> {
    this.opening ??= this.open();
    return this.opening;
  }

  private async open(): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const original = runner.query.bind(runner);
    const begin = `START TRANSACTION; ${this.scopeStatement()}`;
    // DataLoader batches of sibling fields fire together; one connection runs one statement
    // at a time, so they queue here instead of inside pg (deprecated there).
    let queue: Promise<unknown> = Promise.resolve();
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      // TypeORM's own START TRANSACTION carries the scope along: one round trip, not two.
      if (args[0] === 'START TRANSACTION') args[0] = begin;
      if (!/^(COMMIT|ROLLBACK)$/i.test(args[0])) this.statements++;
      const run = queue.then(() => original(...args));
      queue = run.catch(() => undefined);
      return run;
    }) as QueryRunner['query'];
    await runner.startTransaction();
    this.runner = runner;
    return runner;
  }

  /**
   * One statement switches to the non-owner runtime role and sets the tenant scope; is_local=true
   * makes all of it end with the transaction. Sent with BEGIN in one simple-protocol query, which
   * takes no parameters: the values are quoted literals (ids from the session, fixed words).
   */
  private scopeStatement(): string {
    const tenantIds = this.scope.kind === 'tenants' ? `{${this.scope.tenantIds.join(',')}}` : '{}';
    const locationIds =
      this.scope.kind === 'tenants' && this.scope.locationIds ? `{${this.scope.locationIds.join(',')}}` : '';
    const [role, all, tenants, account, locations] = [
      RUNTIME_ROLE,
      this.scope.kind === 'all' ? 'on' : 'off',
      tenantIds,
      this.accountId ?? '',
      locationIds,
    ].map(escapeLiteral);
    return `SELECT set_config('role', ${role}, true), set_config('app.all_tenants', ${all}, true),
      set_config('app.tenant_ids', ${tenants}, true), set_config('app.account_id', ${account}, true),
      set_config('app.location_ids', ${locations}, true)`;
  }

  /** Commits unless something failed; always releases the connection. */
  async finish(): Promise<void> {
    if (this.opening) await this.opening.catch(() => undefined);
    const runner = this.runner;
    if (!runner) return;
    this.runner = undefined;
    try {
      if (this.failed) await runner.rollbackTransaction();
      else await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
