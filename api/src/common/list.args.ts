import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { LIMITS } from '@schaltplan/domain';
import { IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { SortDirectionEnum, type SortDirection } from './enums';

/** Filters and paging every list query accepts; bounds keep requests cheap. */
@ArgsType()
export class ListArgs {
  @Field(() => ID, { nullable: true, description: 'Only objects of this Verwaltung.' })
  @IsOptional()
  @IsUUID()
  tenantId?: string;

  @Field(() => ID, { nullable: true, description: 'Only objects at this Standort.' })
  @IsOptional()
  @IsUUID()
  locationId?: string;

  @Field(() => String, { nullable: true, description: 'Case-insensitive free text.' })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  search?: string;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  @IsIn(['ASC', 'DESC'])
  sortDirection: SortDirection = 'ASC';

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
