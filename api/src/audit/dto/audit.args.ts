import { ArgsType, Field, GraphQLISODateTime, ID, Int } from '@nestjs/graphql';
import { LIMITS } from '@schaltplan/domain';
import { IsDate, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { AuditObjectTypeEnum } from '../audit-entry.entity';
import { AUDIT_OBJECT_TYPES, type AuditObjectType } from '../audit-writer';

/** Filters of the audit list (and its CSV export). */
@ArgsType()
export class AuditFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Only entries of this Verwaltung.' })
  @IsOptional()
  @IsUUID()
  tenantId?: string;

  @Field(() => AuditObjectTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(AUDIT_OBJECT_TYPES)
  objectType?: AuditObjectType;

  @Field(() => ID, { nullable: true, description: 'Entries about this object, or naming it as the related one.' })
  @IsOptional()
  @IsUUID()
  objectId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this time (inclusive).' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this time (exclusive).' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditListArgs extends AuditFilterArgs {
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
export class AuditHistoryArgs {
  @Field(() => ID)
  @IsUUID()
  objectId: string;

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
export class AuditExportArgs extends AuditFilterArgs {
  @Field(() => String, { defaultValue: 'de', description: 'Language of the header row: de or en.' })
  @IsIn(['de', 'en'])
  language: 'de' | 'en' = 'de';
}
