import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { RequestContext } from '../../database/request-context';
import type { CopyIn } from './stage';

/**
 * COPY … FROM STDIN on the context's own connection, so the rows land in its transaction. The
 * caller must not send other statements on that connection while a COPY runs.
 */
export async function copyInOf(ctx: RequestContext): Promise<CopyIn> {
  const runner = (await ctx.manager()).queryRunner;
  if (!runner) throw new Error('The import context has no connection');
  const client = (await runner.connect()) as PoolClient;
  return async (sql, data) => {
    const stream = client.query(copyFrom(sql));
    stream.end(data);
    await finished(stream);
  };
}
