import { RequestContext } from './request-context';

/**
 * REST handlers get the same one transaction per request as GraphQL operations: committed when
 * the handler succeeds, rolled back when it throws.
 */
export async function inRequestTransaction<T>(fn: () => Promise<T>): Promise<T> {
  const ctx = RequestContext.current();
  try {
    const result = await fn();
    await ctx.finish();
    return result;
  } catch (error) {
    ctx.failed = true;
    await ctx.finish().catch(() => undefined);
    throw error;
  }
}
