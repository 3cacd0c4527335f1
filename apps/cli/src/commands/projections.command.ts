import { ProjectionCheckpoints, ProjectionRegistry } from '@vendorwatch/event-store';
import { CliCommand } from '../cli-command';
import { withApp } from '../cli-context';

export const projectionsCommand: CliCommand = {
  name: 'projections',
  usage: 'projections',
  summary: 'list the projections with their position and lag (events not yet applied)',
  run: () =>
    withApp(async (app) => {
      const statuses = new Map((await app.get(ProjectionCheckpoints).statuses()).map((s) => [s.name, s]));
      const rows = app
        .get(ProjectionRegistry)
        .all()
        .map(({ name }) => {
          const status = statuses.get(name);
          return [name, status?.position ?? '-', status ? String(status.lag) : 'never run'];
        });
      const table = [['PROJECTION', 'POSITION', 'LAG'], ...rows];
      const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
      for (const row of table)
        console.log(
          row
            .map((cell, column) => cell.padEnd(widths[column]))
            .join('  ')
            .trimEnd(),
        );
      return 0;
    }),
};
