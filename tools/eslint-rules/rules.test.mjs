// Tests of the team's lint rules: `node --test tools/eslint-rules/`.
// RuleTester checks each rule on its own; the last block checks that eslint.config.mjs wires the
// rules to the right files, by linting text against the real configuration.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import kebabCaseFilename from './kebab-case-filename.mjs';
import noCrossFeatureImports from './no-cross-feature-imports.mjs';
import resolverPolicy from './resolver-policy.mjs';
// `npm test` runs this file only: the hard-coded UI text checks have their own file, run from here.
import './ui-text.test.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.afterAll = after;

const tsTester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

describe('schaltplan/kebab-case-filename', () => {
  const code = 'export const x = 1;';
  const valid = [
    'printer-list-page.tsx',
    'printer.entity.ts',
    'printers.resolver.ts',
    'embedded-postgres.int-spec.ts',
    '1764000000000-inventory.ts',
    'vite.config.ts',
    'playwright.config.ts',
    'jest.config.mjs',
    'eslint.config.mjs',
    'codegen.ts',
    'i18next.d.ts',
    'index.ts',
    'typed-hooks-plugin.cjs',
  ].map((name) => ({ code, filename: `/repo/src/${name}` }));
  valid.push({ code, filename: '/repo/src/LegacyName.ts', options: [{ ignore: ['^LegacyName\\.ts$'] }] });

  const invalid = [
    'PrinterList.tsx',
    'printerList.ts',
    'printer_list.ts',
    '_scratch.mjs',
    'printer--list.ts',
    '-printer.ts',
    'printer-.ts',
    'printer.Entity.ts',
    'Printer.entity.ts',
    'printer.int_spec.ts',
    'printer.TS',
  ].map((name) => ({
    code,
    filename: `/repo/src/${name}`,
    errors: [{ messageId: 'notKebab', data: { name }, line: 1, column: 1 }],
  }));
  // The ignore option exempts only what it matches.
  invalid.push({
    code,
    filename: '/repo/src/OtherName.ts',
    options: [{ ignore: ['^LegacyName\\.ts$'] }],
    errors: [{ messageId: 'notKebab', data: { name: 'OtherName.ts' } }],
  });

  tsTester.run('kebab-case-filename', kebabCaseFilename, { valid, invalid });
});

