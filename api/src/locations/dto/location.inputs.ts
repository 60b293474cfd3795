import { ArgsType, Field, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { AGS_PATTERN, LIMITS, LOCATION_KINDS, type LocationKind } from '@schaltplan/domain';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { LocationKindEnum } from '../../common/enums';
import { OptionalCount, OptionalText, RequiredId, RequiredText, VersionField } from '../../common/input.decorators';
import { ListArgs } from '../../common/list.args';

@InputType()
export class CreateLocationInput {
  @RequiredId('The Verwaltung this Standort belongs to.')
  tenantId: string;

  @RequiredText()
  name: string;

  @Field(() => LocationKindEnum)
  @IsIn(LOCATION_KINDS)
  kind: LocationKind;

  @OptionalText()
  street?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9]{5}$/, { message: 'postalCode must be exactly 5 digits' })
  postalCode?: string | null;

  @OptionalText()
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Official key (AGS) of the member municipality it lies in.' })
  @IsOptional()
  @Matches(AGS_PATTERN, { message: 'ags must be exactly 8 digits' })
  ags?: string | null;

  @OptionalCount(100_000, 'LAN speed in Mbit/s.')
  lanSpeedMbit?: number | null;

  @OptionalText()
  wanLink?: string | null;

  @OptionalCount(100_000, 'WAN bandwidth in Mbit/s.')
  bandwidthMbit?: number | null;

  @OptionalText(LIMITS.longText)
  notes?: string | null;
}

@InputType()
export class UpdateLocationInput extends PartialType(OmitType(CreateLocationInput, ['tenantId'] as const), {
  // Omitted fields keep their value: create defaults must not reach updates.
  omitDefaultValues: true,
}) {
  @RequiredId()
  id: string;

  @VersionField()
  version: number;
}

export enum LocationSortField {
  NAME = 'NAME',
  KIND = 'KIND',
  CITY = 'CITY',
}
registerEnumType(LocationSortField, { name: 'LocationSortField' });

@ArgsType()
export class LocationListArgs extends OmitType(ListArgs, ['locationId'] as const, ArgsType) {
  @Field(() => LocationSortField, { defaultValue: LocationSortField.NAME })
  @IsIn(Object.values(LocationSortField))
  sortBy: LocationSortField = LocationSortField.NAME;
}
