// How the CLI prints a rule that could not check: named, counted, never dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditSummary, formatFinding } from '../../src/cli/main.js';
import { runRules } from '../../src/audit/index.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { minimalDocument } from '../helpers/minimal-document.js';
import { throwingRule } from '../helpers/throwing-rule.js';

const throwing = throwingRule('R16');

test('audit output: a rule that could not check is a line of its own and is counted', () => {
  const findings = runRules(minimalDocument() as Disclosure, [throwing]);
  assert.equal(findings.length, 1);
  assert.equal(formatFinding(findings[0]!, 'zh-CN'), 'R16 未能核对 [] — 未能核对：数据无法读取');
  assert.equal(formatFinding(findings[0]!, 'en'), 'R16 unchecked [] — Could not be checked: the data could not be read');
  assert.equal(auditSummary(findings, 'zh-CN'), '共 1 处发现：错误 0，提示 0，尾差 0，未能核对 1');
  assert.equal(auditSummary(findings, 'en'), '1 findings: 0 errors, 0 warnings, 0 rounding notes, 1 could not be checked');
  assert.equal(auditSummary([], 'en'), '0 findings: 0 errors, 0 warnings, 0 rounding notes');
});

test('audit --rules lists every rule with its number, name and plain-language description', async () => {
  const { run } = await import('../../src/cli/main.js');
  const { RULES } = await import('../../src/audit/index.js');
  let out = '';
  const io = { stdout: (text: string) => (out += text), stderr: () => {}, readInput: async () => '', writeFile: async () => {} };
  assert.equal(await run(['audit', '--rules', '--lang', 'en'], io as never), 0);
  const lines = out.trim().split('\n');
  assert.equal(lines.length, RULES.length);
  assert.equal(lines[28], 'R29 fiscal-income-both-tables — ' + RULES[28]!.description.en);
  assert.match(lines.at(-2)!, /^R47 budget-performance-targets — Budgets: when table 3 budgets 项目支出/);
  assert.match(lines.at(-1)!, /^R48 other-table-totals — In the tables kept as printed/);
  out = '';
  await run(['audit', '--rules', '--lang', 'zh-CN'], io as never);
  assert.match(out, /^R37 document-complete — 文件完整：/m);
  assert.match(out, /^R48 other-table-totals — 照录的其他表格/m);
});