describe('schaltplan/resolver-policy', () => {
  const imports = "import { Args, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';\n";
  const op = (kind, name, className = 'PrintersResolver') => ({
    messageId: 'operation',
    data: { kind, name, className },
  });
  const field = (name, className = 'PrintersResolver') => ({ messageId: 'field', data: { name, className } });

  tsTester.run('resolver-policy', resolverPolicy, {
    valid: [
      // The shape of api/src/printers/printers.resolver.ts: class policy covers field resolvers.
      imports +
        `@Resolver(() => Printer)
        @Policy('inventory.read')
        export class PrintersResolver {
          constructor(private readonly service: PrintersService) {}
          @Query(() => Printer) @Policy('inventory.read') printer(@Args('id') id: string) { return this.service.get(id); }
          @Mutation(() => Printer) @Policy('inventory.write') createPrinter() { return null; }
          @Subscription(() => Printer) @Policy('inventory.read') printerChanged() { return null; }
          @ResolveField(() => Location) location() { return null; }
          helper() { return 1; }
        }`,
      // Without a class policy, each field resolver declares its own.
      imports +
        `@Resolver(() => Person)
        export class PersonPrintersResolver {
          @ResolveField(() => [Printer]) @Policy('inventory.read') printers() { return []; }
        }`,
      // Not a resolver: the rule does not apply.
      imports + 'export class NotAResolver { @Query(() => String) hello() { return "x"; } }',
      // Renamed imports and namespace access are recognised.
      `import { Query as GqlQuery, Resolver as GqlResolver } from '@nestjs/graphql';
       import { Policy as Access } from '../auth/policy.decorator';
       @GqlResolver() export class R { @GqlQuery(() => String) @Access('public') hello() { return 'x'; } }`,
      `import * as gql from '@nestjs/graphql';
       @gql.Resolver() export class R { @gql.Query(() => String) @Policy('public') hello() { return 'x'; } }`,
      // An imported name that merely looks like a decorator is something else.
      `import { Audit as Query } from './audit';
       @Resolver() export class R { @Query() @Policy('public') a() {} @Query() b() {} }`,
    ],
    invalid: [
      {
        // A class policy does not stand in for an operation's own policy.
        code:
          imports +
          `@Resolver(() => Printer)
          @Policy('inventory.read')
          export class PrintersResolver {
            @Query(() => Printer) printer() { return null; }
            @Mutation(() => Printer) @Policy('inventory.write') createPrinter() { return null; }
            @Mutation(() => Printer) deletePrinter() { return null; }
            @Subscription(() => Printer) printerChanged() { return null; }
          }`,
        errors: [op('Query', 'printer'), op('Mutation', 'deletePrinter'), op('Subscription', 'printerChanged')],
      },
      {
        code:
          imports +
          `@Resolver(() => Printer)
          export class PrintersResolver {
            @ResolveField(() => Location) location() { return null; }
            @ResolveField(() => Location) @Policy('inventory.read') owner() { return null; }
          }`,
        errors: [{ ...field('location'), line: 4 }],
      },
      {
        // A bare @Policy or @Policy() names no policy.
        code:
          imports +
          `@Resolver() export class R {
            @Query(() => String) @Policy hello() { return 'x'; }
            @Query(() => String) @Policy() bye() { return 'x'; }
          }`,
        errors: [op('Query', 'hello', 'R'), op('Query', 'bye', 'R')],
      },
      {
        code: `import { Query as GqlQuery, Resolver } from '@nestjs/graphql';
          @Resolver export class R { @GqlQuery(() => String) hello() { return 'x'; } }`,
        errors: [op('Query', 'hello', 'R')],
      },
      {
        code: `import * as gql from '@nestjs/graphql';
          @gql.Resolver() export class R { @gql.Mutation(() => String) save() { return 'x'; } }`,
        errors: [op('Mutation', 'save', 'R')],
      },
      {
        // Class expressions count too, and so does an import placed after the class.
        code: `export const R = @Resolver() class { @Q(() => String) hello() { return 'x'; } };
          import { Query as Q, Resolver } from '@nestjs/graphql';`,
        errors: [op('Query', 'hello', '(anonymous)')],
      },
    ],
  });
});

