import type { Request, Response } from 'express';
import type { GraphQLContext } from '../database/request-transaction.plugin';

/** The GraphQL context with the HTTP pair, for resolvers that set cookies or read the client IP. */
export interface HttpGraphQLContext extends GraphQLContext {
  req: Request;
  res: Response;
}

export const clientIp = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';
