import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AccessReportModule } from './access-report/access-report.module';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { BlockersModule } from './blockers/blockers.module';
import { BulkEditModule } from './bulk-edit/bulk-edit.module';
import { CutoverLiveModule } from './cutover-live/cutover-live.module';
import { LiveSessions } from './cutover-live/live-sessions';
import { graphqlWsOptions, isWsContext, subscriptionContext, type WsContext } from './cutover-live/live-transport';
import { ConfirmationsModule } from './confirmations/confirmations.module';
import { CutoverModule } from './cutover/cutover.module';
import { PolicyGuard } from './auth/policy.guard';
import { cacheControlDisabled } from './common/apollo-plugins';
import type { HttpGraphQLContext } from './auth/http-context';
import type { SubscriptionContext } from './auth/subscription-context';
import { formatError } from './common/error-format';
import { validationPipe } from './common/validation';
import { RequestContext } from './database/request-context';
import { requestTransactionPlugin } from './database/request-transaction.plugin';
import { FachverfahrenModule } from './fachverfahren/fachverfahren.module';
import { FileSharesModule } from './file-shares/file-shares.module';
import { ExitArchiveModule } from './exit-archive/exit-archive.module';
import { ExportsModule } from './exports/exports.module';
import { ProvisioningModule } from './provisioning/provisioning.module';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './hardening/hardening.config';
import { hideSuggestions } from './hardening/hide-suggestions';
import { queryLimitsPlugin } from './hardening/query-limits';
import { HealthController } from './health/health.controller';
import { ImportsModule } from './imports/imports.module';
import { graphqlMetricsPlugin } from './metrics/graphql-metrics.plugin';
import { MetricsModule } from './metrics/metrics.module';
import { MetricsService } from './metrics/metrics.service';
import { GracefulShutdown } from './shutdown/graceful-shutdown';
import { ShutdownModule } from './shutdown/shutdown.module';
import { LocationsModule } from './locations/locations.module';
import { PersonsModule } from './persons/persons.module';
import { PlanModule } from './plan/plan.module';
import { PrintersModule } from './printers/printers.module';
import { ProjectClosureModule } from './project-closure/project-closure.module';
import { ReadinessModule } from './readiness/readiness.module';
import { ReportsModule } from './reports/reports.module';
import { SoftwareModule } from './software/software.module';
import { TenantsModule } from './tenants/tenants.module';
import { TestRunsModule } from './test-runs/test-runs.module';
import { WorkstationsModule } from './workstations/workstations.module';

export const FEATURE_MODULES = [
  TenantsModule,
  LocationsModule,
  PersonsModule,
  WorkstationsModule,
  PrintersModule,
  SoftwareModule,
  FileSharesModule,
  FachverfahrenModule,
  AccountsModule,
  AuditModule,
  ImportsModule,
  BulkEditModule,
  ExportsModule,
  ProvisioningModule,
  ConfirmationsModule,
  PlanModule,
  ReadinessModule,
  TestRunsModule,
  BlockersModule,
  CutoverModule,
  CutoverLiveModule,
  AccessReportModule,
  ReportsModule,
  ExitArchiveModule,
  ProjectClosureModule,
];

export interface AppOptions {
  dataSource: DataSource;
  production: boolean;
  /** Depth, alias and cost limits of one operation. */
  queryLimits?: QueryLimits;
}

@Module({})
export class AppModule {
  static create({ dataSource, production, queryLimits = DEFAULT_QUERY_LIMITS }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [CutoverLiveModule, MetricsModule, ShutdownModule],
          inject: [LiveSessions, MetricsService, GracefulShutdown],
          useFactory: (
            live: LiveSessions,
            metrics: MetricsService,
            shutdown: GracefulShutdown,
          ): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            introspection: !production,
            // Production: no "did you mean" guesses that would reveal the schema without introspection.
            hideSchemaDetailsFromClientErrors: production,
            // Explicit, though these are Apollo's defaults: browsers' simple requests are refused, no batches.
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            // The web app sends whole documents; automatic persisted queries would only add a cache to fill.
            persistedQueries: false,
            includeStacktraceInErrorResponses: false,
            // Subscriptions over graphql-ws on the same path (see cutover-live/live-transport.ts).
            // Tracked, so shutdown can close them (1001) before the HTTP requests have drained.
            subscriptions: {
              'graphql-ws': shutdown.subscriptions.track(graphqlWsOptions(live, { production, queryLimits })),
            },
            context: (
              arg: Omit<HttpGraphQLContext, 'ctx'> | WsContext,
            ): HttpGraphQLContext | Promise<SubscriptionContext> =>
              isWsContext(arg)
                ? subscriptionContext(live, arg)
                : { ctx: RequestContext.current(), req: arg.req, res: arg.res },
            plugins: [
              queryLimitsPlugin(queryLimits),
              requestTransactionPlugin({ exposeStatementCount: !production }),
              cacheControlDisabled(),
              graphqlMetricsPlugin(metrics),
            ],
            formatError: production ? hideSuggestions(formatError) : formatError,
          }),
        }),
        ...FEATURE_MODULES,
        MetricsModule,
        ShutdownModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_PIPE, useValue: validationPipe },
      ],
      exports: [DataSource],
    };
  }
}
