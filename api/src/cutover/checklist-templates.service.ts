import { Injectable } from '@nestjs/common';
import { diff, writeAudit, type AuditAction } from '../audit/audit-writer';
import { mapDbError } from '../common/db-errors';
import { AppError, invalidInput, notFound, staleVersion } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { locationsOnDefault, locationsUsing, rebuildUnstarted } from './checklist-rebuild';
import type { ChecklistTemplate, ChecklistTemplateStep } from './cutover.models';
import type {
  ChecklistStepInput,
  CreateChecklistTemplateInput,
  UpdateChecklistTemplateInput,
} from './dto/checklist-template.inputs';

const TYPE = 'ChecklistTemplate';

interface TemplateRow {
  id: string;
  tenant_id: string;
  name: string;
  is_default: boolean;
  version: number;
  steps: ChecklistTemplateStep[];
  location_count: number;
}

// Steps as JSON in order, and the Standorte using the template (explicitly or as the default).
const SELECT = `SELECT t.id, t.tenant_id, t.name, t.is_default, t.version,
    coalesce((SELECT json_agg(json_build_object('position', s.position, 'label', s.label, 'required', s.required,
                'needsEvidence', s.needs_evidence) ORDER BY s.position)
              FROM checklist_template_step s WHERE s.tenant_id = t.tenant_id AND s.template_id = t.id), '[]') AS steps,
    (SELECT count(*)::int FROM location l WHERE l.tenant_id = t.tenant_id
       AND (l.checklist_template_id = t.id OR (t.is_default AND l.checklist_template_id IS NULL))) AS location_count
  FROM checklist_template t`;

const toModel = (r: TemplateRow): ChecklistTemplate => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  isDefault: r.is_default,
  version: r.version,
  steps: r.steps,
  locationCount: r.location_count,
});

/** What the audit trail records of a template: name, default flag and the whole step list. */
const audited = (t: ChecklistTemplate) => ({
  name: t.name,
  isDefault: t.isDefault,
  steps: t.steps.map((s) => ({ label: s.label, required: s.required, needsEvidence: s.needsEvidence })),
});

/** Trimmed steps; blank labels are refused per step (the validator only rejects empty strings). */
function cleanSteps(steps: ChecklistStepInput[]): ChecklistTemplateStep[] {
  const problems = steps
    .map((s, i) => (s.label.trim() ? null : { field: `steps.${i}.label`, message: 'must not be empty' }))
    .filter((p) => p !== null);
  if (problems.length) throw invalidInput(problems);
  return steps.map((s, i) => ({
    position: i + 1,
    label: s.label.trim(),
    required: s.required,
    needsEvidence: s.needsEvidence ?? false,
  }));
}

/** Checklist templates: one default per Verwaltung, names unique per Verwaltung, audited. */
@Injectable()
export class ChecklistTemplatesService {
  private get ctx(): RequestContext {
    return RequestContext.current();
  }

  async list(tenantId: string): Promise<ChecklistTemplate[]> {
    const rows = await this.ctx.query<TemplateRow>(
      `${SELECT} WHERE t.tenant_id = $1 ORDER BY t.is_default DESC, lower(t.name), t.id`,
      [tenantId],
    );
    return rows.map(toModel);
  }

  async create(input: CreateChecklistTemplateInput): Promise<ChecklistTemplate> {
    const steps = cleanSteps(input.steps);
    const name = input.name.trim();
    if (!name) throw invalidInput([{ field: 'name', message: 'must not be empty' }]);
    const oldDefault = input.isDefault ? await this.takeDefault(input.tenantId) : null;
    let id: string;
    try {
      [{ id }] = await this.ctx.query<{ id: string }>(
        `INSERT INTO checklist_template (tenant_id, name, is_default) VALUES ($1, $2, $3) RETURNING id`,
        [input.tenantId, name, input.isDefault ?? false],
      );
      await this.insertSteps(input.tenantId, id, steps);
    } catch (error) {
      throw mapDbError(error, TYPE);
    }
    const created = await this.get(id);
    await this.audit('CREATE', null, created);
    if (oldDefault) await this.defaultMoved(oldDefault, input.tenantId);
    return created;
  }

