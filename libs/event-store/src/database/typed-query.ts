import { DataSource, EntityManager } from 'typeorm';

export type Queryable = DataSource | EntityManager;

/** A raw SQL query whose rows the caller names: the one place an untyped driver answer becomes typed. */
export async function queryRows<R>(runner: Queryable, sql: string, parameters: unknown[] = []): Promise<R[]> {
  return runner.query<R[]>(sql, parameters);
}

/** The first row of a query, or undefined. */
export async function queryRow<R>(runner: Queryable, sql: string, parameters: unknown[] = []): Promise<R | undefined> {
  return (await queryRows<R>(runner, sql, parameters))[0];
}
