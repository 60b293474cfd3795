import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { CHECKLIST_LIMITS, WORKSTATION_STATUSES, type WorkstationStatus } from '@schaltplan/domain';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { WorkstationStatusEnum } from '../../common/enums';
import { OptionalId, OptionalText, RequiredId } from '../../common/input.decorators';

@InputType()
export class TickChecklistStepInput {
  @RequiredId('Generated on the device; a replay with the same id is applied once.')
  opId: string;

  @RequiredId()
  stepId: string;

  @OptionalText(CHECKLIST_LIMITS.evidence, 'Reference number; required for steps that need evidence.')
  evidence?: string | null;
}

@InputType()
export class UntickChecklistStepInput {
  @RequiredId('Generated on the device; a replay with the same id is applied once.')
  opId: string;

  @RequiredId()
  stepId: string;
}

@InputType()
export class TransitionWorkstationInput {
  @RequiredId('Generated on the device; a replay with the same id is applied once.')
  opId: string;

  @RequiredId()
  workstationId: string;

  @Field(() => WorkstationStatusEnum, { description: 'The status the device showed; anything else is a conflict.' })
  @IsIn(WORKSTATION_STATUSES)
  from: WorkstationStatus;

  @Field(() => WorkstationStatusEnum)
  @IsIn(WORKSTATION_STATUSES)
  to: WorkstationStatus;

  @OptionalText(CHECKLIST_LIMITS.reason, 'Required when rolling back (zurückgestellt).')
  reason?: string | null;
}

@ArgsType()
export class TechnicianWorkstationsArgs {
  @Field(() => String, { nullable: true, description: 'Cutover date (YYYY-MM-DD); today in Europe/Berlin if absent.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  date?: string | null;

  @OptionalId('Only this Standort.')
  locationId?: string | null;
}

@ArgsType()
export class CutoverBoardArgs {
  @RequiredId()
  tenantId: string;
}

@ArgsType()
export class CutoverBurndownArgs {
  @RequiredId()
  locationId: string;
}