  async update(input: UpdateChecklistTemplateInput): Promise<ChecklistTemplate> {
    const before = await this.current(input.id, input.version);
    const steps = cleanSteps(input.steps);
    const name = input.name.trim();
    if (!name) throw invalidInput([{ field: 'name', message: 'must not be empty' }]);
    if (before.isDefault && input.isDefault === false) {
      throw invalidInput([{ field: 'isDefault', message: 'make another template the default instead' }]);
    }
    const makeDefault = !before.isDefault && input.isDefault === true;
    const oldDefault = makeDefault ? await this.takeDefault(before.tenantId) : null;
    const stepsChanged = JSON.stringify(before.steps) !== JSON.stringify(steps);
    try {
      const updated = await this.ctx.query(
        // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
        `WITH u AS (UPDATE checklist_template SET name = $3, is_default = is_default OR $4, version = version + 1
           WHERE id = $1 AND version = $2 RETURNING id)
         SELECT id FROM u`,
        [input.id, input.version, name, makeDefault],
      );
      if (updated.length === 0) await this.explainMiss(input.id, input.version);
      if (stepsChanged) {
        await this.ctx.query(`DELETE FROM checklist_template_step WHERE template_id = $1`, [input.id]);
        await this.insertSteps(before.tenantId, input.id, steps);
      }
    } catch (error) {
      throw mapDbError(error, TYPE);
    }
    const after = await this.get(input.id);
    await this.audit('UPDATE', before, after);
    if (oldDefault) await this.defaultMoved(oldDefault, before.tenantId);
    if (stepsChanged) {
      // Standorte on the default were rebuilt just above when it moved here.
      const using = await locationsUsing(before.tenantId, input.id, after.isDefault && !makeDefault);
      await rebuildUnstarted(before.tenantId, using);
    }
    this.ctx.forgetLoaded();
    return this.get(input.id);
  }

  /** Deletes a template that is not the default; its Standorte fall back to the default. */
  async remove(id: string, version: number): Promise<boolean> {
    const before = await this.current(id, version);
    if (before.isDefault) {
      throw new AppError(
        `${before.name} is the default template and cannot be deleted; make another template the default first.`,
        'CONFLICT',
        { type: TYPE, id, reason: 'IS_DEFAULT' },
      );
    }
    const using = await locationsUsing(before.tenantId, id, false);
    // The foreign key sets the Standorte's template to null (= the default).
    const deleted = await this.ctx.query(
      `WITH d AS (DELETE FROM checklist_template WHERE id = $1 AND version = $2 AND NOT is_default RETURNING id)
       SELECT id FROM d`,
      [id, version],
    );
    if (deleted.length === 0) await this.explainMiss(id, version);
    await this.audit('DELETE', before, null);
    await rebuildUnstarted(before.tenantId, using);
    this.ctx.forgetLoaded();
    return true;
  }

  private async get(id: string): Promise<ChecklistTemplate> {
    const [row] = await this.ctx.query<TemplateRow>(`${SELECT} WHERE t.id = $1`, [id]);
    if (!row) throw notFound(TYPE, id);
    return toModel(row);
  }

  /** The stored template at exactly `version`, locked against parallel edits. */
  private async current(id: string, version: number): Promise<ChecklistTemplate> {
    const [row] = await this.ctx.query<{ version: number }>(
      `SELECT version FROM checklist_template WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!row) throw notFound(TYPE, id);
    if (row.version !== version) throw staleVersion(TYPE, id, version, row.version);
    return this.get(id);
  }

  private async explainMiss(id: string, version: number): Promise<never> {
    const [row] = await this.ctx.query<{ version: number }>(`SELECT version FROM checklist_template WHERE id = $1`, [
      id,
    ]);
    if (!row) throw notFound(TYPE, id);
    throw staleVersion(TYPE, id, version, row.version);
  }

  /** Clears the tenant's default flag (the one-default index is not deferrable); returns the old default. */
  private async takeDefault(tenantId: string): Promise<ChecklistTemplate | null> {
    const [row] = await this.ctx.query<{ id: string }>(
      `SELECT id FROM checklist_template WHERE tenant_id = $1 AND is_default FOR UPDATE`,
      [tenantId],
    );
    if (!row) return null;
    const before = await this.get(row.id);
    await this.ctx.query(`UPDATE checklist_template SET is_default = false, version = version + 1 WHERE id = $1`, [
      row.id,
    ]);
    return before;
  }

  /** Audits the old default losing its flag and rebuilds the unstarted checklists that follow the default. */
  private async defaultMoved(oldDefault: ChecklistTemplate, tenantId: string): Promise<void> {
    await this.audit('UPDATE', oldDefault, await this.get(oldDefault.id));
    await rebuildUnstarted(tenantId, await locationsOnDefault(tenantId));
  }

  private async insertSteps(tenantId: string, templateId: string, steps: ChecklistTemplateStep[]): Promise<void> {
    await this.ctx.query(
      `INSERT INTO checklist_template_step (tenant_id, template_id, position, label, required, needs_evidence)
       SELECT $1, $2, s.position, s.label, s.required, s.needs_evidence
       FROM unnest($3::int[], $4::text[], $5::boolean[], $6::boolean[]) AS s(position, label, required, needs_evidence)`,
      [
        tenantId,
        templateId,
        steps.map((s) => s.position),
        steps.map((s) => s.label),
        steps.map((s) => s.required),
        steps.map((s) => s.needsEvidence),
      ],
    );
  }

  private async audit(action: AuditAction, before: ChecklistTemplate | null, after: ChecklistTemplate | null) {
    const changes = diff(before && audited(before), after && audited(after));
    if (action === 'UPDATE' && Object.keys(changes).length === 0) return;
    const row = (after ?? before) as ChecklistTemplate;
    await writeAudit({
      tenantId: row.tenantId,
      objectType: 'CHECKLIST_TEMPLATE',
      objectId: row.id,
      objectLabel: row.name,
      action,
      changes,
    });
  }
}
