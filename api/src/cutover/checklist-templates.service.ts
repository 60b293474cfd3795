import { Injectable } from '@nestjs/common';
import type { ChecklistTemplate } from './cutover.models';
import type { CreateChecklistTemplateInput, UpdateChecklistTemplateInput } from './dto/checklist-template.inputs';

const pending = (): never => {
  throw new Error('pending (issue 6 cutover API)');
};

@Injectable()
export class ChecklistTemplatesService {
  list(tenantId: string): Promise<ChecklistTemplate[]> {
    return pending() ?? Promise.resolve([tenantId] as never);
  }
  create(input: CreateChecklistTemplateInput): Promise<ChecklistTemplate> {
    return pending() ?? Promise.resolve(input as never);
  }
  update(input: UpdateChecklistTemplateInput): Promise<ChecklistTemplate> {
    return pending() ?? Promise.resolve(input as never);
  }
  remove(id: string, version: number): Promise<boolean> {
    return pending() ?? Promise.resolve(Boolean(id && version));
  }
}
