import type { IncomingMessage } from 'node:http';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type DocumentNode,
  type FormattedExecutionResult,
  type GraphQLError,
  GraphQLError as GraphQLErrorClass,
  type GraphQLFormattedError,
  type GraphQLSchema,
  OperationTypeNode,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { SubscriptionContext } from '../auth/subscription-context';
import { formatError } from '../common/error-format';
import { logger } from '../common/logger';
import type { QueryLimits } from '../hardening/hardening.config';
import { withoutSuggestions } from '../hardening/hide-suggestions';
import type { LiveSessions } from './live-sessions';

/** What graphql-ws/use/ws passes along with every connection. */
export interface WsExtra {
  request: IncomingMessage;
}
export type WsContext = Context<Record<string, unknown> | undefined, unknown>;

export function isWsContext(value: unknown): value is WsContext {
  return typeof value === 'object' && value !== null && 'extra' in value && 'connectionInitReceived' in value;
}

/** graphql-ws/use/ws puts the upgrade request into `extra`. */
const requestOf = (ctx: WsContext): IncomingMessage => (ctx.extra as WsExtra).request;

/** The GraphQL context of an operation over the socket: the session re-read (cached) per operation. */
export async function subscriptionContext(live: LiveSessions, ctx: WsContext): Promise<SubscriptionContext> {
  const sessionToken = live.tokenOf(requestOf(ctx));
  return { transport: 'graphql-ws', principal: await live.principal(sessionToken), sessionToken };
}

const onlySubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== OperationTypeNode.SUBSCRIPTION) {
      context.reportError(
        new GraphQLErrorClass('Only subscriptions run over the WebSocket; send queries and mutations over HTTP.', {
          nodes: node,
        }),
      );
    }
  },
});

/**
 * graphql-ws settings: a connection needs a valid session and an allowed Origin (else close
 * 4403); only subscriptions run over it (queries and mutations keep the HTTP path with its
 * request transaction and rate limit), under the same depth and alias limits; errors leave
 * through the same formatter as over HTTP.
 */
export function graphqlWsOptions(
  live: LiveSessions,
  { production, queryLimits }: { production: boolean; queryLimits: QueryLimits },
): GraphQLWsSubscriptionsConfig & Partial<Pick<ServerOptions, 'validate' | 'onError'>> {
  const shared = { exposeLimits: true, propagateOnRejection: false };
  const rules: ValidationRule[] = [
    ...specifiedRules,
    onlySubscriptions,
    maxDepthRule({ ...shared, n: queryLimits.maxDepth, ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesRule({ ...shared, n: queryLimits.maxAliases }),
  ];
  const format = (error: GraphQLError): GraphQLFormattedError => {
    const formatted = formatError(error.toJSON(), error);
    return production ? { ...formatted, message: withoutSuggestions(formatted.message) } : formatted;
  };
  return {
    path: '/graphql',
    async onConnect(ctx) {
      const request = requestOf(ctx);
      if (!live.originAllowed(request, production)) {
        logger.warn({ origin: request.headers.origin }, 'live updates: WebSocket from a foreign origin refused');
        return false;
      }
      return (await live.principal(live.tokenOf(request))) !== null;
    },
    validate: (schema: GraphQLSchema, document: DocumentNode) => validate(schema, document, rules),
    // Parse and validation errors, coded as Apollo codes them over HTTP.
    onError: (_ctx, _id, _payload, errors) =>
      errors.map((e) =>
        format(
          e.extensions.code
            ? e
            : new GraphQLErrorClass(e.message, {
                nodes: e.nodes,
                source: e.source,
                positions: e.positions,
                extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
              }),
        ),
      ),
    onNext: (_ctx, _id, _payload, _args, result): FormattedExecutionResult | void => {
      if (!result.errors?.length) return;
      return { ...result, errors: result.errors.map(format) };
    },
  };
}
