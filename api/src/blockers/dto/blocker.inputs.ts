import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { BLOCKER_OBJECT_TYPES, LIMITS, type BlockerObjectType } from '@schaltplan/domain';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { BlockerObjectTypeEnum } from '../../common/enums';
import { OptionalId, OptionalText, RequiredId, RequiredText, VersionField } from '../../common/input.decorators';

@InputType()
export class CreateBlockerInput {
  @RequiredId()
  tenantId: string;

  @RequiredText(LIMITS.shortText)
  title: string;

  @OptionalText(LIMITS.longText)
  description?: string | null;

  @OptionalText(LIMITS.shortText, 'Who takes care of it.')
  owner?: string | null;

  @OptionalId('The Standort it blocks (taken from the linked object when that stands at one).')
  locationId?: string | null;

  @Field(() => BlockerObjectTypeEnum, { nullable: true, description: 'Kind of the linked object; with objectId.' })
  @IsOptional()
  @IsIn(BLOCKER_OBJECT_TYPES)
  objectType?: BlockerObjectType | null;

  @OptionalId('The linked object; with objectType.')
  objectId?: string | null;
}

@InputType()
export class UpdateBlockerInput extends PartialType(OmitType(CreateBlockerInput, ['tenantId'] as const), {
  omitDefaultValues: true,
}) {
  @RequiredId()
  id: string;

  @VersionField()
  version: number;
}

@ArgsType()
export class BlockerListArgs {
  @RequiredId('Blockers of this Verwaltung.')
  tenantId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  locationId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only open ones; false: only closed ones.' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field(() => BlockerObjectTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(BLOCKER_OBJECT_TYPES)
  objectType?: BlockerObjectType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  objectId?: string;

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
