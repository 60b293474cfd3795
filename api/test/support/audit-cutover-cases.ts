import type { AuditCase } from './audit-cases';
import { plannedSite, steps, tick, transition, untick, type Template } from './cutover';
import { aTenant } from './factories';
import type { TestApp } from './test-app';

const CREATE = `mutation($input: CreateChecklistTemplateInput!) { createChecklistTemplate(input: $input) { id version } }`;
// Step lists are audited whole, as JSON.
const stepsJson = (...labels: string[]) =>
  JSON.stringify(labels.map((label) => ({ label, required: true, needsEvidence: false })));

async function ok(res: Promise<{ errors?: unknown[] }>): Promise<void> {
  const { errors } = await res;
  if (errors) throw new Error(JSON.stringify(errors));
}

async function template(api: TestApp, name: string) {
  const tenant = await aTenant().create(api);
  const data = await api.gql<{ createChecklistTemplate: Template }>(CREATE, {
    input: { tenantId: tenant.id, name, steps: steps('Alt') },
  });
  return { tenant, template: data.createChecklistTemplate };
}

/**
 * The cutover night: ticks and transitions on one workstation, template changes. A tick that
 * starts the work also writes a STATUS_CHANGE (PLANNED → PREPARED), so those cases begin prepared.
 */
export const CUTOVER_CASES: Record<string, AuditCase> = {
  tickChecklistStep: {
    async prepare(api) {
      const { tenant, workstations } = await plannedSite(api);
      const [first, second] = workstations[0].checklist;
      await ok(tick(api, first.id));
      return async () => {
        await ok(tick(api, second.id));
        return {
          objectType: 'WORKSTATION',
          objectId: workstations[0].id,
          action: 'TICK',
          tenantId: tenant.id,
          changes: { step: [null, second.label] },
        };
      };
    },
  },
  untickChecklistStep: {
    async prepare(api) {
      const { tenant, workstations } = await plannedSite(api);
      const [first] = workstations[0].checklist;
      await ok(tick(api, first.id));
      return async () => {
        await ok(untick(api, first.id));
        return {
          objectType: 'WORKSTATION',
          objectId: workstations[0].id,
          action: 'UNTICK',
          tenantId: tenant.id,
          changes: { step: [first.label, null] },
        };
      };
    },
  },
  transitionWorkstation: {
    async prepare(api) {
      const { tenant, workstations } = await plannedSite(api);
      return async () => {
        await ok(transition(api, workstations[0].id, 'PLANNED', 'ROLLED_BACK', { reason: 'Raum gesperrt' }));
        return {
          objectType: 'WORKSTATION',
          objectId: workstations[0].id,
          action: 'STATUS_CHANGE',
          tenantId: tenant.id,
          changes: { cutoverStatus: ['PLANNED', 'ROLLED_BACK'], cutoverStatusReason: [null, 'Raum gesperrt'] },
        };
      };
    },
  },
  createChecklistTemplate: {
    async prepare(api) {
      const tenant = await aTenant().create(api);
      return async () => {
        const data = await api.gql<{ createChecklistTemplate: Template }>(CREATE, {
          input: { tenantId: tenant.id, name: 'Außenstelle', steps: steps('Router', 'Drucker') },
        });
        return {
          objectType: 'CHECKLIST_TEMPLATE',
          objectId: data.createChecklistTemplate.id,
          action: 'CREATE',
          tenantId: tenant.id,
          includes: {
            name: [null, 'Außenstelle'],
            isDefault: [null, 'false'],
            steps: [null, stepsJson('Router', 'Drucker')],
          },
        };
      };
    },
  },
  updateChecklistTemplate: {
    async prepare(api) {
      const { tenant, template: t } = await template(api, 'Vorlage');
      return async () => {
        await api.gql(
          `mutation($input: UpdateChecklistTemplateInput!) { updateChecklistTemplate(input: $input) { id } }`,
          {
            input: { id: t.id, version: t.version, name: 'Vorlage 2', steps: steps('Alt', 'Neu') },
          },
        );
        return {
          objectType: 'CHECKLIST_TEMPLATE',
          objectId: t.id,
          action: 'UPDATE',
          tenantId: tenant.id,
          changes: { name: ['Vorlage', 'Vorlage 2'], steps: [stepsJson('Alt'), stepsJson('Alt', 'Neu')] },
        };
      };
    },
  },
  deleteChecklistTemplate: {
    async prepare(api) {
      const { tenant, template: t } = await template(api, 'Weg damit');
      return async () => {
        await api.gql(`mutation($id: ID!, $v: Int!) { deleteChecklistTemplate(id: $id, version: $v) }`, {
          id: t.id,
          v: t.version,
        });
        return {
          objectType: 'CHECKLIST_TEMPLATE',
          objectId: t.id,
          action: 'DELETE',
          tenantId: tenant.id,
          includes: { name: ['Weg damit', null], steps: [stepsJson('Alt'), null] },
        };
      };
    },
  },
};
