// Nest's Apollo driver is ESM: type the plugin against the same (ESM) declarations.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server' with { 'resolution-mode': 'import' };
import type { RequestContext } from './request-context';

export interface GraphQLContext {
  ctx: RequestContext;
}

/**
 * Ends the request's transaction once the whole operation, field resolvers included, has run:
 * commit when it succeeded, roll back when any error occurred, so nothing is half-written.
 */
export function requestTransactionPlugin(options: {
  exposeStatementCount: boolean;
}): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ contextValue }: GraphQLRequestContext<GraphQLContext>) {
          contextValue.ctx.failed = true;
          return Promise.resolve();
        },
        async willSendResponse({ contextValue, response, request }: GraphQLRequestContext<GraphQLContext>) {
          try {
            await contextValue.ctx.finish();
            // Tests and the benchmark count statements per request (never in production).
            if (
              options.exposeStatementCount &&
              request.http?.headers.get('x-debug-sql-count') &&
              response.body?.kind === 'single'
            ) {
              response.body.singleResult.extensions = { sqlStatements: contextValue.ctx.statements };
            }
          } catch {
            if (response.body?.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                {
                  message: 'The change could not be saved; nothing was written. Please try again.',
                  extensions: { code: 'COMMIT_FAILED' },
                },
              ];
            }
          }
        },
      });
    },
  };
}
