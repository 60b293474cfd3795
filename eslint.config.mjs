// Lint for the whole monorepo: type-aware for TypeScript (one TS project per workspace, found by the
// project service), plain for the JS scripts and configs. Team rules live in tools/eslint-rules.
import path from 'node:path';
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import { defineConfig, globalIgnores } from 'eslint/config';
import ts from 'typescript';
import tseslint from 'typescript-eslint';
import schaltplan from './tools/eslint-rules/index.mjs';
import { I18NEXT_OPTIONS } from './tools/eslint-rules/ui-text.mjs';

const root = import.meta.dirname;

/** web's tsconfig "paths" as import prefix -> folder, so an alias cannot bypass the feature boundary. */
function webPathAliases() {
  const file = path.join(root, 'web/tsconfig.json');
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(`eslint.config.mjs: cannot read ${file}`);
  const base = path.resolve(path.dirname(file), config.compilerOptions?.baseUrl ?? '.');
  const aliases = {};
  for (const [pattern, [target]] of Object.entries(config.compilerOptions?.paths ?? {})) {
    if (pattern.endsWith('/*') && target?.endsWith('/*')) {
      aliases[pattern.slice(0, -1)] = path.resolve(base, target.slice(0, -1));
    }
  }
  return aliases;
}

// Node's globals for the .mjs/.cjs scripts and configs (TypeScript files get theirs from @types/node).
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'fetch',
    'AbortController',
    'structuredClone',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'clearImmediate',
    'queueMicrotask',
  ].map((name) => [name, 'readonly']),
);
const commonJsGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
};

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/coverage/',
    '**/.data/',
    '**/test-results/',
    '**/playwright-report/',
    '.nx/',
    'e2e/screenshots/',
    'web/src/generated/',
    'bench/results.json',
  ]),

  {
    name: 'schaltplan/base',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { schaltplan },
    extends: [js.configs.recommended],
    rules: { 'schaltplan/kebab-case-filename': 'error' },
  },

  {
    name: 'schaltplan/typescript',
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Each file is checked against the tsconfig.json of its workspace (api, web, packages/domain, e2e).
        // migrations/ has none of its own: api/tsconfig.json includes it, see the override below.
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  {
    name: 'schaltplan/migrations',
    // The migrations compile as part of the API (api/tsconfig.json "include": ["../migrations"]).
    files: ['migrations/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './api/tsconfig.json', tsconfigRootDir: root },
    },
  },

  {
    name: 'schaltplan/javascript',
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: nodeGlobals },
  },
  {
    name: 'schaltplan/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: commonJsGlobals },
  },

  {
    name: 'schaltplan/api',
    files: ['api/**/*.ts'],
    rules: { 'schaltplan/resolver-policy': 'error' },
  },

  {
    name: 'schaltplan/web',
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'schaltplan/no-cross-feature-imports': [
        'error',
        { featuresDir: path.join(root, 'web/src/features'), aliases: webPathAliases() },
      ],
    },
  },

  {
    name: 'schaltplan/web-ui-text',
    // No hard-coded UI text (German default, English complete): JSX text and text attributes through
    // eslint-plugin-i18next, text properties and calls such as notifySuccess('…') through our own rule.
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['web/src/**/*.spec.ts'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', I18NEXT_OPTIONS],
      'schaltplan/no-literal-ui-text': 'error',
    },
  },
);
