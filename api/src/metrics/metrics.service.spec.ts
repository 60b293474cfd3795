import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { CutoverListener } from '../cutover-live/cutover-listener';
import { MAX_OPERATION_NAMES, MetricsService } from './metrics.service';

const pool = { totalCount: 4, idleCount: 3, waitingCount: 1, options: { max: 10 } };
const service = (initialized = true): MetricsService =>
  new MetricsService(
    { isInitialized: initialized, driver: { master: pool } } as unknown as DataSource,
    { listening: false } as CutoverListener,
  );

describe('MetricsService', () => {
  it('keeps at most MAX_OPERATION_NAMES operation names as labels, then "other"', () => {
    const metrics = service();
    for (let i = 0; i < MAX_OPERATION_NAMES; i++) expect(metrics.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(metrics.operationLabel('OneTooMany')).toBe('other');
    // Names seen before keep their label.
    expect(metrics.operationLabel('Op7')).toBe('Op7');
    expect(metrics.operationLabel(undefined)).toBe('anonymous');
    expect(metrics.operationLabel('')).toBe('anonymous');
  });

  it('reads the pool gauges from the driver at scrape time', async () => {
    const text = await service().render();
    expect(text).toMatch(/^schaltplan_db_pool_connections 4$/m);
    expect(text).toMatch(/^schaltplan_db_pool_idle_connections 3$/m);
    expect(text).toMatch(/^schaltplan_db_pool_waiting_clients 1$/m);
    expect(text).toMatch(/^schaltplan_db_pool_max_connections 10$/m);
    expect(text).toMatch(/^schaltplan_db_listen_connected 0$/m);
  });

  it('reports no pool connections while the database is not initialised (startup, schema emission)', async () => {
    const text = await service(false).render();
    expect(text).toMatch(/^schaltplan_db_pool_connections 0$/m);
    expect(text).toMatch(/^schaltplan_db_listen_connected 0$/m);
  });
});
