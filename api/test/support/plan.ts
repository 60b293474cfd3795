import type { TestApp } from './test-app';

/**
 * Writes plan rows that other features' APIs own (confirmations, test runs, blockers) straight
 * into the database as the owner; RLS is forced for the owner too, hence the all-tenants switch.
 */
export async function asOwner(api: TestApp, sql: string, params: unknown[] = []): Promise<void> {
  await api.dataSource.transaction(async (m) => {
    await m.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    await m.query(sql, params);
  });
}

export const confirm = (api: TestApp, tenantId: string, personId: string) =>
  asOwner(
    api,
    `INSERT INTO confirmation (tenant_id, person_id, status, snapshot) VALUES ($1, $2, 'CONFIRMED', '{}')
     ON CONFLICT (tenant_id, person_id) DO UPDATE SET status = 'CONFIRMED', changed_at = NULL, decided_at = now()`,
    [tenantId, personId],
  );

export const testRun = (
  api: TestApp,
  tenantId: string,
  fachverfahrenId: string,
  testedOn: string,
  result: 'PASSED' | 'PASSED_WITH_DEFECTS' | 'FAILED',
  signedOff: boolean,
) =>
  asOwner(
    api,
    `INSERT INTO test_run (tenant_id, fachverfahren_id, tested_on, tester, result, signed_off_at)
     VALUES ($1, $2, $3, 'Test Tester', $4, CASE WHEN $5 THEN now() END)`,
    [tenantId, fachverfahrenId, testedOn, result, signedOff],
  );

export const WAVE = `mutation($input: UpdateLocationWaveInput!) {
  updateLocationWave(input: $input) { id version cutoverDate cutoverWindowStart cutoverWindowEnd waveNotes }
}`;
export const TECHNICIANS = `mutation($id: ID!, $ids: [ID!]!) {
  setWaveTechnicians(locationId: $id, accountIds: $ids) { id technicians { accountId name } }
}`;
export const BOARD = `query($tenantId: ID) { readinessBoard(tenantId: $tenantId) {
  locationId locationName tenantName cutoverDate technicianCount ready
  confirmations { total confirmed changed rejected open }
  testRuns { used ready untested failed withDefects awaitingSignOff }
  openBlockers criteria { criterion met failingCount }
} }`;
export const FAILURES = `query($id: ID!, $c: ReadinessCriterion!) {
  readinessFailures(locationId: $id, criterion: $c) { id type label reason }
}`;

export interface BoardRow {
  locationId: string;
  locationName: string;
  cutoverDate: string | null;
  technicianCount: number;
  ready: boolean;
  confirmations: Record<string, number>;
  testRuns: Record<string, number>;
  openBlockers: number;
  criteria: { criterion: string; met: boolean; failingCount: number }[];
}
