/** Class instances and absent fields out, plain JSON data in: what events store. */
export const plain = <T>(dto: T): T => JSON.parse(JSON.stringify(dto)) as T;
