import { ArgsType, Field, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import {
  CRITICALITIES,
  FACHVERFAHREN_AREAS,
  FACHVERFAHREN_INTERFACES,
  LIMITS,
  OPERATING_MODES,
  type Criticality,
  type FachverfahrenArea,
  type FachverfahrenInterface,
  type OperatingMode,
} from '@schaltplan/domain';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional } from 'class-validator';
import {
  CriticalityEnum,
  FachverfahrenAreaEnum,
  FachverfahrenInterfaceEnum,
  OperatingModeEnum,
} from '../../common/enums';
import { OptionalText, RequiredId, RequiredText, VersionField } from '../../common/input.decorators';
import { ListArgs } from '../../common/list.args';

@InputType()
export class CreateFachverfahrenInput {
  @RequiredId()
  tenantId: string;

  @RequiredText()
  name: string;

  @Field(() => FachverfahrenAreaEnum)
  @IsIn(FACHVERFAHREN_AREAS)
  area: FachverfahrenArea;

  @OptionalText()
  vendor?: string | null;

  @Field(() => OperatingModeEnum, { nullable: true, defaultValue: 'LOCAL_SERVER' })
  @IsOptional()
  @IsIn(OPERATING_MODES)
  currentOperation?: OperatingMode;

  @Field(() => OperatingModeEnum, { nullable: true, defaultValue: 'OPEN' })
  @IsOptional()
  @IsIn(OPERATING_MODES)
  targetOperation?: OperatingMode;

  @Field(() => CriticalityEnum, { nullable: true, defaultValue: 'MEDIUM' })
  @IsOptional()
  @IsIn(CRITICALITIES)
  criticality?: Criticality;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  crisisRelevant?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  personalData?: boolean;

  @Field(() => [FachverfahrenInterfaceEnum], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(FACHVERFAHREN_INTERFACES.length)
  @IsIn(FACHVERFAHREN_INTERFACES, { each: true })
  interfaces?: FachverfahrenInterface[];

  @OptionalText(LIMITS.longText)
  interfaceNotes?: string | null;

  @OptionalText()
  responsibleDepartment?: string | null;
}

@InputType()
export class UpdateFachverfahrenInput extends PartialType(OmitType(CreateFachverfahrenInput, ['tenantId'] as const), {
  // Omitted fields keep their value: create defaults must not reach updates.
  omitDefaultValues: true,
}) {
  @RequiredId()
  id: string;

  @VersionField()
  version: number;
}

export enum FachverfahrenSortField {
  NAME = 'NAME',
  AREA = 'AREA',
  VENDOR = 'VENDOR',
  CRITICALITY = 'CRITICALITY',
}
registerEnumType(FachverfahrenSortField, { name: 'FachverfahrenSortField' });

@ArgsType()
export class FachverfahrenListArgs extends OmitType(ListArgs, ['locationId'] as const, ArgsType) {
  @Field(() => FachverfahrenSortField, { defaultValue: FachverfahrenSortField.NAME })
  @IsIn(Object.values(FachverfahrenSortField))
  sortBy: FachverfahrenSortField = FachverfahrenSortField.NAME;
}
