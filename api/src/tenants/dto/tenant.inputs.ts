import { ArgsType, Field, InputType, Int, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { AGS_PATTERN, LIMITS, TENANT_KINDS, type TenantKind } from '@schaltplan/domain';
import { ArrayMaxSize, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { TenantKindEnum } from '../../common/enums';
import { RequiredId, RequiredText, VersionField } from '../../common/input.decorators';
import { ListArgs } from '../../common/list.args';

@InputType()
export class CreateTenantInput {
  @RequiredText()
  name: string;

  @Field(() => TenantKindEnum)
  @IsIn(TENANT_KINDS)
  kind: TenantKind;

  @Field(() => String, { description: 'Amtlicher Gemeindeschlüssel: exactly 8 digits.' })
  @Matches(AGS_PATTERN, { message: 'ags must be exactly 8 digits' })
  ags: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(20_000_000)
  inhabitants: number;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(LIMITS.memberMunicipalitiesMax)
  @IsString({ each: true })
  @MaxLength(LIMITS.shortText, { each: true })
  memberMunicipalities: string[];
}

@InputType()
export class UpdateTenantInput extends PartialType(CreateTenantInput, { omitDefaultValues: true }) {
  @RequiredId()
  id: string;

  @VersionField()
  version: number;
}

export enum TenantSortField {
  NAME = 'NAME',
  AGS = 'AGS',
  INHABITANTS = 'INHABITANTS',
  KIND = 'KIND',
}
registerEnumType(TenantSortField, { name: 'TenantSortField' });

@ArgsType()
export class TenantListArgs extends OmitType(ListArgs, ['tenantId', 'locationId'] as const, ArgsType) {
  @Field(() => TenantSortField, { defaultValue: TenantSortField.NAME })
  @IsIn(Object.values(TenantSortField))
  sortBy: TenantSortField = TenantSortField.NAME;
}
