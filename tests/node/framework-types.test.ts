// The React 19 and Vue 3 typings: generated from custom-elements.json (so they cannot drift
// from the elements), and a small React and Vue file type-checks against them — including
// the mistakes they must reject (@ts-expect-error lines fail the check when not an error).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain .mjs script without types
import { elementsOf } from '../../scripts/write-framework-types.mjs';

test('frameworks/*.d.ts are what the manifest generates now', () => {
  const result = spawnSync(process.execPath, ['scripts/write-framework-types.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});

test('the manifest lists every element registered in a define.ts, and no fake one', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = (elementsOf(manifest) as { tag: string }[]).map((element) => element.tag);
  assert.deepEqual(tags, [
    'budget-execution',
    'budget-sankey',
    'disclosure-audit',
    'disclosure-report',
    'performance-scorecard',
    'performance-summary',
    'spend-structure-pie',
    'three-public-costs',
  ]);
  const definitions = manifest.modules.flatMap((module: { exports?: { kind: string; name: string }[] }) =>
    (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name),
  );
  assert.ok(!definitions.includes('tag'), 'register.ts\'s parameter is not an element');
  assert.equal(definitions.length, tags.length);
});

test('a React 19 and a Vue 3 file type-check against the generated typings', () => {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tests/frameworks/tsconfig.json'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
