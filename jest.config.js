/** Unit tests sit beside the code (*.spec.ts), end-to-end tests in test/ (*.e2e-spec.ts); all on real PostgreSQL. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const libs = [
  'event-store',
  'identity',
  'vendors',
  'contracts',
  'slas',
  'qa',
  'escalations',
  'reporting',
  'interactions',
  'calendars',
  'notifications',
  'webhooks',
];

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testRegex: '(apps|libs|test)/.*\\.(spec|e2e-spec)\\.ts$',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: Object.fromEntries(libs.map((lib) => [`^@vendorwatch/${lib}$`, `<rootDir>/libs/${lib}/src`])),
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
  forceExit: false,
};
