import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { runLockKey } from '../src/imports/import-progress';
import { aTenant, type Created } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let owner: pg.Client;
let tenant: Created;

beforeAll(async () => {
  api = await startTestApp('import_abandoned');
  owner = new pg.Client({ connectionString: api.databaseUrl });
  await owner.connect();
  tenant = await aTenant().create(api);
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

/** A RUNNING run whose last heartbeat was `secondsAgo` seconds ago. */
async function runningRun(secondsAgo: number): Promise<string> {
  const { rows } = await owner.query<{ id: string }>(
    `INSERT INTO import_run (tenant_id, target, mode, file_name, heartbeat_at)
     VALUES ($1, 'PERSONS', 'COMMIT', 'gross.csv', now() - make_interval(secs => $2)) RETURNING id`,
    [tenant.id, secondsAgo],
  );
  return rows[0].id;
}

const statusOf = async (id: string): Promise<{ status: string; failure: { code: string } | null }> =>
  (
    await api.gql<{ importRun: { status: string; failure: { code: string } | null } }>(
      `query($id: ID!) { importRun(id: $id) { status failure { code } } }`,
      { id },
    )
  ).importRun;

describe('a run whose process was killed', () => {
  it('reads as failed within seconds: nobody holds its lock any more', async () => {
    const id = await runningRun(20);
    expect(await statusOf(id)).toEqual({ status: 'FAILED', failure: { code: 'ABANDONED' } });
  });

  it("says in the reader's words that nothing was taken over, however old its heartbeat", async () => {
    const id = await runningRun(120);
    const data = await api.gql<{ importRun: { status: string; failure: { code: string; message: string } } }>(
      `query($id: ID!) { importRun(id: $id) { status failure { code message } } }`,
      { id },
    );
    expect(data.importRun).toEqual({
      status: 'FAILED',
      failure: { code: 'ABANDONED', message: expect.stringMatching(/unterbrochen.*nichts übernommen/) as unknown },
    });
  });

  it('stays running while its import transaction holds the lock, even with a late heartbeat', async () => {
    const id = await runningRun(20);
    const worker = new pg.Client({ connectionString: api.databaseUrl });
    await worker.connect();
    try {
      await worker.query('BEGIN');
      await worker.query(`SELECT pg_advisory_xact_lock(${runLockKey('$1')})`, [id]);
      expect(await statusOf(id)).toEqual({ status: 'RUNNING', failure: null });
      await worker.query('ROLLBACK');
      expect(await statusOf(id)).toEqual({ status: 'FAILED', failure: { code: 'ABANDONED' } });
    } finally {
      await worker.end();
    }
  });

  it('stays running with a fresh heartbeat before the lock is taken (the run was just created)', async () => {
    const id = await runningRun(2);
    expect(await statusOf(id)).toEqual({ status: 'RUNNING', failure: null });
  });
});
