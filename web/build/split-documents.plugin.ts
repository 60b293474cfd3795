import type { Plugin } from 'vite';

const GENERATED = /\/src\/generated\/graphql\.ts$/;
const PREFIX = '\0schaltplan-document:';
/** `export const XDocument = {…} as unknown as DocumentNode<…>;` (fragments: `XFragmentDoc`). */
const DOCUMENT = /^export const (\w+) = (\{\n[\s\S]*?\n\}) as unknown as DocumentNode<[^;]*>;$/gm;
/** `export function useXQuery(options…) { return useQuery(XDocument, options); }` */
const HOOK =
  /^export function (use\w+)\([^)]*\) \{\n {2}return (useQuery|useMutation|useSubscription)\((\w+), options\);\n\}$/gm;

interface Hook {
  apollo: string;
  document: string;
}

/**
 * Splits codegen's single `src/generated/graphql.ts` into one module per document and per hook
 * (build only). A module goes into one chunk as a whole, so the file with every operation of the
 * app landed in the first page's code; now each page's chunk carries only its own operations.
 * The generated file becomes re-exports without side effects, which the bundler looks through.
 * Anything else with runtime code in that file fails the build rather than being dropped.
 */
export function splitDocuments(): Plugin {
  const documents = new Map<string, string>();
  const hooks = new Map<string, Hook>();
  let generatedId = '';
  return {
    name: 'schaltplan-split-documents',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!GENERATED.test(id)) return null;
      generatedId = id;
      for (const [, name, literal] of code.matchAll(DOCUMENT)) documents.set(name, literal);
      for (const [, name, apollo, document] of code.matchAll(HOOK)) hooks.set(name, { apollo, document });
      const runtimeExports = code.match(/^export (const|function|let|var|class|enum) /gm)?.length ?? 0;
      if (runtimeExports !== documents.size + hooks.size)
        this.error(
          `split-documents: ${runtimeExports} runtime exports in ${id}, but ${documents.size} documents and ${hooks.size} hooks recognised (codegen output changed?)`,
        );
      const names = [...documents.keys(), ...hooks.keys()];
      return {
        code: names.map((name) => `export { ${name} } from ${JSON.stringify(PREFIX + name)};`).join('\n'),
        moduleSideEffects: false,
        map: null,
      };
    },
    resolveId(source) {
      return source.startsWith(PREFIX) ? { id: source, moduleSideEffects: false } : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      const literal = documents.get(name);
      if (literal) return { code: `export const ${name} = ${literal};`, moduleSideEffects: false };
      const hook = hooks.get(name);
      if (!hook) return this.error(`split-documents: no document or hook ${name}`);
      const apollo = await this.resolve('@apollo/client/react', generatedId);
      if (!apollo) return this.error('split-documents: @apollo/client/react not found');
      return {
        code: [
          `import { ${hook.apollo} } from ${JSON.stringify(apollo.id)};`,
          `import { ${hook.document} } from ${JSON.stringify(PREFIX + hook.document)};`,
          `export function ${name}(options) {`,
          `  return ${hook.apollo}(${hook.document}, options);`,
          `}`,
        ].join('\n'),
        moduleSideEffects: false,
      };
    },
  };
}
