/**
 * Operations per second of `connections` concurrent loops calling `operation` for `durationMs`.
 * Each loop gets its index and its own running count, to address its own stream.
 */
export async function throughput(
  connections: number,
  durationMs: number,
  operation: (loop: number, iteration: number) => Promise<unknown>,
): Promise<number> {
  const until = Date.now() + durationMs;
  let done = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: connections }, async (_, loop) => {
      for (let iteration = 0; Date.now() < until; iteration++) {
        await operation(loop, iteration);
        done += 1;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return done / seconds;
}
