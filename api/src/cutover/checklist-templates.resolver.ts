import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { DeleteArgs } from '../common/delete.args';
import { ChecklistTemplatesService } from './checklist-templates.service';
import { ChecklistTemplate } from './cutover.models';
import {
  ChecklistTemplatesArgs,
  CreateChecklistTemplateInput,
  UpdateChecklistTemplateInput,
} from './dto/checklist-template.inputs';

@Resolver(() => ChecklistTemplate)
@Policy('plan.read')
export class ChecklistTemplatesResolver {
  constructor(private readonly templates: ChecklistTemplatesService) {}

  @Query(() => [ChecklistTemplate], { description: 'Checklist templates of a Verwaltung, the default first.' })
  @Policy('plan.read')
  checklistTemplates(@Args() { tenantId }: ChecklistTemplatesArgs): Promise<ChecklistTemplate[]> {
    return this.templates.list(tenantId);
  }

  @Mutation(() => ChecklistTemplate)
  @Policy('checklists.write')
  createChecklistTemplate(@Args('input') input: CreateChecklistTemplateInput): Promise<ChecklistTemplate> {
    return this.templates.create(input);
  }

  @Mutation(() => ChecklistTemplate, {
    description: 'Saves name and steps; checklists not yet started are rebuilt from it, started ones stay.',
  })
  @Policy('checklists.write')
  updateChecklistTemplate(@Args('input') input: UpdateChecklistTemplateInput): Promise<ChecklistTemplate> {
    return this.templates.update(input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a template that is not the default.' })
  @Policy('checklists.write')
  deleteChecklistTemplate(@Args() { id, version }: DeleteArgs): Promise<boolean> {
    return this.templates.remove(id, version);
  }
}
