// `node tools/launch.js dist/<entry>.js [args]`: builds when a source changed since the last build, then runs the
// entry in this very process, so the signals npm forwards (SIGINT, SIGTERM) reach the product itself.
const { resolve } = require('node:path');
const { build, upToDate } = require('./build');

const [entry, ...args] = process.argv.slice(2);
if (!upToDate()) {
  console.error('Sources changed since the last build: building (npm run build)…');
  build();
}
const main = resolve(__dirname, '..', entry);
process.argv = [process.argv[0], main, ...args];
require(main);
