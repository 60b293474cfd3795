import { getNullableType, isListType, isObjectType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** Rows assumed behind a relation list that has no `limit` (a person's printers, a workstation's persons). */
export const ASSUMED_RELATION_ROWS = 10;

/** Selections walked per operation (fragments counted at every spread): stops fragment bombs. */
export const MAX_QUERY_NODES = 10_000;

/**
 * Every field costs 1 plus what it selects. A field with a `limit` argument (the list queries)
 * multiplies its selection by that limit, so asking for 1000 rows costs 20 times 50 rows; its
 * page's `items` are already counted by that limit. Other lists are relations without paging:
 * their selection counts ASSUMED_RELATION_ROWS times.
 */
const rowsEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const limit: unknown = args.limit;
  if (typeof limit === 'number') return 1 + Math.max(limit, 0) * childComplexity;
  if (!isListType(getNullableType(field.type))) return 1 + childComplexity;
  const pageItems = field.name === 'items' && isObjectType(type) && 'totalCount' in type.getFields();
  return 1 + (pageItems ? 1 : ASSUMED_RELATION_ROWS) * childComplexity;
};

/**
 * The estimated cost of the operation with its variables. Throws graphql's own error for
 * variables that do not fit their types, and one for documents beyond MAX_QUERY_NODES.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [rowsEstimator],
    maxQueryNodes: MAX_QUERY_NODES,
  });
}
