import { ArgsType, Field, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { Float } from '@nestjs/graphql';
import { IsIn, IsNumber, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { OptionalId, OptionalText, RequiredId, VersionField } from '../../common/input.decorators';
import { ListArgs } from '../../common/list.args';

@InputType()
export class CreateFileShareInput {
  @RequiredId()
  tenantId: string;

  @OptionalId()
  locationId?: string | null;

  @Field(() => String, { description: 'UNC path, e.g. \\\\fs01\\Bauamt.' })
  @Matches(/^\\\\[^\\]+\\[^\\]+/, { message: 'uncPath must look like \\\\server\\share' })
  @MaxLength(400)
  uncPath: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]$/, { message: 'driveLetter must be one capital letter A–Z' })
  driveLetter?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1_000_000_000)
  sizeGb?: number | null;

  @OptionalText()
  owningDepartment?: string | null;

  @OptionalText(400)
  targetPath?: string | null;
}

@InputType()
export class UpdateFileShareInput extends PartialType(OmitType(CreateFileShareInput, ['tenantId'] as const), {
  // Omitted fields keep their value: create defaults must not reach updates.
  omitDefaultValues: true,
}) {
  @RequiredId()
  id: string;

  @VersionField()
  version: number;
}

export enum FileShareSortField {
  UNC_PATH = 'UNC_PATH',
  DRIVE_LETTER = 'DRIVE_LETTER',
  OWNING_DEPARTMENT = 'OWNING_DEPARTMENT',
  SIZE_GB = 'SIZE_GB',
}
registerEnumType(FileShareSortField, { name: 'FileShareSortField' });

@ArgsType()
export class FileShareListArgs extends ListArgs {
  @Field(() => FileShareSortField, { defaultValue: FileShareSortField.UNC_PATH })
  @IsIn(Object.values(FileShareSortField))
  sortBy: FileShareSortField = FileShareSortField.UNC_PATH;
}
