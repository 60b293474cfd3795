import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { LIMITS, PHASE_STATUSES, PROJECT_PHASES, type PhaseStatus, type ProjectPhase } from '@schaltplan/domain';
import { IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { PhaseStatusEnum, ProjectPhaseEnum } from '../../common/enums';
import { OptionalId, OptionalText, RequiredId } from '../../common/input.decorators';
import { OptionalDate } from './plan-input.decorators';

@ArgsType()
export class ProjectPhasesArgs {
  @RequiredId()
  tenantId: string;
}

/** The whole phase as the form shows it: absent or null values are stored as empty. */
@InputType()
export class UpdateProjectPhaseInput {
  @RequiredId()
  tenantId: string;

  @Field(() => ProjectPhaseEnum)
  @IsIn(PROJECT_PHASES)
  phase: ProjectPhase;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read; leave it empty only for a phase that was never saved.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @OptionalDate()
  plannedStart?: string | null;

  @OptionalDate('Not before plannedStart.')
  plannedEnd?: string | null;

  @OptionalDate()
  actualStart?: string | null;

  @OptionalDate('Not before actualStart.')
  actualEnd?: string | null;

  @Field(() => PhaseStatusEnum)
  @IsIn(PHASE_STATUSES)
  status: PhaseStatus;

  @OptionalId('The account responsible for the phase (see planAccounts).')
  responsibleAccountId?: string | null;

  @OptionalText(LIMITS.longText)
  notes?: string | null;
}
