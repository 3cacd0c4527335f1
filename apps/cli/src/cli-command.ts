/** One `npm run cli -- <name> [args]` command: a file in `commands/`, listed in `commands/index.ts`. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}
