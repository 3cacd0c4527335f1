import 'reflect-metadata';
import { EmbeddedDatabaseInUseError } from '@vendorwatch/event-store';
import { ConfigError } from '../../api/src';
import { commands } from './commands';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'Usage: npm run cli -- <command> [arguments]',
    '',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'The `--` hands every argument after it to the cli (without it npm reads options such as --help as its own).',
    'With DATABASE_URL unset the cli runs the embedded database under .data/; while `npm start` runs it, set',
    'DATABASE_URL to the embedded database URL that `npm start` printed.',
  ].join('\n');
}

const HELP = ['help', '--help', '-h'];

async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (!name || HELP.includes(name)) {
    console.log(usage());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 1;
  }
  if (rest.some((arg) => HELP.includes(arg))) {
    console.log(`Usage: npm run cli -- ${command.usage}\n  ${command.summary}`);
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
    else if (error instanceof EmbeddedDatabaseInUseError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
