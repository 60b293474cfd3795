import type { Principal } from './principal';

/**
 * The GraphQL context of an operation over the WebSocket (graphql-ws): no RequestContext exists
 * there, so the principal, resolved from the session cookie of the upgrade, travels here.
 */
export interface SubscriptionContext {
  transport: 'graphql-ws';
  principal: Principal | null;
  /** The session token of the connection, to re-check the session while events flow. */
  sessionToken: string | null;
}

export function isSubscriptionContext(value: unknown): value is SubscriptionContext {
  return typeof value === 'object' && value !== null && (value as { transport?: unknown }).transport === 'graphql-ws';
}
