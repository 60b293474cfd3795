import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { invalidInput, type FieldProblem } from './errors';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Rejects bad input with every offending field named, before any service runs. */
export const validationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => invalidInput(flatten(errors)),
});
