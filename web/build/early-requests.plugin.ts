import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InMemoryCache } from '@apollo/client';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:early-document/';
const ENTRY = 'src/early/early-requests.ts';

/** Every operation and fragment of the app's .graphql files, by name. */
export function readDefinitions(srcDir: string): Map<string, DefinitionNode> {
  const definitions = new Map<string, DefinitionNode>();
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.graphql'));
  for (const file of files)
    for (const definition of parse(readFileSync(join(srcDir, file), 'utf8')).definitions)
      if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION)
        if (definition.name) definitions.set(definition.name.value, definition);
  return definitions;
}

/**
 * The operation's text exactly as the app's Apollo Client sends it: with the fragments it uses
 * and the cache's additions (__typename), so the early answer can stand in for the app's own.
 */
export function operationText(definitions: Map<string, DefinitionNode>, name: string): string {
  const operation = definitions.get(name);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error(`early request: no operation named ${name}`);
  const used: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  const seen = new Set<string>();
  for (let i = 0; i < used.length; i++)
    visit(used[i], {
      FragmentSpread(node) {
        const fragment = definitions.get(node.name.value);
        if (fragment?.kind !== Kind.FRAGMENT_DEFINITION)
          throw new Error(`early request: no fragment ${node.name.value}`);
        if (!seen.has(node.name.value)) used.push(fragment);
        seen.add(node.name.value);
      },
    });
  return print(new InMemoryCache().transformDocument({ kind: Kind.DOCUMENT, definitions: used }));
}

/**
 * Builds src/early/early-requests.ts as its own small script and puts it first in index.html, so
 * the first page's GraphQL requests leave before the app's code is fetched and run. Its
 * `virtual:early-document/<Operation>` imports become the operations' texts.
 */
export function earlyRequests(): Plugin {
  let root = process.cwd();
  let definitions: Map<string, DefinitionNode> | null = null;
  return {
    name: 'schaltplan-early-requests',
    config(config) {
      const base = resolve(config.root ?? process.cwd());
      return {
        build: {
          rolldownOptions: { input: { index: join(base, 'index.html'), early: join(base, ENTRY) } },
        },
      };
    },
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      definitions ??= readDefinitions(join(root, 'src'));
      return `export default ${JSON.stringify(operationText(definitions, id.slice(PREFIX.length + 1)))};`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = ctx.bundle
          ? Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'early')
          : undefined;
        if (ctx.bundle && !chunk) throw new Error('early request script missing from the bundle');
        const src = chunk ? `/${chunk.fileName}` : `/${ENTRY}`;
        return [
          { tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src }, injectTo: 'head-prepend' },
        ];
      },
    },
    watchChange(id) {
      if (id.endsWith('.graphql')) definitions = null;
    },
  };
}
