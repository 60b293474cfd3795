import { ArgsType, Field, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { LIMITS } from '@schaltplan/domain';
import { IsIn } from 'class-validator';
import { OptionalText, RequiredId, RequiredText, VersionField } from '../../common/input.decorators';
import { ListArgs } from '../../common/list.args';

@InputType()
export class CreateWorkstationInput {
  @RequiredId()
  tenantId: string;

  @RequiredId('The Standort where the workstation stands.')
  locationId: string;

  @RequiredText()
  name: string;

  @OptionalText()
  room?: string | null;

  @OptionalText(63, 'Hostname of the current PC.')
  currentHostname?: string | null;

  @OptionalText()
  currentOs?: string | null;

  @OptionalText(100, 'Serial number of the target thin client.')
  targetDeviceSerial?: string | null;

  @OptionalText(LIMITS.longText)
  notes?: string | null;
}

@InputType()
export class UpdateWorkstationInput extends PartialType(OmitType(CreateWorkstationInput, ['tenantId'] as const), {
  // Omitted fields keep their value: create defaults must not reach updates.
  omitDefaultValues: true,
}) {
  @RequiredId()
  id: string;

  @VersionField()
  version: number;
}

export enum WorkstationSortField {
  NAME = 'NAME',
  ROOM = 'ROOM',
  CURRENT_HOSTNAME = 'CURRENT_HOSTNAME',
}
registerEnumType(WorkstationSortField, { name: 'WorkstationSortField' });

@ArgsType()
export class WorkstationListArgs extends ListArgs {
  @Field(() => WorkstationSortField, { defaultValue: WorkstationSortField.NAME })
  @IsIn(Object.values(WorkstationSortField))
  sortBy: WorkstationSortField = WorkstationSortField.NAME;
}
