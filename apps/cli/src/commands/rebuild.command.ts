import { ProjectionRebuilder, ProjectionRegistry, RebuildRefusedError } from '@vendorwatch/event-store';
import { CliCommand } from '../cli-command';
import { withApp } from '../cli-context';
import { formatCount, ProgressBar, rate } from '../progress-bar';

export const rebuildCommand: CliCommand = {
  name: 'rebuild',
  usage: 'rebuild <projection>',
  summary: 'empty a projection and apply every event again, showing progress and events/s',
  run: ([name]) =>
    withApp(async (app) => {
      const registry = app.get(ProjectionRegistry);
      const known = [...registry.all(), ...registry.allInline()].map((p) => p.name);
      if (!name || !known.includes(name)) {
        console.error(`Usage: rebuild <projection>. Projections: ${known.join(', ') || '(none registered)'}.`);
        return 1;
      }
      if (registry.get(name).appendsEvents) {
        console.error(new RebuildRefusedError(name).message);
        return 1;
      }
      const bar = new ProgressBar(name);
      const result = await app
        .get(ProjectionRebuilder)
        .rebuild(name, (p) =>
          bar.update(p.done, p.total, p.elapsedMs, p.appliedHere ? '' : '(applied by the worker holding its lease)'),
        );
      bar.finish(
        `${name} rebuilt: ${formatCount(result.done)} events in ${(result.elapsedMs / 1000).toFixed(1)} s ` +
          `(${formatCount(rate(result.done, result.elapsedMs))} events/s)${result.appliedHere ? '' : ' by the worker holding its lease'}.`,
      );
      return 0;
    }),
};
