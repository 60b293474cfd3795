import { ArgsType, Field, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { LIMITS, PRINTER_KINDS, type PrinterKind } from '@schaltplan/domain';
import { IsIn, IsOptional } from 'class-validator';
import { PrinterKindEnum } from '../../common/enums';
import { OptionalText, RequiredId, RequiredText, VersionField } from '../../common/input.decorators';
import { ListArgs } from '../../common/list.args';

@InputType()
export class CreatePrinterInput {
  @RequiredId()
  tenantId: string;

  @RequiredId('The Standort where the device stands.')
  locationId: string;

  @RequiredText()
  name: string;

  @Field(() => PrinterKindEnum, { nullable: true, defaultValue: 'PRINTER' })
  @IsOptional()
  @IsIn(PRINTER_KINDS)
  kind?: PrinterKind;

  @OptionalText()
  model?: string | null;

  @OptionalText(200, 'IP address, port or current print queue.')
  address?: string | null;

  @OptionalText(200, 'Share name on the current print server.')
  shareName?: string | null;

  @OptionalText()
  room?: string | null;

  @OptionalText(200, 'Print queue in the target environment.')
  targetQueue?: string | null;

  @OptionalText(LIMITS.longText)
  notes?: string | null;
}

@InputType()
export class UpdatePrinterInput extends PartialType(OmitType(CreatePrinterInput, ['tenantId'] as const), {
  // Omitted fields keep their value: create defaults must not reach updates.
  omitDefaultValues: true,
}) {
  @RequiredId()
  id: string;

  @VersionField()
  version: number;
}

export enum PrinterSortField {
  NAME = 'NAME',
  MODEL = 'MODEL',
  ROOM = 'ROOM',
  TARGET_QUEUE = 'TARGET_QUEUE',
}
registerEnumType(PrinterSortField, { name: 'PrinterSortField' });

@ArgsType()
export class PrinterListArgs extends ListArgs {
  @Field(() => PrinterSortField, { defaultValue: PrinterSortField.NAME })
  @IsIn(Object.values(PrinterSortField))
  sortBy: PrinterSortField = PrinterSortField.NAME;
}
