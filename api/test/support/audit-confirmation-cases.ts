import type { AuditCase, Expected } from './audit-cases';
import { aLocation, aPerson, aTenant, type Created } from './factories';
import type { TestApp } from './test-app';

async function aPersonOfItsOwn(api: TestApp): Promise<{ tenant: Created; person: Created }> {
  const tenant = await aTenant().create(api);
  const person = await aPerson()
    .at(await aLocation().of(tenant).create(api))
    .create(api);
  return { tenant, person };
}

const confirmed = (tenant: Created, person: Created, old: string): Expected => ({
  objectType: 'CONFIRMATION',
  objectId: person.id,
  action: 'CONFIRM',
  tenantId: tenant.id,
  changes: { state: [old, 'CONFIRMED'] },
});

/** Confirmations: one entry per decided person (one person here; several in confirmations.int-spec.ts). */
export const CONFIRMATION_CASES: Record<string, AuditCase> = {
  confirmPersons: {
    async prepare(api) {
      const { tenant, person } = await aPersonOfItsOwn(api);
      return async () => {
        await api.gql(`mutation($t: ID!, $p: ID!) { confirmPersons(tenantId: $t, personIds: [$p]) { confirmed } }`, {
          t: tenant.id,
          p: person.id,
        });
        return confirmed(tenant, person, 'OPEN');
      };
    },
  },
  confirmFilteredPersons: {
    async prepare(api) {
      const { tenant, person } = await aPersonOfItsOwn(api);
      await api.gql(`mutation($p: ID!) { rejectPerson(personId: $p, comment: "Drucker fehlt") { state } }`, {
        p: person.id,
      });
      return async () => {
        await api.gql(`mutation($t: ID!) { confirmFilteredPersons(tenantId: $t) { confirmed } }`, { t: tenant.id });
        return {
          ...confirmed(tenant, person, 'REJECTED'),
          changes: { state: ['REJECTED', 'CONFIRMED'], comment: ['Drucker fehlt', null] },
        };
      };
    },
  },
  rejectPerson: {
    async prepare(api) {
      const { tenant, person } = await aPersonOfItsOwn(api);
      return async () => {
        await api.gql(`mutation($p: ID!) { rejectPerson(personId: $p, comment: "Laufwerk H fehlt") { state } }`, {
          p: person.id,
        });
        return {
          objectType: 'CONFIRMATION',
          objectId: person.id,
          action: 'REJECT',
          tenantId: tenant.id,
          changes: { state: ['OPEN', 'REJECTED'], comment: [null, 'Laufwerk H fehlt'] },
        };
      };
    },
  },
};
