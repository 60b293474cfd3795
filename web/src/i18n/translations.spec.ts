/// <reference types="node" />
// The UI strings: de.json and en.json hold the same keys with the same {{variables}}, none empty; every
// key the code can ask for exists in both, and no key is left unused. The domain's own de/en labels
// are checked in packages/domain/src/labels.spec.ts. The code is read syntactically
// (TypeScript's parser, no type checker) so this stays a fast unit test.
import { describe, expect, it } from '@jest/globals';
import { IMPORT_TARGET_LABELS, type ImportErrorCode, importMessage } from '@schaltplan/domain';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const webSrc = path.resolve(here, '..');
const repo = path.resolve(webSrc, '../..');

interface Tree {
  [key: string]: string | Tree;
}
const readTree = (language: string) => JSON.parse(fs.readFileSync(path.join(here, `${language}.json`), 'utf8')) as Tree;

function leaves(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') out.set(key, value);
    else leaves(value, key, out);
  }
  return out;
}

const files = { de: leaves(readTree('de')), en: leaves(readTree('en')) };
const namespaces = new Set(Object.keys(readTree('de')));
// i18next's plural suffixes; German and English both use "one" and "other" ("zero" is optional).
const PLURAL = /_(zero|one|two|few|many|other)$/;
const pluralBase = (key: string) => key.replace(PLURAL, '');
const variables = (text: string) => [...text.matchAll(/\{\{\s*([^,}\s]+)/g)].map((m) => m[1]).sort();

function exists(key: string, leafs: Map<string, string>): boolean {
  return leafs.has(key) || (leafs.has(`${key}_one`) && leafs.has(`${key}_other`));
}

// ---- What the code asks for -------------------------------------------------------------------

interface Site {
  where: string;
  key: string;
}
const exact: Site[] = [];
const patterns: Site[] = [];
const unresolvable: Site[] = [];
// Key-shaped literals outside t(): keys handed around before they reach t() (`actionKey(to)`, an
// export menu's items …), but also permission names like "plan.write". They count as uses if they exist.
const mentioned: Site[] = [];
const KEY_SHAPE = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') sourceFiles(full, out);
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts')) out.push(full);
  }
  return out;
}

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  const source =
    parsed.get(file) ?? ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  parsed.set(file, source);
  return source;
}

const templatePattern = (node: ts.TemplateExpression) =>
  node.head.text + node.templateSpans.map((span) => `*${span.literal.text}`).join('');

/** The first argument of t() or a Trans i18nKey: every key it can be, or unresolvable. */
function keyArgument(node: ts.Expression, where: string): void {
  if (ts.isStringLiteralLike(node)) exact.push({ where, key: node.text });
  else if (ts.isTemplateExpression(node)) patterns.push({ where, key: templatePattern(node) });
  else if (ts.isParenthesizedExpression(node)) keyArgument(node.expression, where);
  else if (ts.isConditionalExpression(node)) {
    keyArgument(node.whenTrue, where);
    keyArgument(node.whenFalse, where);
  } else unresolvable.push({ where, key: node.getText() });
}

const isTranslateCall = (node: ts.CallExpression) => {
  const callee = node.expression;
  return (
    (ts.isIdentifier(callee) && callee.text === 't') ||
    (ts.isPropertyAccessExpression(callee) && callee.name.text === 't')
  );
};

