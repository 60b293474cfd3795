import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, validate, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
import type { QueryLimits } from './hardening.config';
import { MAX_QUERY_NODES, queryCost } from './query-cost';

/** The code of every refusal by a query limit (a client error, HTTP 400). */
export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: QUERY_LIMIT_EXCEEDED, http: { status: 400 } } });
}

// graphql-armor prefixes its messages with "Syntax Error:", which these are not.
const reportAsIs = (context: ValidationContext | null, error: GraphQLError): void =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));

/**
 * Throws a client error when the operation is nested too deeply, uses too many aliases or costs
 * too much (see query-cost.ts). Variables that do not fit their types are refused as
 * BAD_USER_INPUT with graphql's own message, as execution would.
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): void {
  const shared = { exposeLimits: true, propagateOnRejection: false, onReject: [reportAsIs] };
  const [shapeError] = validate(schema, document, [
    // A fragment spread is no level of its own: depth counts fields only.
    maxDepthRule({ ...shared, n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesRule({ ...shared, n: limits.maxAliases }),
  ]);
  if (shapeError) throw limitError(shapeError.message);

  let cost: number;
  try {
    cost = queryCost(schema, document, operationName, variables);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message.includes('maximum allowed number of nodes')) {
      throw limitError(`Query has more than ${MAX_QUERY_NODES} selections (fragments counted at every use).`);
    }
    throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  if (cost > limits.maxCost) {
    throw limitError(
      `Query cost limit of ${limits.maxCost} exceeded, found ${cost}. ` +
        'Ask for fewer rows (limit), fewer nested lists or fewer aliases per request.',
    );
  }
}

/** Applies checkQueryLimits to every operation once it is parsed, validated and chosen. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operationName, request }) {
          checkQueryLimits(schema, document, operationName ?? undefined, request.variables ?? {}, limits);
          return Promise.resolve();
        },
      });
    },
  };
}
