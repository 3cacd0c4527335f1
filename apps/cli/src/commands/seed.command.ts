import { CliCommand } from '../cli-command';
import { AlreadySeededError } from '../seed/scenario';
import { runSeed } from '../seed/seed-run';

/** `seed`: fills the configured database with the demo data set of issue 10, through the public API. */
export const seedCommand: CliCommand = {
  name: 'seed',
  usage: 'seed',
  summary: 'fill an empty database with demo data (vendors, contracts, a year of SLA periods, QA, escalations)',
  async run() {
    try {
      await runSeed();
      return 0;
    } catch (error) {
      if (!(error instanceof AlreadySeededError)) throw error;
      console.error(error.message);
      return 1;
    }
  },
};
