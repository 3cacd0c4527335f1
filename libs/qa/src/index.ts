export * from './qa.module';
