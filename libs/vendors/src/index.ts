export * from './vendors.module';
