// The CLI reports validation warnings (a valid document with text that reads wrongly
// elsewhere) on stderr, without failing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minimalDocument } from '../helpers/minimal-document.js';

test('validate: an unpaired U+202E in a name is a warning on stderr; the document stays valid', () => {
  const doc = minimalDocument();
  doc.tables.t3!.rows[1]!.name = '\u202e人大事务';
  const path = join(mkdtempSync(join(tmpdir(), 'dw-cli-')), 'rlo.json');
  writeFileSync(path, JSON.stringify(doc));
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/node.ts', 'validate', path, '--lang', 'en'], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /\$\.tables\.t3\.rows\[1\]\.name: unpaired bidi control \(U\+202E人大事务\)/);
});
