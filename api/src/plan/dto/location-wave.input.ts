import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS } from '@schaltplan/domain';
import { ArrayMaxSize, ArrayUnique, IsUUID } from 'class-validator';
import { OptionalId, OptionalText, RequiredId, VersionField } from '../../common/input.decorators';
import { OptionalDate, OptionalTime } from './plan-input.decorators';

@InputType()
export class UpdateLocationWaveInput {
  @RequiredId()
  locationId: string;

  @VersionField()
  version: number;

  @OptionalDate('Cutover day of the Standort.')
  cutoverDate?: string | null;

  @OptionalTime('Start of the time window (usually outside office hours).')
  windowStart?: string | null;

  @OptionalTime('End of the time window; may lie after midnight.')
  windowEnd?: string | null;

  @OptionalText(LIMITS.longText)
  waveNotes?: string | null;

  @OptionalId("Checklist template for the wave's workstations; the Verwaltung's default if absent.")
  checklistTemplateId?: string | null;
}

@ArgsType()
export class SetWaveTechniciansArgs {
  @RequiredId()
  locationId: string;

  @Field(() => [ID], { description: 'Active technician accounts; replaces the current list.' })
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  accountIds: string[];
}

@ArgsType()
export class PlanAccountsArgs {
  @RequiredId()
  tenantId: string;
}
