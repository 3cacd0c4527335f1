export * from './access/access-policy';
export * from './access/role';
export * from './access/roles.decorator';
export * from './access/vendor-scope';
export * from './identity.module';
export * from './identity-options';
export * from './users/user';
export { UserErrorCode } from './users/user-errors';
export * from './users/user.events';
