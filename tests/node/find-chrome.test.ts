// The Chromium lookup shared by the tests and CI: a Chromium found only on PATH counts, and
// .ci/run asks the same finder instead of its own `command -v` (which used to skip the install
// for a Chromium the tests then could not find).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
// @ts-expect-error: a plain .mjs script without types
import { onPath } from '../../scripts/find-chrome.mjs';

test('finds an executable chromium on PATH, and skips a file that is not executable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-chrome-'));
  const other = mkdtempSync(join(tmpdir(), 'dw-chrome-'));
  writeFileSync(join(dir, 'chromium'), '#!/bin/sh\n');
  chmodSync(join(dir, 'chromium'), 0o755);
  writeFileSync(join(other, 'google-chrome'), 'not a program');
  chmodSync(join(other, 'google-chrome'), 0o644);
  assert.equal(onPath(undefined, [other, dir].join(delimiter)), join(dir, 'chromium'));
  assert.equal(onPath(undefined, other), undefined);
  assert.equal(onPath(undefined, ''), undefined);
});

test('run directly, it prints the path it found and exits 0, or exits 3 for a CHROME_PATH that is not there', () => {
  const found = spawnSync(process.execPath, ['scripts/find-chrome.mjs'], { encoding: 'utf8' });
  assert.equal(found.status, 0);
  assert.match(found.stdout.trim(), /chrom/i);
  const missing = spawnSync(process.execPath, ['scripts/find-chrome.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, CHROME_PATH: '/nowhere/chrome' },
  });
  assert.equal(missing.status, 3);
  assert.match(missing.stderr, /CHROME_PATH is set to \/nowhere\/chrome/);
});

test('.ci/run decides whether to install Chromium with the same finder', () => {
  const script = readFileSync('.ci/run', 'utf8');
  assert.match(script, /node scripts\/find-chrome\.mjs/);
  assert.doesNotMatch(script, /command -v chromium/);
});
