export * from './escalations.module';
