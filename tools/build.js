// The build (tsc, tsc-alias, the dashboard's files) and its up-to-date check, so `npm start`, `npm run cli`,
// `npm run seed` and `npm run bench` rebuild only when a source changed since the last build.
const { spawnSync } = require('node:child_process');
const { cpSync, existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
/** What the build reads (tsconfig.build.json's include, and what changes how it compiles). */
const sources = ['apps', 'libs', 'migrations', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function newest(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  // A directory's own time changes when an entry is added, removed or renamed.
  return readdirSync(path).reduce((max, entry) => Math.max(max, newest(join(path, entry))), stats.mtimeMs);
}

/** Whether dist/ was built after the last change of every source. */
function upToDate() {
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return sources.every((source) => !existsSync(join(root, source)) || newest(join(root, source)) <= built);
}

function run(script, args) {
  const result = spawnSync(process.execPath, [require.resolve(script, { paths: [root] }), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Builds dist/; the stamp carries the time the build started, so a change made during the build is not missed. */
function build() {
  const started = new Date();
  run('typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
  run('tsc-alias/dist/bin/index.js', ['-p', 'tsconfig.build.json']);
  cpSync(join(root, 'apps/api/public'), join(root, 'dist/apps/api/public'), { recursive: true });
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(stamp, `${started.toISOString()}\n`);
  utimesSync(stamp, started, started);
}

module.exports = { build, upToDate };

if (require.main === module) build();
