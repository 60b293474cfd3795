import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, Matches, ValidateBy } from 'class-validator';

/** A calendar day that really exists (2026-02-30 is refused before PostgreSQL sees it). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An optional day as YYYY-MM-DD; null clears it. */
export const OptionalDate = (description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    ValidateBy({
      name: 'isCalendarDate',
      validator: {
        validate: isCalendarDate,
        defaultMessage: (args) => `${args?.property ?? 'date'} must be a calendar date (YYYY-MM-DD)`,
      },
    }),
  );

/** An optional time of day as HH:MM; null clears it. */
export const OptionalTime = (description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '$property must be a time of day (HH:MM)' }),
  );
