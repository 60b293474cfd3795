import { createAccount } from './accounts';
import type { AuditCase } from './audit-cases';
import { aLocation, aTenant } from './factories';
import type { TestApp } from './test-app';

const placedLocation = async (api: TestApp) =>
  aLocation()
    .of(await aTenant().create(api))
    .create(api);

/** Plan mutations: phases, waves and wave technicians (one entry each). */
export const PLAN_CASES: Record<string, AuditCase> = {
  updateProjectPhase: {
    async prepare(api) {
      const tenant = await aTenant().create(api);
      const save = (version: number | null, plannedEnd: string) =>
        api.gql<{ updateProjectPhase: { id: string } }>(
          `mutation($input: UpdateProjectPhaseInput!) { updateProjectPhase(input: $input) { id } }`,
          {
            input: {
              tenantId: tenant.id,
              phase: 'UMSTELLUNG',
              status: 'OPEN',
              plannedStart: '2026-05-01',
              plannedEnd,
              version,
            },
          },
        );
      const { updateProjectPhase: created } = await save(null, '2026-05-31');
      return async () => {
        await save(1, '2026-06-30');
        return {
          objectType: 'PROJECT_PHASE',
          objectId: created.id,
          action: 'UPDATE',
          tenantId: tenant.id,
          changes: { plannedEnd: ['2026-05-31', '2026-06-30'] },
        };
      };
    },
  },
  updateLocationWave: {
    async prepare(api) {
      const location = await placedLocation(api);
      return async () => {
        await api.gql(`mutation($input: UpdateLocationWaveInput!) { updateLocationWave(input: $input) { id } }`, {
          input: {
            locationId: location.id,
            version: location.version,
            cutoverDate: '2026-09-12',
            windowStart: '17:30',
            windowEnd: '23:00',
          },
        });
        return {
          objectType: 'LOCATION',
          objectId: location.id,
          action: 'UPDATE',
          tenantId: location.tenantId ?? null,
          changes: {
            cutoverDate: [null, '2026-09-12'],
            cutoverWindowStart: [null, '17:30'],
            cutoverWindowEnd: [null, '23:00'],
          },
        };
      };
    },
  },
  setWaveTechnicians: {
    async prepare(api) {
      const location = await placedLocation(api);
      const technician = await createAccount(api, { role: 'TECHNICIAN' });
      return async () => {
        await api.gql(
          `mutation($id: ID!, $ids: [ID!]!) { setWaveTechnicians(locationId: $id, accountIds: $ids) { id } }`,
          {
            id: location.id,
            ids: [technician.id],
          },
        );
        return {
          objectType: 'LOCATION',
          objectId: location.id,
          action: 'UPDATE',
          tenantId: location.tenantId ?? null,
          changes: { technicians: ['[]', '["Test TECHNICIAN"]'] },
        };
      };
    },
  },
};