for (const file of sourceFiles(webSrc)) {
  const source = parse(file);
  const at = (node: ts.Node) =>
    `${path.relative(repo, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isTranslateCall(node) && node.arguments[0]) {
      keyArgument(node.arguments[0], at(node));
    } else if (ts.isJsxAttribute(node) && node.name.getText() === 'i18nKey' && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value) keyArgument(value, at(node));
    } else if (ts.isStringLiteralLike(node) && KEY_SHAPE.test(node.text)) {
      if (namespaces.has(node.text.split('.')[0])) mentioned.push({ where: at(node), key: node.text });
    } else if (ts.isTemplateExpression(node) && namespaces.has(node.head.text.split('.')[0])) {
      if (node.head.text.includes('.')) patterns.push({ where: at(node), key: templatePattern(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

// ---- Where the values of built keys come from -------------------------------------------------

function declaration(file: string, name: string): ts.Node {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if ((ts.isTypeAliasDeclaration(node) || ts.isVariableDeclaration(node)) && node.name.getText() === name)
      found = node;
    else ts.forEachChild(node, visit);
  };
  visit(parse(path.join(repo, file)));
  if (!found) throw new Error(`${file} declares no ${name}`);
  return found;
}

/** Every string literal inside a declaration: a union type's members, an array's items, an object's keys. */
function literalsOf(file: string, name: string): string[] {
  const out = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node)) out.add(node.text);
    if (ts.isPropertyAssignment(node)) out.add(node.name.getText());
    else ts.forEachChild(node, visit);
  };
  visit(declaration(file, name));
  return [...out];
}

const GENERATED = 'web/src/generated/graphql.ts';
const READINESS_SQL = fs.readFileSync(path.join(repo, 'api/src/readiness/readiness.sql.ts'), 'utf8');
const CONFIRMATION_CHANGES = fs.readFileSync(path.join(repo, 'api/src/confirmations/confirmation-changes.ts'), 'utf8');
const READINESS_ITEM_TYPES = ['PERSON', 'FACHVERFAHREN', 'PRINTER', 'WORKSTATION', 'LOCATION', 'BLOCKER'];
const READINESS_REASONS = [
  ...['OPEN', 'CHANGED', 'REJECTED', 'UNTESTED', 'AWAITING_SIGN_OFF', 'NO_TARGET_QUEUE', 'NO_CUTOVER_DATE'],
  ...['NO_TECHNICIAN', 'OPEN_BLOCKER', 'FAILED', 'PASSED_WITH_DEFECTS'],
];
const DATATABLE = fs.readFileSync(path.join(repo, 'node_modules/mantine-datatable/dist/index.d.ts'), 'utf8');

/**
 * Files that call t() with a variable, and the file whose key literals (typed as the key union) feed
 * it: those literals must all exist.
 */
const FORWARDED: Record<string, string> = {
  'web/src/components/export-menu.tsx': 'web/src/components/export-menu.tsx',
  'web/src/features/cutover-technician/components/transition-actions.tsx':
    'web/src/features/cutover-technician/components/transition-actions.tsx',
  'web/src/features/cutover-technician/components/queue-status.tsx':
    'web/src/features/cutover-technician/lib/rejection-text.ts',
};

/** Each key the code builds from a value (`*`), with the values it can take. */
const BUILT: Record<string, () => string[]> = {
  'roles.*': () => literalsOf(GENERATED, 'Role'),
  'audit.actions.*': () => literalsOf(GENERATED, 'AuditAction'),
  'audit.objectTypes.*': () => literalsOf(GENERATED, 'AuditObjectType'),
  'confirmations.areas.*': () => literalsOf(GENERATED, 'ConfirmationArea'),
  'imports.history.modes.*': () => literalsOf(GENERATED, 'ImportMode'),
  'imports.history.statuses.*': () => literalsOf(GENERATED, 'ImportRunStatus'),
  'imports.read.encodings.*': () => literalsOf(GENERATED, 'FileEncoding'),
  'imports.read.delimiters.*': () => literalsOf(GENERATED, 'CsvDelimiter'),
  'imports.target.help.*': () => Object.keys(IMPORT_TARGET_LABELS),
  'counts.*': () => literalsOf('web/src/lib/paths.ts', 'SEGMENTS'),
  'cutoverBoard.live.*': () => literalsOf('web/src/lib/live-status.ts', 'LiveStatus'),
  'technician.kinds.*': () => literalsOf('web/src/features/cutover-technician/lib/op-queue.ts', 'QueuedOp'),
  'imports.progress.phases.*': () =>
    literalsOf('web/src/features/imports/components/run-progress.tsx', 'ProgressPhase'),
  'imports.steps.*.label': () => literalsOf('web/src/features/imports/hooks/use-import-wizard.ts', 'WIZARD_STEPS'),
  'imports.steps.*.description': () =>
    literalsOf('web/src/features/imports/hooks/use-import-wizard.ts', 'WIZARD_STEPS'),
  // The tile list plus "marked", pushed in dry runs (run-counts.tsx).
  'imports.counts.*': () => [...literalsOf('web/src/features/imports/components/run-counts.tsx', 'keys'), 'marked'],
  // The code translates only these and shows any other value as it is.
  'imports.diffs.actions.*': () => ['CREATED', 'CHANGED'],
  'imports.file.uploadErrors.*': () => ['NETWORK', 'UNAUTHENTICATED', 'FORBIDDEN'],
  'tenants.archiveImport.errors.*': () => ['FORBIDDEN', 'UNAUTHENTICATED', 'NETWORK'],
  // Changed fields come from the API's confirmation diff (its `fields` lists); "other" is the fallback.
  'confirmations.changeFields.*': () => [
    ...[...CONFIRMATION_CHANGES.matchAll(/fields: \[([^\]]*)\]/g)]
      .flatMap((m) => [...m[1].matchAll(/'(\w+)'/g)])
      .map((m) => m[1]),
    'other',
  ],
  // The readiness query's failing items (api/src/readiness/readiness.sql.ts): their types, and their
  // reasons (person and test-run states, or a missing setting); checked against that file below.
  'plan.itemTypes.*': () => READINESS_ITEM_TYPES,
  'plan.reasons.*': () => READINESS_REASONS,
  'list.pageControl.*': () => {
    const union = /getPaginationControlProps\?: \(control: ([^)]*)\)/.exec(DATATABLE)?.[1] ?? '';
    return [...union.matchAll(/'([a-z]+)'/g)].map((m) => m[1]);
  },
};

const expand = (pattern: string) => BUILT[pattern]().map((value) => pattern.replace('*', value));

describe('translations (web/src/i18n)', () => {
  it('de and en hold the same keys, none empty, with the same {{variables}}', () => {
    expect([...files.en.keys()].sort()).toEqual([...files.de.keys()].sort());
    const problems: string[] = [];
    for (const [key, text] of files.de) {
      const english = files.en.get(key) ?? '';
      if (!text.trim()) problems.push(`${key}: empty in de.json`);
      if (!english.trim()) problems.push(`${key}: empty in en.json`);
      if (variables(text).join() !== variables(english).join()) {
        problems.push(
          `${key}: variables {{${variables(text).join(', ')}}} in de, {{${variables(english).join(', ')}}} in en`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it('plural keys come as _one and _other in both languages', () => {
    const bases = [...files.de.keys()].filter((key) => PLURAL.test(key)).map(pluralBase);
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) {
      for (const leafs of [files.de, files.en]) {
        expect({ base, one: leafs.has(`${base}_one`), other: leafs.has(`${base}_other`) }).toEqual({
          base,
          one: true,
          other: true,
        });
        expect({ base, plainKeyToo: leafs.has(base) }).toEqual({ base, plainKeyToo: false });
      }
    }
  });

  it('every key the code uses exists in de and en', () => {
    expect(exact.length).toBeGreaterThan(500);
    const missing = exact.filter((site) => !exists(site.key, files.de) || !exists(site.key, files.en));
    expect(missing).toEqual([]);
  });

  it('every built key is listed with its values, and each value has a text in de and en', () => {
    const found = [...new Set(patterns.map((site) => site.key))].sort();
    expect(found).toEqual(Object.keys(BUILT).sort());
    for (const pattern of found) {
      const keys = expand(pattern);
      expect({ pattern, values: keys.length > 0 }).toEqual({ pattern, values: true });
      const missing = keys.filter((key) => !exists(key, files.de) || !exists(key, files.en));
      expect({ pattern, missing }).toEqual({ pattern, missing: [] });
    }
  });

  it('t() with a variable only where its keys are literals that exist', () => {
    const callers = new Set(unresolvable.map((site) => site.where.replace(/:\d+$/, '')));
    expect([...callers].sort()).toEqual(Object.keys(FORWARDED).sort());
    for (const supplier of Object.values(FORWARDED)) {
      const keys = [...exact, ...mentioned].filter((site) => site.where.startsWith(`${supplier}:`));
      expect({ supplier, keys: keys.length > 0 }).toEqual({ supplier, keys: true });
      const missing = keys.filter((site) => !exists(site.key, files.de) || !exists(site.key, files.en));
      expect(missing).toEqual([]);
    }
  });

  it('the readiness reasons and item types listed here are the ones the API sends', () => {
    const testResults = literalsOf(GENERATED, 'TestResult');
    for (const value of [...READINESS_ITEM_TYPES, ...READINESS_REASONS]) {
      expect({ value, sent: READINESS_SQL.includes(`'${value}'`) || testResults.includes(value) }).toEqual({
        value,
        sent: true,
      });
    }
  });

  it('no key is unused', () => {
    const used = new Set([...exact, ...mentioned].map((site) => site.key));
    for (const key of Object.keys(BUILT).flatMap(expand)) used.add(key);
    const unused = [...files.de.keys()].filter((key) => !used.has(key) && !used.has(pluralBase(key)));
    expect(unused).toEqual([]);
  });

  it('every import error code has a message in de and en with the same {placeholders}', () => {
    const codes = literalsOf('packages/domain/src/import-messages.ts', 'ImportErrorCode') as ImportErrorCode[];
    expect(codes.length).toBeGreaterThan(10);
    const braces = (text: string) =>
      [...text.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join();
    const problems = codes.flatMap((code) => {
      const [german, english] = [importMessage(code, {}, 'de'), importMessage(code, {}, 'en')];
      if (german === code || english === code) return [`${code}: no message`];
      return braces(german) === braces(english) ? [] : [`${code}: placeholders differ`];
    });
    expect(problems).toEqual([]);
  });
});
