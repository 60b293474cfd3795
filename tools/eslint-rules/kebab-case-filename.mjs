import path from 'node:path';

/**
 * File names are kebab-case. Dotted role suffixes are allowed, each itself kebab-case:
 * `printer.entity.ts`, `x.int-spec.ts`, `vite.config.ts`, `i18next.d.ts`. Digits count as
 * lower case so migration names like `1764000000000-inventory.ts` pass.
 */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** ESLint's placeholder names when linting text without a file. */
const NO_FILE = new Set(['<input>', '<text>']);

export function isKebabCaseFileName(baseName) {
  const parts = baseName.split('.');
  if (parts.length < 2) return KEBAB.test(baseName);
  // The last part is the extension; everything before it (stem and role suffixes) must be kebab-case.
  return parts.slice(0, -1).every((part) => KEBAB.test(part)) && /^[a-z0-9]+$/.test(parts.at(-1));
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'suggestion',
    docs: { description: 'Require kebab-case file names (dotted role suffixes allowed).' },
    schema: [
      {
        type: 'object',
        properties: {
          // Base names that are exempt, as regular expression sources (e.g. a generator's fixed output name).
          ignore: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      notKebab:
        "File name '{{name}}' is not kebab-case (expected e.g. 'printer-list-page.tsx' or 'printer.entity.ts').",
    },
  },
  create(context) {
    const filename = context.physicalFilename ?? context.filename;
    if (!filename || NO_FILE.has(filename)) return {};
    const baseName = path.basename(filename);
    const ignore = (context.options[0]?.ignore ?? []).map((source) => new RegExp(source));
    if (ignore.some((pattern) => pattern.test(baseName)) || isKebabCaseFileName(baseName)) return {};
    return {
      Program(node) {
        context.report({ node, loc: { line: 1, column: 0 }, messageId: 'notKebab', data: { name: baseName } });
      },
    };
  },
};
