import { Injectable } from '@nestjs/common';
import { RequestContext } from '../database/request-context';
import { TestRun } from './test-run.entity';

/** Loader keys of the standard workplace: it has no Fachverfahren id, so the tenant stands in. */
const STANDARD = 'standard:';

@Injectable()
export class TestRunsLoader {
  /**
   * The latest run of a Fachverfahren, or of a tenant's standard workplace (fachverfahrenId null):
   * by test day, then by when it was recorded. One statement per batch, however many are asked.
   */
  latest(tenantId: string, fachverfahrenId: string | null): Promise<TestRun | null> {
    const ctx = RequestContext.current();
    return ctx
      .loader<TestRun | null>('testRuns:latest', async (keys) => {
        const fachverfahren = keys.filter((k) => !k.startsWith(STANDARD));
        const tenants = keys.filter((k) => k.startsWith(STANDARD)).map((k) => k.slice(STANDARD.length));
        const manager = await ctx.manager();
        const runs = await manager
          .createQueryBuilder(TestRun, 't')
          .where(
            `t.id IN (SELECT DISTINCT ON (coalesce(r.fachverfahren_id, r.tenant_id)) r.id FROM test_run r
               WHERE r.fachverfahren_id = ANY(:fachverfahren)
                  OR (r.fachverfahren_id IS NULL AND r.tenant_id = ANY(:tenants))
               ORDER BY coalesce(r.fachverfahren_id, r.tenant_id), r.tested_on DESC, r.created_at DESC, r.id DESC)`,
            { fachverfahren, tenants },
          )
          .getMany();
        const byKey = new Map(runs.map((r) => [r.fachverfahrenId ?? `${STANDARD}${r.tenantId}`, r]));
        return keys.map((k) => byKey.get(k) ?? null);
      })
      .load(fachverfahrenId ?? `${STANDARD}${tenantId}`);
  }
}
