/**
 * Every GraphQL operation declares its access guard. The PolicyGuard denies undeclared operations
 * at run time; this rule moves that failure to lint time.
 *  - In a class decorated with @Resolver, each @Query/@Mutation/@Subscription method carries @Policy(...).
 *  - @ResolveField methods are covered by a class-level @Policy(...) or carry their own.
 * Decorators are matched by their imported name, so `import { Query as GqlQuery }` is still seen.
 */
const OPERATIONS = new Set(['Query', 'Mutation', 'Subscription']);
const FIELD = 'ResolveField';

/** The callee name of a decorator: `@X`, `@X(...)`, `@ns.X(...)`. */
function decoratorName(decorator, importedNames) {
  let expression = decorator.expression;
  if (expression.type === 'CallExpression') expression = expression.callee;
  if (expression.type === 'Identifier') return importedNames.get(expression.name) ?? expression.name;
  if (expression.type === 'MemberExpression' && !expression.computed && expression.property.type === 'Identifier') {
    return expression.property.name;
  }
  return undefined;
}

/** `@Policy(...)` with an argument; a bare `@Policy` names no policy. */
function isPolicy(decorator, importedNames) {
  return (
    decoratorName(decorator, importedNames) === 'Policy' &&
    decorator.expression.type === 'CallExpression' &&
    decorator.expression.arguments.length > 0
  );
}

function memberName(member) {
  if (member.key.type === 'Identifier' || member.key.type === 'PrivateIdentifier') return member.key.name;
  if (member.key.type === 'Literal') return String(member.key.value);
  return '[computed]';
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Require @Policy(...) on every GraphQL resolver operation and field resolver.' },
    schema: [],
    messages: {
      operation: "@{{kind}} '{{name}}' in resolver {{className}} must declare its access guard with @Policy(...).",
      field: "@ResolveField '{{name}}' in resolver {{className}} needs @Policy(...) on the method or on the class.",
    },
  },
  create(context) {
    // local name -> imported name, for named imports that were renamed
    const importedNames = new Map();

    function checkClass(node) {
      const decorators = node.decorators ?? [];
      if (!decorators.some((d) => decoratorName(d, importedNames) === 'Resolver')) return;
      const classHasPolicy = decorators.some((d) => isPolicy(d, importedNames));
      const className = node.id?.name ?? '(anonymous)';
      for (const member of node.body.body) {
        if (member.type !== 'MethodDefinition' && member.type !== 'TSAbstractMethodDefinition') continue;
        const names = (member.decorators ?? []).map((d) => decoratorName(d, importedNames));
        const hasPolicy = (member.decorators ?? []).some((d) => isPolicy(d, importedNames));
        if (hasPolicy) continue;
        const kind = names.find((name) => OPERATIONS.has(name));
        const data = { name: memberName(member), className };
        if (kind) {
          context.report({ node: member.key, messageId: 'operation', data: { ...data, kind } });
        } else if (names.includes(FIELD) && !classHasPolicy) {
          context.report({ node: member.key, messageId: 'field', data });
        }
      }
    }

    return {
      // Imports are collected up front: a class may appear before an import statement.
      Program(program) {
        for (const statement of program.body) {
          if (statement.type !== 'ImportDeclaration') continue;
          for (const specifier of statement.specifiers) {
            if (specifier.type === 'ImportSpecifier' && specifier.imported.type === 'Identifier') {
              importedNames.set(specifier.local.name, specifier.imported.name);
            }
          }
        }
      },
      ClassDeclaration: checkClass,
      ClassExpression: checkClass,
    };
  },
};
