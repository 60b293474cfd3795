import type { GraphQLFormattedError } from 'graphql';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

// graphql-js appends its guesses last: ' Did you mean "name"?', ' Did you mean the enum value "ASC"?'.
const SUGGESTION = /\s*Did you mean\b[\s\S]*\?$/;

export const withoutSuggestions = (message: string): string => message.replace(SUGGESTION, '');

/**
 * Production: "did you mean" guesses would let a client without introspection read the schema
 * field by field. Apollo's hideSchemaDetailsFromClientErrors strips them from validation errors
 * only; this also covers variable errors (enum values) and anything else that carries them.
 */
export function hideSuggestions(format: FormatError): FormatError {
  return (formatted, error) => {
    const result = format(formatted, error);
    return { ...result, message: withoutSuggestions(result.message) };
  };
}
