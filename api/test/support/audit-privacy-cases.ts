import type { AuditCase } from './audit-cases';
import { aLocation, aPerson } from './factories';
import { closedTenant, PSEUDONYMISE } from './pseudonymisation';

let n = 0;

/** Privacy mutations: pseudonymising a closed Verwaltung writes one TENANT entry (counts in its context). */
export const PRIVACY_CASES: Record<string, AuditCase> = {
  pseudonymiseTenant: {
    async prepare(api) {
      const name = `Amt Abschluss ${++n}`;
      const tenant = await closedTenant(api, name);
      const location = await aLocation().of(tenant).create(api);
      await aPerson().at(location).create(api);
      return async () => {
        await api.gql(PSEUDONYMISE, { input: { tenantId: tenant.id, confirmName: name } });
        return { objectType: 'TENANT', objectId: tenant.id, action: 'PSEUDONYMISE', tenantId: tenant.id, changes: {} };
      };
    },
  },
};
