// Jest runs in ESM mode (NestJS 12 is ESM-only): node --experimental-vm-modules, see scripts/test.mjs.
// @swc/jest strips types without checking them; `tsc --noEmit` is its own tier of `npm test`.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
      },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const shared = {
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  // Tests use the domain package's sources, so they need no prior build.
  moduleNameMapper: {
    '^@schaltplan/domain$': '<rootDir>/packages/domain/src/index.ts',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

export default {
  // A global option: per-project values are ignored. Integration tests seed real databases.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/api/**/*.spec.ts',
        '<rootDir>/packages/**/*.spec.ts',
        '<rootDir>/web/src/**/*.spec.ts',
        '<rootDir>/web/build/**/*.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/api/test/**/*.int-spec.ts'],
      // One PostgreSQL per run; each test file creates its own database in it.
      globalSetup: '<rootDir>/api/test/global-setup.ts',
      globalTeardown: '<rootDir>/api/test/global-teardown.ts',
    },
  ],
};
