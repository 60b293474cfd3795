import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { unstorableText } from '../hardening/storable-text';
import { invalidInput, type FieldProblem } from './errors';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** ValidationPipe plus text the database cannot store (NUL), also in plain String arguments. */
class InputPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const problems = unstorableText(value, metadata.data ?? '');
    if (problems.length) throw invalidInput(problems);
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

/** Rejects bad input with every offending field named, before any service runs. */
export const validationPipe = new InputPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => invalidInput(flatten(errors)),
});
