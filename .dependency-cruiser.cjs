/** The boundaries of ARCHITECTURE.md, checked by `npm run lint:boundaries` in CI's quality gate. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'Domain code is plain TypeScript: no Nest (but the @nestjs/cqrs AggregateRoot), TypeORM, pg, HTTP or validation.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: {
        path: '(^|/)node_modules/(@nestjs/(?!cqrs/)|typeorm/|pg/|pg-copy-streams/|express/|class-validator/|class-transformer/|@nestjs/swagger/)',
      },
    },
    {
      name: 'lib-through-index',
      comment: 'A lib reaches another lib only through its public index (@vendorwatch/<lib>).',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/(?!$1/)[^/]+/src/(?!index\\.ts$)' },
    },
    {
      name: 'app-through-lib-index',
      comment: 'An app uses a lib only through its public index.',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/[^/]+/src/(?!index\\.ts$)' },
    },
    {
      name: 'no-app-internals',
      comment: "An app reaches another app only through its public index (the API's module, start-up and config).",
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: ['^apps/$1/', '^apps/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'libs-import-no-app',
      comment: 'Libs are composed by apps, never the other way round.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-cycles',
      comment: 'No import cycles in apps and libs.',
      severity: 'error',
      from: { path: '^(apps|libs)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.spec\\.ts$|^dist/)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
