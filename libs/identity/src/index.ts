export * from './access/role';
export * from './access/roles.decorator';
export * from './access/vendor-scope';
export * from './identity.module';
