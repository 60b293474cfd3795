import type { IncomingMessage } from 'node:http';
import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { CutoverListener } from '../cutover-live/cutover-listener';
import { importRunDuration } from './import-metrics';

/** Labels of one GraphQL operation, filled in by the Apollo plugin as the request goes. */
export interface GraphQLLabels {
  operation_name: string;
  operation_type: string;
  outcome: 'success' | 'error';
}

/** What the gauges read of node-postgres' pool (TypeORM types it as `any`). */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/** Distinct operation names kept as labels; beyond that "other", so clients cannot grow the series. */
export const MAX_OPERATION_NAMES = 200;
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The process's Prometheus registry (its own, not prom-client's global one): request latencies
 * of HTTP routes and GraphQL operations, import run durations, the database pool, the LISTEN
 * connection and Node's default process metrics.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'schaltplan_http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern (not the raw URL) and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'schaltplan_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency over HTTP (whole request) by operation name, type and outcome',
    labelNames: ['operation_name', 'operation_type', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly operationNames = new Set<string>();
  private readonly graphqlRequests = new WeakMap<IncomingMessage, GraphQLLabels>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly listener: CutoverListener,
  ) {
    collectDefaultMetrics({ register: this.registry });
    this.registry.registerMetric(importRunDuration);
    this.databaseGauges();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  /** The operation name as a label: bounded, so made-up names cannot add series without end. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /** Starts the GraphQL labels of a request; the HTTP middleware observes them when it ends. */
  trackGraphQL(req: IncomingMessage): GraphQLLabels {
    const labels: GraphQLLabels = { operation_name: 'invalid', operation_type: 'unknown', outcome: 'success' };
    this.graphqlRequests.set(req, labels);
    return labels;
  }

  graphqlLabels(req: IncomingMessage): GraphQLLabels | undefined {
    return this.graphqlRequests.get(req);
  }

  private pool(): PgPool | undefined {
    if (!this.dataSource.isInitialized) return undefined;
    // node-postgres' pool behind TypeORM's Postgres driver.
    return (this.dataSource.driver as unknown as { master?: PgPool }).master;
  }

  private databaseGauges(): void {
    const registers = [this.registry];
    const pool = (): PgPool | undefined => this.pool();
    const gauge = (name: string, help: string, read: (p: PgPool) => number | undefined): void => {
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const p = pool();
          const value = p ? read(p) : undefined;
          if (value !== undefined) this.set(value);
        },
      });
    };
    gauge('schaltplan_db_pool_connections', 'Connections open in the database pool', (p) => p.totalCount);
    gauge('schaltplan_db_pool_idle_connections', 'Open pool connections not in use', (p) => p.idleCount);
    gauge('schaltplan_db_pool_waiting_clients', 'Requests waiting for a pool connection', (p) => p.waitingCount);
    gauge('schaltplan_db_pool_max_connections', 'Size limit of the database pool', (p) => p.options?.max);
    const listener = this.listener;
    new Gauge({
      name: 'schaltplan_db_listen_connected',
      help: '1 while the LISTEN connection (live updates, session invalidation) is up, else 0',
      registers,
      collect() {
        this.set(listener.listening ? 1 : 0);
      },
    });
  }
}
