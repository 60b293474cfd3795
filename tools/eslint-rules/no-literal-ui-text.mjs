import { UI_TEXT_CALLEES, UI_TEXT_NAMES } from './ui-text.mjs';

/**
 * User-facing text outside JSX comes from the translations, not from string literals: the value of a
 * property that carries text (a column's `title`, an option's `label`, a notification's `message`) or
 * an argument of a function that shows text (`notifySuccess`, `usePageTitle`). JSX text and
 * attributes are eslint-plugin-i18next's part (no-literal-string). Text is a string with a letter.
 */
const LETTER = /\p{L}/u;

/** The literals an expression can evaluate to as a whole (branches of ?:, ?? and ||). */
function textLiterals(node) {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' && LETTER.test(node.value) ? [node] : [];
    case 'TemplateLiteral':
      return node.quasis.some((quasi) => LETTER.test(quasi.value.cooked ?? '')) ? [node] : [];
    case 'ConditionalExpression':
      return [...textLiterals(node.consequent), ...textLiterals(node.alternate)];
    case 'LogicalExpression':
      return [...textLiterals(node.left), ...textLiterals(node.right)];
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
      return textLiterals(node.expression);
    default:
      return [];
  }
}

function keyName(node) {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow hard-coded user-facing text outside JSX in the web app.' },
    schema: [
      {
        type: 'object',
        properties: {
          // Property names whose value is shown (full-match regular expression sources).
          properties: { type: 'array', items: { type: 'string' }, uniqueItems: true },
          // Function names whose string arguments are shown.
          callees: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      literalText: 'Hard-coded UI text {{text}} in {{place}}: add it to web/src/i18n/de.json and en.json and use t().',
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const names = (options.properties ?? UI_TEXT_NAMES).map((source) => new RegExp(`^(?:${source})$`));
    const callees = new Set(options.callees ?? UI_TEXT_CALLEES);
    const isTextName = (name) => name !== undefined && names.some((pattern) => pattern.test(name));
    const report = (value, place) => {
      for (const node of textLiterals(value)) {
        const text = context.sourceCode.getText(node);
        context.report({ node, messageId: 'literalText', data: { text, place } });
      }
    };
    return {
      Property(node) {
        const name = node.computed && node.key.type !== 'Literal' ? undefined : keyName(node.key);
        if (node.kind === 'init' && isTextName(name)) report(node.value, `property '${name}'`);
      },
      AssignmentExpression(node) {
        const { left } = node;
        if (left.type !== 'MemberExpression' || left.computed) return;
        const name = keyName(left.property);
        if (isTextName(name)) report(node.right, `assignment to '${name}'`);
      },
      CallExpression(node) {
        const { callee } = node;
        const name =
          callee.type === 'Identifier'
            ? callee.name
            : callee.type === 'MemberExpression'
              ? keyName(callee.property)
              : '';
        if (!callees.has(name)) return;
        for (const argument of node.arguments) report(argument, `a call of ${name}()`);
      },
    };
  },
};
