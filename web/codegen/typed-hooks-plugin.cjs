// Emits one thin hook per operation on top of the TypedDocumentNodes from `typed-document-node`.
// Why not `typescript-react-apollo`: its 5.x output targets Apollo Client 3 types; against
// @apollo/client 4 its suspense hooks fail to compile (TS2394/TS2769). These hooks use
// Apollo 4's own `useQuery.Options` / `useMutation.Options` types and let TS infer results.
const { Kind } = require('graphql');

function pascal(name) {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

module.exports = {
  plugin(_schema, documents) {
    const hooks = [];
    for (const file of documents) {
      for (const def of file.document?.definitions ?? []) {
        if (def.kind !== Kind.OPERATION_DEFINITION || !def.name) continue;
        const name = pascal(def.name.value);
        const required = (def.variableDefinitions ?? []).some(
          (v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue,
        );
        const opt = required ? '' : '?';
        if (def.operation === 'query') {
          const types = `${name}Query, ${name}QueryVariables`;
          hooks.push(
            `export function use${name}Query(options${opt}: useQuery.Options<${types}>) {\n` +
              `  return useQuery(${name}Document, options);\n}`,
          );
        } else if (def.operation === 'mutation') {
          const types = `${name}Mutation, ${name}MutationVariables`;
          hooks.push(
            `export function use${name}Mutation(options?: useMutation.Options<${types}>) {\n` +
              `  return useMutation(${name}Document, options);\n}`,
          );
        } else if (def.operation === 'subscription') {
          const types = `${name}Subscription, ${name}SubscriptionVariables`;
          hooks.push(
            `export function use${name}Subscription(options${opt}: useSubscription.Options<${types}>) {\n` +
              `  return useSubscription(${name}Document, options);\n}`,
          );
        }
      }
    }
    hooks.sort();
    return {
      // useSubscription only once a subscription document exists (an unused import fails tsc).
      prepend: [
        `import { ${['useMutation', 'useQuery', ...(hooks.some((h) => h.includes('useSubscription(')) ? ['useSubscription'] : [])].join(', ')} } from '@apollo/client/react';`,
      ],
      content: hooks.join('\n\n'),
    };
  },
};
