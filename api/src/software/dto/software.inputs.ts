import { ArgsType, Field, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { LIMITS, SOFTWARE_DELIVERIES, type SoftwareDelivery } from '@schaltplan/domain';
import { IsIn, IsOptional } from 'class-validator';
import { SoftwareDeliveryEnum } from '../../common/enums';
import { OptionalText, RequiredId, RequiredText, VersionField } from '../../common/input.decorators';
import { ListArgs } from '../../common/list.args';

@InputType()
export class CreateSoftwareInput {
  @RequiredId()
  tenantId: string;

  @RequiredText()
  product: string;

  @OptionalText()
  vendor?: string | null;

  @OptionalText(100)
  versionLabel?: string | null;

  @OptionalText(LIMITS.shortText)
  licence?: string | null;

  @Field(() => SoftwareDeliveryEnum, { nullable: true, defaultValue: 'OPEN' })
  @IsOptional()
  @IsIn(SOFTWARE_DELIVERIES)
  delivery?: SoftwareDelivery;

  @OptionalText()
  replacedBy?: string | null;
}

@InputType()
export class UpdateSoftwareInput extends PartialType(OmitType(CreateSoftwareInput, ['tenantId'] as const), {
  // Omitted fields keep their value: create defaults must not reach updates.
  omitDefaultValues: true,
}) {
  @RequiredId()
  id: string;

  @VersionField()
  version: number;
}

export enum SoftwareSortField {
  PRODUCT = 'PRODUCT',
  VENDOR = 'VENDOR',
  DELIVERY = 'DELIVERY',
}
registerEnumType(SoftwareSortField, { name: 'SoftwareSortField' });

@ArgsType()
export class SoftwareListArgs extends OmitType(ListArgs, ['locationId'] as const, ArgsType) {
  @Field(() => SoftwareSortField, { defaultValue: SoftwareSortField.PRODUCT })
  @IsIn(Object.values(SoftwareSortField))
  sortBy: SoftwareSortField = SoftwareSortField.PRODUCT;
}
