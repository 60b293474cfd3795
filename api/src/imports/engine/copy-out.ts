import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { RequestContext } from '../../database/request-context';

/**
 * The whole output of a `COPY … TO STDOUT` on the context's own connection (its transaction,
 * its row-level security). A large bytea comes back as a stream of small pieces this way; as a
 * query result node-pg gathers it into one message and copies it over and over (~1 s for 10 MB).
 */
export async function copyOut(ctx: RequestContext, sql: string): Promise<Buffer> {
  const runner = (await ctx.manager()).queryRunner;
  if (!runner) throw new Error('The context has no connection');
  const client = (await runner.connect()) as PoolClient;
  const parts: Buffer[] = [];
  for await (const part of client.query(copyTo(sql)) as AsyncIterable<Buffer>) parts.push(part);
  return Buffer.concat(parts);
}
