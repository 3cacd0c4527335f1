import { migrate } from '@vendorwatch/event-store';
import { migrations } from '../../../../migrations';
import { CliCommand } from '../cli-command';
import { withDatabase } from '../cli-context';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'migrate',
  summary: 'apply the pending database migrations',
  run: () =>
    withDatabase(async (settings) => {
      const applied = await migrate(settings, migrations);
      for (const name of applied) console.log(`applied ${name}`);
      console.log(
        `Schema "${settings.schema}" is up to date (${applied.length} of ${migrations.length} migrations applied now).`,
      );
      return 0;
    }),
};
