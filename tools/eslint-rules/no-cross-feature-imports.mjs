import path from 'node:path';

/**
 * Web features stay independent: a file in `<featuresDir>/<a>/` must not import from
 * `<featuresDir>/<b>/` (b ≠ a), neither relatively nor through a path alias. Shared code belongs in
 * src/components or src/lib; routes wire features together in src/app.
 */

const toPosix = (p) => p.split(path.sep).join('/');

/** The feature folder a path lies in, or undefined when it is outside every feature. */
function featureOf(absolutePath, featuresDir) {
  const relative = toPosix(path.relative(featuresDir, absolutePath));
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const [feature, ...rest] = relative.split('/');
  // A file directly in the features folder belongs to no feature.
  return rest.length > 0 || !/\.[cm]?[jt]sx?$/.test(feature) ? feature : undefined;
}

/** The string of a module specifier node, if it is a plain literal or a template without expressions. */
function specifierText(node) {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  if (node.type === 'TSLiteralType') return specifierText(node.literal);
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow imports from one web feature into another.' },
    schema: [
      {
        type: 'object',
        properties: {
          // The folder holding one sub-folder per feature; relative paths resolve against ESLint's cwd.
          featuresDir: { type: 'string' },
          // Import prefix -> folder it maps to (like tsconfig "paths"), e.g. { "@/": "web/src/" }.
          aliases: { type: 'object', additionalProperties: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      crossFeature:
        "Feature '{{from}}' must not import from feature '{{to}}' ('{{source}}'). Move shared code to src/components or src/lib.",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const featuresDir = path.resolve(context.cwd, options.featuresDir ?? 'web/src/features');
    const filename = context.physicalFilename ?? context.filename;
    if (!filename || !path.isAbsolute(filename)) return {};
    const ownFeature = featureOf(filename, featuresDir);
    if (!ownFeature) return {};
    const aliases = Object.entries(options.aliases ?? {}).map(([prefix, target]) => [
      prefix,
      path.resolve(context.cwd, target),
    ]);

    function resolveTarget(source) {
      if (source.startsWith('.')) return path.resolve(path.dirname(filename), source);
      for (const [prefix, target] of aliases) {
        if (source === prefix || source.startsWith(prefix)) return path.join(target, source.slice(prefix.length));
      }
      return undefined;
    }

    function check(node, sourceNode) {
      const source = specifierText(sourceNode);
      if (source === undefined) return;
      const target = resolveTarget(source);
      if (!target) return;
      const targetFeature = featureOf(target, featuresDir);
      if (targetFeature && targetFeature !== ownFeature) {
        context.report({
          node: sourceNode,
          messageId: 'crossFeature',
          data: { from: ownFeature, to: targetFeature, source },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument),
      TSExternalModuleReference: (node) => check(node, node.expression),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) {
          check(node, node.arguments[0]);
        }
      },
    };
  },
};