describe('schaltplan/no-cross-feature-imports', () => {
  const featuresDir = '/repo/web/src/features';
  const inPrinters = `${featuresDir}/printers/components/printer-list-page.tsx`;
  const options = [{ featuresDir, aliases: { '@/': '/repo/web/src/' } }];
  const ok = (code, filename = inPrinters) => ({ code, filename, options });
  const bad = (code, to, source, filename = inPrinters) => ({
    code,
    filename,
    options,
    errors: [{ messageId: 'crossFeature', data: { from: 'printers', to, source } }],
  });

  tsTester.run('no-cross-feature-imports', noCrossFeatureImports, {
    valid: [
      ok("import { usePrinterForm } from '../hooks/use-printer-form';"),
      ok("import { PRINTERS } from '../printers.graphql';"),
      ok("import { ListPage } from '../../../components/list-page';"),
      ok("import { ListPage } from '@/components/list-page';"),
      ok("import { usePrinterForm } from '@/features/printers/hooks/use-printer-form';"),
      ok("import { inventory } from '@schaltplan/domain';"),
      ok("import { Button } from '@mantine/core';"),
      ok("export { PrinterListPage } from './printer-list-page';"),
      ok("const page = import('../components/printer-detail-page');"),
      // The app shell wires features together; it lives outside every feature.
      ok("import { tenantRoutes } from '../features/tenants';", '/repo/web/src/app/routes.tsx'),
      ok("import { printerRoutes } from './printers';", `${featuresDir}/index.ts`),
      // Outside web/src/features entirely.
      ok("import { x } from '../../web/src/features/tenants';", '/repo/api/src/main.ts'),
    ],
    invalid: [
      bad("import { TenantListPage } from '../../tenants';", 'tenants', '../../tenants'),
      bad(
        "import { useTenantForm } from '../../tenants/hooks/use-tenant-form';",
        'tenants',
        '../../tenants/hooks/use-tenant-form',
      ),
      bad("import type { Tenant } from '../../tenants/tenant-types';", 'tenants', '../../tenants/tenant-types'),
      bad("export * from '../../locations';", 'locations', '../../locations'),
      bad("export { SoftwarePage } from '../../software/index';", 'software', '../../software/index'),
      bad("const page = import('../../workstations/components/x');", 'workstations', '../../workstations/components/x'),
      bad("type T = typeof import('../../tenants/x');", 'tenants', '../../tenants/x'),
      bad("const t = require('../../tenants/x');", 'tenants', '../../tenants/x'),
      bad("import x = require('../../tenants/x');", 'tenants', '../../tenants/x'),
      bad(
        "import { useTenantForm } from '@/features/tenants/hooks/use-tenant-form';",
        'tenants',
        '@/features/tenants/hooks/use-tenant-form',
      ),
      bad('const t = require(`../../tenants/x`);', 'tenants', '../../tenants/x'),
      // From a file at the root of a feature folder, a sibling feature is one level up.
      bad("import { TenantListPage } from '../tenants';", 'tenants', '../tenants', `${featuresDir}/printers/index.ts`),
    ],
  });
});

describe('eslint.config.mjs wiring', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const eslint = new ESLint({ cwd: root });
  const ruleIds = async (code, filePath) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
    const fatal = result.messages.filter((m) => m.fatal);
    assert.deepEqual(fatal, [], `${filePath} failed to parse`);
    return result.messages.map((m) => m.ruleId);
  };

  it('reports resolver operations without @Policy in the API', async () => {
    const code = `import { Query, Resolver } from '@nestjs/graphql';
      @Resolver() export class ProbeResolver { @Query(() => String) hello(): string { return 'x'; } }\n`;
    assert.ok((await ruleIds(code, 'api/src/main.ts')).includes('schaltplan/resolver-policy'));
  });

  it('reports floating promises, misused promises and explicit any with type information', async () => {
    const code = `export async function load(): Promise<number> { return Promise.resolve(1); }
      export function run(value: any): void { load(); const done: () => void = async () => { await load(); }; done(); console.log(value); }\n`;
    const ids = await ruleIds(code, 'api/src/main.ts');
    for (const id of [
      '@typescript-eslint/no-floating-promises',
      '@typescript-eslint/no-misused-promises',
      '@typescript-eslint/no-explicit-any',
    ]) {
      assert.ok(ids.includes(id), `expected ${id} in ${ids.join(', ')}`);
    }
  });

  it('reports imports between web features', async () => {
    const code = "export { TenantListPage } from '../tenants';\n";
    assert.ok(
      (await ruleIds(code, 'web/src/features/printers/index.ts')).includes('schaltplan/no-cross-feature-imports'),
    );
  });

  it('reports file names that are not kebab-case', async () => {
    assert.ok((await ruleIds('export {};\n', 'scripts/BadName.mjs')).includes('schaltplan/kebab-case-filename'));
  });

  it('ignores generated and build output', async () => {
    for (const file of ['web/src/generated/graphql.ts', 'api/dist/api/src/main.js', 'coverage/x.js']) {
      assert.ok(await eslint.isPathIgnored(path.join(root, file)), `${file} should be ignored`);
    }
  });
});
