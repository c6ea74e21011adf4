// The CLI as a user runs it: a real process (through tsx), real files, stdin, exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minimalDocument } from '../helpers/minimal-document.js';

const SAMPLE_JSON = 'tests/fixtures/linzi-industry-it-bureau-2021-final.json';
const dir = mkdtempSync(join(tmpdir(), 'dw-cli-'));

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/node.ts', ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, LANG: 'C' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

test('validate: a valid document prints one summary line and exits 0', () => {
  const result = cli(['validate', file('ok.json', minimalDocument()), '--lang', 'en']);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout.trim().split('\n').length, 1);
  assert.match(result.stdout, /^valid: 测试局 2021 final accounts — 1 tables/);
});

test('validate: Chinese by default, reading stdin with -', () => {
  const result = cli(['validate', '-'], JSON.stringify(minimalDocument()));
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^有效：测试局 2021年度部门决算/);
});

test('validate: each problem on its own line with path, expected and found; exit 2', () => {
  const doc: any = minimalDocument();
  doc.meta.year = '2021';
  doc.tables.t3.rows[0].values.basic = -4e15;
  doc.tables.t11 = {};
  const result = cli(['validate', file('bad.json', doc), '--lang', 'en']);
  assert.equal(result.code, 2);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0]!, /^\$\.meta\.year: expected a number, found string "2021"/);
  assert.ok(lines.some((line) => line.startsWith('$.tables.t3.rows[0].values.basic: the amount is out of range')));
  assert.ok(lines.some((line) => line.startsWith('$.tables.t11: unknown key')));
});

test('validate --json: machine-readable problems', () => {
  const doc: any = minimalDocument();
  doc.meta.unit = '千元';
  const result = cli(['validate', file('bad-unit.json', doc), '--json']);
  assert.equal(result.code, 2);
  const output = JSON.parse(result.stdout);
  assert.equal(output.valid, false);
  assert.equal(output.problems[0].path, '$.meta.unit');
  assert.ok(output.problems[0].message['zh-CN']);
  assert.ok(output.problems[0].message.en);
});

test('validate: broken JSON and a missing file are clear errors with exit 2', () => {
  const broken = cli(['validate', file('broken.json', '{"a": '), '--lang', 'en']);
  assert.equal(broken.code, 2);
  assert.match(broken.stdout, /^\$: Not valid JSON/);
  const missing = cli(['validate', join(dir, 'nope.json')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.json/);
});

test('usage: no command prints help and exits 2; an unknown command exits 2', () => {
  assert.equal(cli([]).code, 2);
  const unknown = cli(['frobnicate', '--lang', 'en']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /Unknown command: frobnicate/);
  assert.match(cli(['frobnicate', '--lang', 'zh-CN']).stderr, /^未知命令：frobnicate/);
  assert.equal(cli(['--help']).code, 0);
});

test('audit: a consistent document exits 0 with a summary', () => {
  const result = cli(['audit', file('ok-audit.json', minimalDocument()), '--lang', 'en']);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /findings: 0 errors/);
});

test('audit: an arithmetic error exits 1 and names the rule and cells', () => {
  const doc: any = minimalDocument();
  doc.tables.t3.rows[0].values.total = 12; // 12 ≠ 4 + 6, and ≠ its 款 (10)
  const result = cli(['audit', file('bad-audit.json', doc), '--json']);
  assert.equal(result.code, 1, result.stdout + result.stderr);
  const { findings } = JSON.parse(result.stdout);
  assert.ok(findings.length > 0);
  assert.ok(findings.some((finding: any) => finding.severity === 'error' && finding.cells.some((cell: any) => cell.table === 't3')));
});

test('audit: an invalid document exits 2 before auditing', () => {
  const result = cli(['audit', file('bad2.json', { schemaVersion: 1 }), '--lang', 'en']);
  assert.equal(result.code, 2);
});

test('audit: the sample reports its genuine slips', { skip: !existsSync(SAMPLE_JSON) }, () => {
  const result = cli(['audit', SAMPLE_JSON, '--json']);
  assert.equal(result.code, 1, result.stderr);
  const rules = JSON.parse(result.stdout).findings.map((finding: any) => finding.rule);
  for (const rule of ['R25', 'R26']) assert.ok(rules.includes(rule), `${rule} in ${rules}`);
});

test('parse: the sample text converts to a document that validates', () => {
  const out = join(dir, 'parsed.json');
  const result = cli(['parse', 'tests/fixtures/linzi-industry-it-bureau-2021-final.txt', '-o', out]);
  assert.ok(result.code === 0 || result.code === 1, result.stderr);
  const check = cli(['validate', out]);
  assert.equal(check.code, 0, check.stdout);
  assert.match(readFileSync(out, 'utf8'), /淄博市临淄区工业和信息化局/);
});
