import { Injectable } from '@nestjs/common';
import { testStateOf } from '@schaltplan/domain';
import { currentActor } from '../audit/audit-writer';
import { CrudService } from '../common/crud.service';
import { mapDbError } from '../common/db-errors';
import { AppError, invalidInput } from '../common/errors';
import type { Page } from '../common/page';
import type { RecordTestRunInput, TestRunListArgs } from './dto/test-run.inputs';
import { TestRun, type TestStatus } from './test-run.entity';
import { TestRunsLoader } from './test-runs.loader';

type TestRunChanges = Partial<Pick<TestRun, 'fachverfahrenId' | 'testedOn' | 'tester' | 'result' | 'findings'>>;

const signedOff = (id: string): AppError =>
  new AppError('This test run is signed off and can no longer be changed. Record a new test run instead.', 'CONFLICT', {
    type: 'TestRun',
    id,
    reason: 'SIGNED_OFF',
  });

@Injectable()
export class TestRunsService extends CrudService<TestRun> {
  constructor(private readonly loader: TestRunsLoader) {
    super({
      type: 'TestRun',
      entity: TestRun,
      table: 'test_run',
      search: ['tester', 'findings'],
      sort: { TESTED_ON: 't.testedOn' },
      defaultSort: 'TESTED_ON',
      scopeProperty: 'tenantId',
    });
  }

  /** Newest first: by test day, then by when it was recorded. */
  async listRuns(args: TestRunListArgs): Promise<Page<TestRun>> {
    const manager = await this.ctx.manager();
    const qb = manager.createQueryBuilder(TestRun, 't').where('t.tenantId = :tenantId', { tenantId: args.tenantId });
    if (args.fachverfahrenId) qb.andWhere('t.fachverfahrenId = :fv', { fv: args.fachverfahrenId });
    if (args.standardWorkplace === true) qb.andWhere('t.fachverfahrenId IS NULL');
    if (args.standardWorkplace === false) qb.andWhere('t.fachverfahrenId IS NOT NULL');
    const [items, totalCount] = await qb
      .orderBy('t.testedOn', 'DESC')
      .addOrderBy('t.createdAt', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .offset(args.offset)
      .limit(args.limit)
      .getManyAndCount();
    return { items, totalCount };
  }

  async record(input: RecordTestRunInput): Promise<TestRun> {
    const run = await this.create({ ...input, fachverfahrenId: input.fachverfahrenId ?? null });
    this.ctx.forgetLoaded();
    return run;
  }

  async change(id: string, version: number, changes: TestRunChanges): Promise<TestRun> {
    const current = await this.current(id, version);
    if (current.signedOffAt) throw signedOff(id);
    const run = await this.update(id, version, changes);
    this.ctx.forgetLoaded();
    return run;
  }

  async delete(id: string, version: number): Promise<string> {
    const current = await this.current(id, version);
    // The sign-off is the department's record: it stays.
    if (current.signedOffAt) throw signedOff(id);
    const removed = await this.remove(id, version);
    this.ctx.forgetLoaded();
    return removed;
  }

  /** Records who signed the run off and when; from then on the run is frozen. */
  async signOff(id: string, version: number): Promise<TestRun> {
    const before = await this.current(id, version);
    if (before.signedOffAt) throw signedOff(id);
    if (before.result === 'FAILED') {
      throw invalidInput([{ field: 'result', message: 'a failed test run cannot be signed off; test again first' }]);
    }
    const actor = currentActor();
    const manager = await this.ctx.manager();
    let affected: number | undefined;
    try {
      const result = await manager
        .createQueryBuilder()
        .update(TestRun)
        .set({
          signedOffBy: actor.accountId,
          signedOffByName: actor.accountName,
          signedOffAt: () => 'now()',
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version AND signed_off_at IS NULL', { id, version })
        .execute();
      affected = result.affected;
    } catch (error) {
      throw mapDbError(error, 'TestRun');
    }
    if (!affected) await this.explainMiss(id, version);
    const after = await this.reload(id);
    await this.audit('SIGN_OFF', before, after);
    this.ctx.forgetLoaded();
    return after;
  }

  /** One row per Fachverfahren of the tenant, the standard workplace first. */
  async status(tenantId: string): Promise<TestStatus[]> {
    // The standard-workplace row only for a tenant the caller can see (tenant RLS).
    const rows = await this.ctx.query<{ id: string | null; name: string | null }>(
      `SELECT id, name FROM (
         SELECT NULL::uuid AS id, NULL::text AS name, 0 AS ord FROM tenant WHERE id = $1
         UNION ALL SELECT id, name, 1 FROM fachverfahren WHERE tenant_id = $1) s
       ORDER BY ord, lower(name), id`,
      [tenantId],
    );
    const latest = await Promise.all(rows.map((r) => this.loader.latest(tenantId, r.id)));
    return rows.map((r, i) => ({
      fachverfahrenId: r.id,
      fachverfahrenName: r.name,
      latestRun: latest[i],
      state: testStateOf(latest[i]),
    }));
  }
}
