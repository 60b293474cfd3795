import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import type { HttpGraphQLContext } from '../auth/http-context';
import type { MetricsService } from './metrics.service';

/**
 * Labels each GraphQL request over HTTP with its operation's name and type and whether errors
 * occurred; the HTTP metrics middleware observes the whole request's latency under them (so the
 * commit in requestTransactionPlugin is included). Unparsable or invalid documents are
 * "invalid"/"unknown"; operations without a name "anonymous".
 */
export function graphqlMetricsPlugin(metrics: MetricsService): ApolloServerPlugin<HttpGraphQLContext> {
  return {
    requestDidStart({ contextValue }) {
      // Only HTTP requests have one (subscriptions over graphql-ws do not pass through Apollo's plugins).
      const labels = contextValue.req ? metrics.trackGraphQL(contextValue.req) : undefined;
      return Promise.resolve({
        didResolveOperation({ operation }) {
          if (labels && operation) {
            labels.operation_name = metrics.operationLabel(operation.name?.value);
            labels.operation_type = operation.operation;
          }
          return Promise.resolve();
        },
        didEncounterErrors() {
          if (labels) labels.outcome = 'error';
          return Promise.resolve();
        },
      });
    },
  };
}
