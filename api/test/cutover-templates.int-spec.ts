import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_CHECKLIST_STEPS, DEFAULT_CHECKLIST_TEMPLATE_NAME } from '@schaltplan/domain';
import { loginAs } from './support/accounts';
import {
  CREATE_TEMPLATE,
  DELETE_TEMPLATE,
  TEMPLATES,
  UPDATE_TEMPLATE,
  codeOf,
  planWave,
  steps,
  tick,
  workstation,
  type Template,
} from './support/cutover';
import { aLocation, aTenant, aWorkstation, type Created } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp('cutover_templates');
});
afterAll(() => api.close());

const templates = async (tenantId: string) =>
  (await api.gql<{ checklistTemplates: Template[] }>(TEMPLATES, { tenantId })).checklistTemplates;
const create = (input: Record<string, unknown>) =>
  api.request<{ createChecklistTemplate: Template }>(CREATE_TEMPLATE, { input });
const update = (input: Record<string, unknown>) =>
  api.request<{ updateChecklistTemplate: Template }>(UPDATE_TEMPLATE, { input });
const labels = async (workstationId: string) => (await workstation(api, workstationId)).checklist.map((s) => s.label);
const auditActions = async (objectId: string) => {
  const data = await api.gql<{ auditEntries: { items: { action: string; changes: { field: string }[] }[] } }>(
    `query($id: ID) { auditEntries(objectId: $id, limit: 50) { items { action changes { field } } } }`,
    { id: objectId },
  );
  return data.auditEntries.items.map((e) => [e.action, e.changes.map((c) => c.field).sort()]);
};

