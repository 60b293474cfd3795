import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { CHECKLIST_LIMITS } from '@schaltplan/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { RequiredId, RequiredText, VersionField } from '../../common/input.decorators';

@InputType()
export class ChecklistStepInput {
  @RequiredText(CHECKLIST_LIMITS.label)
  label: string;

  @Field(() => Boolean)
  @IsBoolean()
  required: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Ticking it asks for a reference number.' })
  @IsOptional()
  @IsBoolean()
  needsEvidence?: boolean | null;
}

@InputType()
export class CreateChecklistTemplateInput {
  @RequiredId()
  tenantId: string;

  @RequiredText(CHECKLIST_LIMITS.templateName)
  name: string;

  @Field(() => Boolean, { nullable: true, description: 'Make it the default of the Verwaltung.' })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean | null;

  @Field(() => [ChecklistStepInput], { description: 'In order; 1 to 40 steps.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(CHECKLIST_LIMITS.steps)
  @ValidateNested({ each: true })
  @Type(() => ChecklistStepInput)
  steps: ChecklistStepInput[];
}

@InputType()
export class UpdateChecklistTemplateInput {
  @RequiredId()
  id: string;

  @VersionField()
  version: number;

  @RequiredText(CHECKLIST_LIMITS.templateName)
  name: string;

  @Field(() => Boolean, { nullable: true, description: 'true makes it the default (the old default loses it).' })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean | null;

  @Field(() => [ChecklistStepInput], { description: 'The new list of steps, in order; 1 to 40.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(CHECKLIST_LIMITS.steps)
  @ValidateNested({ each: true })
  @Type(() => ChecklistStepInput)
  steps: ChecklistStepInput[];
}

@ArgsType()
export class ChecklistTemplatesArgs {
  @RequiredId('Templates of this Verwaltung.')
  tenantId: string;
}
