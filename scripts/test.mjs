// `npm test`: the browser suite in headless Chromium (@web/test-runner), then the Node-only
// tests (the CLI, the build). Prints one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

findChrome();
const args = process.argv.slice(2);
const onlyBrowser = args.includes('--browser');
const onlyNode = args.includes('--node');

let passed = 0;
let failed = 0;
let ok = true;

if (!onlyNode) {
  const wtr = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(wtr.stdout);
  const plain = wtr.stdout.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  const summary = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (summary) {
    passed += Number(summary[1]);
    failed += Number(summary[2]);
  }
  if (wtr.status !== 0 || !summary) ok = false;
}

if (!onlyBrowser) {
  // Node 20's --test takes no globs: list the files.
  const files = readdirSync('tests/node').filter((name) => /\.test\.(ts|mjs)$/.test(name)).map((name) => `tests/node/${name}`);
  const node = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(node.stdout);
  const text = node.stdout.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  passed += Number(/ℹ pass (\d+)/.exec(text)?.[1] ?? 0);
  failed += Number(/ℹ fail (\d+)/.exec(text)?.[1] ?? 0);
  if (node.status !== 0) ok = false;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
