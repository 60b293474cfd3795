import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import { LIMITS } from '@schaltplan/domain';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** A required, non-empty text field with an upper bound. */
export const RequiredText = (max: number = LIMITS.shortText, description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { description }),
    IsString(),
    IsNotEmpty(),
    MaxLength(max),
  );

/** An optional text field; null clears it on update. */
export const OptionalText = (max: number = LIMITS.shortText, description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    IsString(),
    MaxLength(max),
  );

export const RequiredId = (description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => ID, { description }),
    IsUUID(),
  );

export const OptionalId = (description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => ID, { nullable: true, description }),
    IsOptional(),
    IsUUID(),
  );

export const OptionalCount = (max: number, description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => Int, { nullable: true, description }),
    IsOptional(),
    IsInt(),
    Min(1),
    Max(max),
  );

/** id + version of the object an update or delete targets. */
export const VersionField = (): PropertyDecorator =>
  applyDecorators(
    Field(() => Int, { description: 'The version you read; a stale one is refused as a conflict.' }),
    IsInt(),
    Min(1),
  );
