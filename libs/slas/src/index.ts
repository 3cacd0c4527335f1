export * from './slas.module';
