import 'reflect-metadata';
import { ConfigError } from '../../api/src';
import { commands } from './commands';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'Usage: npm run cli -- <command> [arguments]',
    '',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(name && name !== 'help' ? `Unknown command "${name}".\n\n${usage()}` : usage());
    return name && name !== 'help' ? 1 : 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
    process.exit(1);
  },
);
