import { ArgsType, Field, ID, InputType, Int, PickType } from '@nestjs/graphql';
import { IMPORT_TARGETS, type ImportTarget } from '@schaltplan/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { CsvDelimiter, FileEncoding, ImportMode, ImportTargetEnum } from '../import.models';

/** How to read the file; every value overrides what was detected. */
@ArgsType()
export class ReadOptionsArgs {
  @Field(() => ID)
  @IsUUID()
  fileId: string;

  @Field(() => ImportTargetEnum, { nullable: true })
  @IsOptional()
  @IsIn(IMPORT_TARGETS)
  target?: ImportTarget;

  @Field(() => String, { nullable: true, description: 'XLSX: the sheet to read (default: the first).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sheet?: string | null;

  @Field(() => FileEncoding, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(FileEncoding))
  encoding?: FileEncoding | null;

  @Field(() => CsvDelimiter, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CsvDelimiter))
  delimiter?: CsvDelimiter | null;

  @Field(() => Int, { nullable: true, description: '1-based row of the header.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  headerRow?: number | null;
}

@InputType({ description: 'A value for every row where the column is missing or empty (e.g. the Standort).' })
export class ImportDefaultInput {
  @Field(() => String)
  @IsString()
  @Length(1, 60)
  field: string;

  @Field(() => String)
  @IsString()
  @MaxLength(200)
  value: string;
}

@InputType()
export class StartImportInput extends PickType(
  ReadOptionsArgs,
  ['fileId', 'sheet', 'encoding', 'delimiter', 'headerRow'] as const,
  InputType,
) {
  @Field(() => ImportTargetEnum)
  @IsIn(IMPORT_TARGETS)
  target: ImportTarget;

  @Field(() => ImportMode)
  @IsIn(Object.values(ImportMode))
  mode: ImportMode;

  @Field(() => [String], {
    nullable: 'items',
    description: 'Field per file column, in column order; null or "" leaves a column out.',
  })
  @ArrayMaxSize(500)
  @ValidateBy({
    name: 'isFieldList',
    validator: {
      validate: (value: unknown) =>
        Array.isArray(value) && value.every((v) => v === null || (typeof v === 'string' && v.length <= 60)),
      defaultMessage: () => 'mapping must list a field name (at most 60 characters) or null per column',
    },
  })
  mapping: (string | null)[];

  @Field(() => [ImportDefaultInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ImportDefaultInput)
  defaults: ImportDefaultInput[] = [];

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Mark stored records the file does not contain as "nicht in Quelle" (never deleted).',
  })
  @IsBoolean()
  markMissing = false;
}

@ArgsType()
export class ImportRunsArgs {
  @Field(() => ID)
  @IsUUID()
  tenantId: string;

  @Field(() => ImportMode, { nullable: true, description: 'Only dry runs or only commits.' })
  @IsOptional()
  @IsIn(Object.values(ImportMode))
  mode?: ImportMode;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset = 0;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}

@InputType()
export class ImportPresetColumnInput {
  @Field(() => String)
  @IsString()
  @Length(1, 200)
  header: string;

  @Field(() => String)
  @IsString()
  @Length(1, 60)
  field: string;
}

@InputType()
export class SaveImportPresetInput {
  @Field(() => ID)
  @IsUUID()
  tenantId: string;

  @Field(() => ImportTargetEnum)
  @IsIn(IMPORT_TARGETS)
  target: ImportTarget;

  @Field(() => String, { description: 'Saving under an existing name replaces that preset.' })
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => [ImportPresetColumnInput])
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ImportPresetColumnInput)
  columns: ImportPresetColumnInput[];
}

@ArgsType()
export class ImportPresetsArgs {
  @Field(() => ID)
  @IsUUID()
  tenantId: string;

  @Field(() => ImportTargetEnum, { nullable: true })
  @IsOptional()
  @IsIn(IMPORT_TARGETS)
  target?: ImportTarget;
}