describe('checklist templates', () => {
  let tenant: Created;

  beforeAll(async () => {
    tenant = await aTenant().create(api);
  });

  it('starts every Verwaltung with the German default template', async () => {
    const [standard] = await templates(tenant.id);
    expect(standard).toMatchObject({ name: DEFAULT_CHECKLIST_TEMPLATE_NAME, isDefault: true, locationCount: 0 });
    expect(standard.steps.map((s) => s.label)).toEqual(DEFAULT_CHECKLIST_STEPS.map((s) => s.label));
  });

  it('creates, lists (default first, then by name), updates and deletes, audited with the steps', async () => {
    const zebra = await create({ tenantId: tenant.id, name: 'Zebra', steps: steps('Z1') });
    const alpha = await create({
      tenantId: tenant.id,
      name: '  Außenstelle ',
      steps: [
        { label: 'Router', required: true },
        { label: 'Nachweis', required: false, needsEvidence: true },
      ],
    });
    expect(alpha.data?.createChecklistTemplate).toMatchObject({
      name: 'Außenstelle',
      isDefault: false,
      version: 1,
      steps: [
        { position: 1, label: 'Router', required: true, needsEvidence: false },
        { position: 2, label: 'Nachweis', required: false, needsEvidence: true },
      ],
    });
    expect((await templates(tenant.id)).map((t) => t.name)).toEqual([
      DEFAULT_CHECKLIST_TEMPLATE_NAME,
      'Außenstelle',
      'Zebra',
    ]);
    const duplicate = await create({ tenantId: tenant.id, name: 'zebra', steps: steps('x') });
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'UNIQUE_VIOLATION', field: 'name' });

    const id = String(zebra.data?.createChecklistTemplate.id);
    const saved = await update({ id, version: 1, name: 'Zebra 2', steps: steps('Z1', 'Z2') });
    expect(saved.data?.updateChecklistTemplate).toMatchObject({
      version: 2,
      steps: [{ label: 'Z1' }, { label: 'Z2' }],
    });
    expect(codeOf(await update({ id, version: 1, name: 'Zebra 3', steps: steps('Z1') }))).toBe('CONFLICT');
    expect(codeOf(await api.request(DELETE_TEMPLATE, { id, version: 1 }))).toBe('CONFLICT');
    expect(await api.gql(DELETE_TEMPLATE, { id, version: 2 })).toEqual({ deleteChecklistTemplate: true });
    expect(await auditActions(id)).toEqual([
      ['DELETE', ['isDefault', 'name', 'steps']],
      ['UPDATE', ['name', 'steps']],
      ['CREATE', ['isDefault', 'name', 'steps']],
    ]);
  });

  it('refuses bad step lists and names field by field', async () => {
    const bad = [
      { tenantId: tenant.id, name: 'Leer', steps: [] },
      { tenantId: tenant.id, name: 'Zu viele', steps: steps(...Array.from({ length: 41 }, (_, i) => `S${i}`)) },
      { tenantId: tenant.id, name: 'Ohne Text', steps: [{ label: '', required: true }] },
      { tenantId: tenant.id, name: '   ', steps: steps('x') },
    ];
    for (const input of bad) expect(codeOf(await create(input))).toBe('BAD_USER_INPUT');
    const blank = await create({ tenantId: tenant.id, name: 'Leerzeichen', steps: [{ label: '  ', required: true }] });
    expect(blank.errors?.[0].extensions?.fields).toEqual([{ field: 'steps.0.label', message: 'must not be empty' }]);
    const forty = await create({
      tenantId: tenant.id,
      name: 'Vierzig',
      steps: steps(...Array.from({ length: 40 }, (_, i) => `S${i}`)),
    });
    expect(forty.data?.createChecklistTemplate.steps).toHaveLength(40);
  });

  it('moves the default flag in one go and keeps one default', async () => {
    const t = await aTenant().create(api);
    const [standard] = await templates(t.id);
    const created = await create({ tenantId: t.id, name: 'Neu', isDefault: true, steps: steps('N1') });
    expect(created.data?.createChecklistTemplate.isDefault).toBe(true);
    const list = await templates(t.id);
    expect(list.map((x) => [x.name, x.isDefault])).toEqual([
      ['Neu', true],
      [DEFAULT_CHECKLIST_TEMPLATE_NAME, false],
    ]);
    const back = await update({
      id: standard.id,
      version: list[1].version,
      name: standard.name,
      isDefault: true,
      steps: standard.steps.map(({ label, required, needsEvidence }) => ({ label, required, needsEvidence })),
    });
    expect(back.data?.updateChecklistTemplate.isDefault).toBe(true);
    expect((await templates(t.id)).filter((x) => x.isDefault).map((x) => x.id)).toEqual([standard.id]);
    const neu = (await templates(t.id)).find((x) => x.name === 'Neu') as Template;
    const unset = await update({
      id: standard.id,
      version: 3,
      name: standard.name,
      isDefault: false,
      steps: steps('x'),
    });
    expect(unset.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'isDefault' }] });
    expect(codeOf(await api.request(DELETE_TEMPLATE, { id: standard.id, version: 3 }))).toBe('CONFLICT');
    expect(neu.isDefault).toBe(false);
  });

  it('rebuilds unstarted checklists on a step change; started ones and later statuses keep theirs', async () => {
    const t = await aTenant().create(api);
    const { createChecklistTemplate: own } = await api.gql<{ createChecklistTemplate: Template }>(CREATE_TEMPLATE, {
      input: { tenantId: t.id, name: 'Eigene', steps: steps('Alt 1', 'Alt 2') },
    });
    const onOwn = await aLocation().of(t).create(api);
    const onDefault = await aLocation().of(t).create(api);
    const [fresh, started, rolled] = [
      await aWorkstation().at(onOwn).create(api),
      await aWorkstation().at(onOwn).create(api),
      await aWorkstation().at(onOwn).create(api),
    ];
    const elsewhere = await aWorkstation().at(onDefault).create(api);
    await planWave(api, onOwn, { checklistTemplateId: own.id });
    await planWave(api, onDefault);
    expect((await templates(t.id)).map((x) => [x.name, x.locationCount])).toEqual([
      [DEFAULT_CHECKLIST_TEMPLATE_NAME, 1],
      ['Eigene', 1],
    ]);
    expect(codeOf(await tick(api, (await workstation(api, started.id)).checklist[0].id))).toBeUndefined();
    await api.gql(`mutation($input: TransitionWorkstationInput!) { transitionWorkstation(input: $input) { id } }`, {
      input: { opId: randomUUID(), workstationId: rolled.id, from: 'PLANNED', to: 'ROLLED_BACK', reason: 'später' },
    });

    await update({ id: own.id, version: 1, name: 'Eigene', steps: steps('Neu 1') });
    expect(await labels(fresh.id)).toEqual(['Neu 1']);
    expect(await labels(started.id)).toEqual(['Alt 1', 'Alt 2']);
    expect(await labels(rolled.id)).toEqual(['Alt 1', 'Alt 2']);
    expect(await labels(elsewhere.id)).toEqual(DEFAULT_CHECKLIST_STEPS.map((s) => s.label));

    // Deleting it sends its Standorte back to the default, and unstarted checklists follow.
    await api.gql(DELETE_TEMPLATE, { id: own.id, version: 2 });
    expect(await labels(fresh.id)).toEqual(DEFAULT_CHECKLIST_STEPS.map((s) => s.label));
    expect(await labels(started.id)).toEqual(['Alt 1', 'Alt 2']);
    const [standard] = await templates(t.id);
    expect(standard.locationCount).toBe(2);

    // A new default rebuilds what follows the default.
    await create({ tenantId: t.id, name: 'Kurz', isDefault: true, steps: steps('Nur einer') });
    expect(await labels(elsewhere.id)).toEqual(['Nur einer']);
    expect(await labels(fresh.id)).toEqual(['Nur einer']);
  });

  it('lets only admins and project managers change templates', async () => {
    const t = await aTenant().create(api);
    const manager = await loginAs(api, 'PROJECT_MANAGER', { tenantIds: [t.id] });
    const coordinator = await loginAs(api, 'COORDINATOR', { tenantIds: [t.id] });
    const location = await aLocation().of(t).create(api);
    const technician = await loginAs(api, 'TECHNICIAN', { locationIds: [location.id] });
    const input = { tenantId: t.id, name: 'PL-Vorlage', steps: steps('A') };
    const made = await api.request<{ createChecklistTemplate: Template }>(
      CREATE_TEMPLATE,
      { input },
      { session: manager },
    );
    expect(made.errors).toBeUndefined();
    for (const session of [coordinator, technician]) {
      expect(codeOf(await api.request(CREATE_TEMPLATE, { input: { ...input, name: 'X' } }, { session }))).toBe(
        'FORBIDDEN',
      );
      const id = made.data?.createChecklistTemplate.id;
      expect(codeOf(await api.request(DELETE_TEMPLATE, { id, version: 1 }, { session }))).toBe('FORBIDDEN');
      const read = await api.request<{ checklistTemplates: Template[] }>(TEMPLATES, { tenantId: t.id }, { session });
      expect(read.data?.checklistTemplates.map((x) => x.name)).toEqual([DEFAULT_CHECKLIST_TEMPLATE_NAME, 'PL-Vorlage']);
    }
    // Another Verwaltung is out of reach for the project manager.
    const other = await aTenant().create(api);
    const foreign = await api.request(
      CREATE_TEMPLATE,
      { input: { ...input, tenantId: other.id } },
      { session: manager },
    );
    expect(codeOf(foreign)).toBe('FORBIDDEN');
  });
});
