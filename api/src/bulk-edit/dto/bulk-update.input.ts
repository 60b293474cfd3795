import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BULK_EDIT_MAX_IDS, BULK_EDIT_OBJECT_TYPES, LIMITS, type BulkEditObjectType } from '@schaltplan/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { RequiredId } from '../../common/input.decorators';

export const BulkEditObjectTypeEnum = Object.fromEntries(BULK_EDIT_OBJECT_TYPES.map((v) => [v, v])) as Record<
  BulkEditObjectType,
  BulkEditObjectType
>;
registerEnumType(BulkEditObjectTypeEnum, { name: 'BulkEditObjectType' });

@InputType()
export class BulkUpdateInput {
  @Field(() => BulkEditObjectTypeEnum)
  @IsIn(BULK_EDIT_OBJECT_TYPES)
  objectType: BulkEditObjectType;

  @RequiredId('The Verwaltung all selected objects belong to.')
  tenantId: string;

  @Field(() => [ID], { description: `The selected objects (1 to ${BULK_EDIT_MAX_IDS}, no duplicates).` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_EDIT_MAX_IDS)
  @ArrayUnique((id: string) => id.toLowerCase())
  @IsUUID('all', { each: true })
  ids: string[];

  @Field(() => String, { description: 'A field offered for bulk editing of this object type, e.g. "targetQueue".' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  field: string;

  @Field(() => String, {
    nullable: true,
    description: 'Read like an import cell of that field; a location is given by its id. Null clears the field.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.longText)
  value?: string | null;
}

@ObjectType()
export class BulkUpdateResult {
  @Field(() => Int, { description: 'Selected objects found (always all of them: otherwise nothing is written).' })
  matched: number;

  @Field(() => Int, { description: 'Objects whose value actually changed (the others already had it).' })
  changed: number;
}
