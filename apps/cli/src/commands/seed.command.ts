import { ConfigError } from '../../../api/src/config';
import { AlreadySeededError } from '../seed/scenario';
import { runSeed } from '../seed/seed-run';

/** `seed`: fills the configured database with the demo data set of issue 10 (see README, "Demo data"). */
export async function seedCommand(): Promise<number> {
  try {
    await runSeed();
    return 0;
  } catch (error) {
    if (error instanceof AlreadySeededError || error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
