export * from './contracts.module';
