import { Injectable } from '@nestjs/common';
import { RequestContext } from '../database/request-context';
import type { ChecklistStep } from './cutover.models';

interface StepRow {
  id: string;
  workstation_id: string;
  position: number;
  label: string;
  required: boolean;
  needs_evidence: boolean;
  done_at: Date | null;
  done_by_name: string | null;
  evidence: string | null;
}

/** Checklists of many workstations in one statement per request batch. */
@Injectable()
export class ChecklistStepsLoader {
  of(workstationId: string): Promise<ChecklistStep[]> {
    const ctx = RequestContext.current();
    return ctx
      .loader<ChecklistStep[]>('cutover:steps', async (ids) => {
        const rows = await ctx.query<StepRow>(
          `SELECT id, workstation_id, position, label, required, needs_evidence, done_at, done_by_name, evidence
           FROM checklist_step WHERE workstation_id = ANY($1::uuid[]) ORDER BY workstation_id, position`,
          [[...ids]],
        );
        const byWorkstation = new Map<string, ChecklistStep[]>();
        for (const r of rows) {
          const list = byWorkstation.get(r.workstation_id) ?? [];
          list.push({
            id: r.id,
            workstationId: r.workstation_id,
            position: r.position,
            label: r.label,
            required: r.required,
            needsEvidence: r.needs_evidence,
            done: r.done_at !== null,
            doneAt: r.done_at,
            doneByName: r.done_by_name,
            evidence: r.evidence,
          });
          byWorkstation.set(r.workstation_id, list);
        }
        return ids.map((id) => byWorkstation.get(id) ?? []);
      })
      .load(workstationId);
  }
}
