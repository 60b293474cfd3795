import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { CONFIRMATION_STATES, LIMITS, type ConfirmationState } from '@schaltplan/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { OptionalId, RequiredId } from '../../common/input.decorators';
import { ConfirmationStateEnum } from '../confirmation.model';

@ArgsType()
export class ConfirmationTenantArgs {
  @RequiredId('The Verwaltung.')
  tenantId: string;
}

/** The filters of the confirmation list; "confirm all shown" uses the same ones. */
@ArgsType()
export class ConfirmationFilterArgs extends ConfirmationTenantArgs {
  @OptionalId('Only persons at this Standort.')
  locationId?: string;

  @Field(() => String, { nullable: true, description: 'Only persons of this Fachbereich/Amt (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.shortText)
  department?: string;

  @Field(() => ConfirmationStateEnum, { nullable: true })
  @IsOptional()
  @IsIn(CONFIRMATION_STATES)
  state?: ConfirmationState;

  @Field(() => String, { nullable: true, description: 'Name, account name or department contains this.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchMax)
  search?: string;
}

@ArgsType()
export class PersonConfirmationsArgs extends ConfirmationFilterArgs {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  offset = 0;

  @Field(() => Int, { defaultValue: LIMITS.pageSizeDefault })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit: number = LIMITS.pageSizeDefault;
}

@ArgsType()
export class ConfirmFilteredArgs extends ConfirmationFilterArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'How many persons the list showed; if the filter now matches a different number, nothing is confirmed.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedCount?: number;
}

@ArgsType()
export class ConfirmPersonsArgs extends ConfirmationTenantArgs {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.pageSizeMax)
  @IsUUID('all', { each: true })
  personIds: string[];
}

@ArgsType()
export class RejectPersonArgs {
  @RequiredId()
  personId: string;

  @Field(() => String, { description: 'What is wrong (required, up to 4000 characters).' })
  @IsString()
  @Matches(/\S/, { message: 'comment must not be empty' })
  @MaxLength(LIMITS.longText)
  comment: string;
}

@ArgsType()
export class OpenRejectionsArgs {
  @Field(() => [ID], { nullable: true, description: 'Only these Verwaltungen (default: all you see).' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.pageSizeMax)
  @IsUUID('all', { each: true })
  tenantIds?: string[];

  @Field(() => Int, { defaultValue: 200 })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit = 200;
}
