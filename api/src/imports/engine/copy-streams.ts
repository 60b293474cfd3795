import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { RequestContext } from '../../database/request-context';
import type { CopyIn } from './stage';

/** The context's own connection: a COPY there runs in its transaction, under its row-level security. */
async function connectionOf(ctx: RequestContext): Promise<PoolClient> {
  const runner = (await ctx.manager()).queryRunner;
  if (!runner) throw new Error('The import context has no connection');
  return (await runner.connect()) as PoolClient;
}

/**
 * COPY … FROM STDIN on the context's connection, so the rows land in its transaction. The caller
 * must not send other statements on that connection while a COPY runs.
 */
export async function copyInOf(ctx: RequestContext): Promise<CopyIn> {
  const client = await connectionOf(ctx);
  return async (sql, data) => {
    const stream = client.query(copyFrom(sql));
    stream.end(data);
    await finished(stream);
  };
}

/**
 * The whole output of a `COPY … TO STDOUT` on the context's connection. A large bytea comes back
 * as a stream of small pieces this way; as a query result node-pg gathers it into one message and
 * copies it over and over (~1 s for 10 MB).
 */
export async function copyOut(ctx: RequestContext, sql: string): Promise<Buffer> {
  const client = await connectionOf(ctx);
  const parts: Buffer[] = [];
  for await (const part of client.query(copyTo(sql)) as AsyncIterable<Buffer>) parts.push(part);
  return Buffer.concat(parts);
}
