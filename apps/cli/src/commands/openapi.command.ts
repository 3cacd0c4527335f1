import { writeFile } from 'node:fs/promises';
import { createApp, openApiDocument } from '../../../api/src';
import { CliCommand } from '../cli-command';
import { withDatabase } from '../cli-context';

/** `openapi [file]`: the API's OpenAPI document (as GET /docs-json serves it), for linting and client generation. */
export const openapiCommand: CliCommand = {
  name: 'openapi',
  usage: 'openapi [file.json]',
  summary: 'write the OpenAPI document (as GET /docs-json serves it) to a file, or print it',
  run: ([file]) =>
    withDatabase(async (settings, config) => {
      const app = await createApp({ ...config, worker: false, logLevels: ['error'] }, settings);
      try {
        const text = `${JSON.stringify(openApiDocument(app), null, 2)}\n`;
        if (file) await writeFile(file, text);
        else process.stdout.write(text);
        if (file) console.error(`OpenAPI document written to ${file}.`);
        return 0;
      } finally {
        await app.close();
      }
    }),
};
