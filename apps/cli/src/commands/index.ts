import { CliCommand } from '../cli-command';
import { importInteractionsCommand } from './import-interactions.command';
import { migrateCommand } from './migrate.command';
import { openapiCommand } from './openapi.command';
import { projectionsCommand } from './projections.command';
import { rebuildCommand } from './rebuild.command';
import { seedCommand } from './seed.command';

/** Every cli command. A new command is one file in this folder and one line here. */
export const commands: CliCommand[] = [
  migrateCommand,
  rebuildCommand,
  projectionsCommand,
  seedCommand,
  importInteractionsCommand,
  openapiCommand,
];
