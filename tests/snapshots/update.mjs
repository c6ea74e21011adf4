// Re-run the element snapshot tests; with UPDATE_SNAPSHOTS=1 the golden SVGs are rewritten.
//   UPDATE_SNAPSHOTS=1 node tests/snapshots/update.mjs
import { spawnSync } from 'node:child_process';

const args = ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'];
if (process.env.UPDATE_SNAPSHOTS === '1') args.push('--update-snapshots');
const result = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, TEST_FILES: 'tests/components/**/*.snapshot.test.ts' },
});
process.exit(result.status ?? 1);
