// The CLI's answers to a new user's mistakes, as a real process: an output folder that does
// not exist, a --lang it does not speak, invalid JSON given to `render`, a missing --widget.
// Each is a clear message in the chosen language and a non-zero exit, never a stack trace
// nor the engine's English inside a Chinese sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SAMPLE_JSON = 'tests/fixtures/linzi-industry-it-bureau-2021-final.json';
const SAMPLE_TEXT = 'tests/fixtures/linzi-industry-it-bureau-2021-final.txt';
const dir = mkdtempSync(join(tmpdir(), 'dw-cli-bad-'));
const NO_FOLDER = join(dir, 'no-such-folder', 'out');

function cli(args: string[], env: Record<string, string> = { LANG: 'C' }) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/node.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One line on stderr, no stack frame, no Node error code left unworded. */
function oneClearLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.doesNotMatch(stderr, /^\s+at |Internal error|ENOENT/m, stderr);
  return lines[0]!;
}

test('render -o into a folder that does not exist: one worded line, exit 2 (it was a stack trace)', () => {
  const zh = cli(['render', SAMPLE_JSON, '--widget', 'budget-sankey', '-o', `${NO_FOLDER}.svg`]);
  assert.equal(zh.code, 2);
  assert.equal(oneClearLine(zh.stderr), `无法写入“${NO_FOLDER}.svg”：文件或所在目录不存在。`);
  const en = cli(['render', SAMPLE_JSON, '--widget', 'budget-sankey', '-o', `${NO_FOLDER}.svg`, '--lang', 'en']);
  assert.equal(en.code, 2);
  assert.equal(oneClearLine(en.stderr), `Cannot write "${NO_FOLDER}.svg": no such file or folder.`);
});

test('parse -o into a folder that does not exist: worded, not Node\'s English errno line', () => {
  const result = cli(['parse', SAMPLE_TEXT, '-o', `${NO_FOLDER}.json`]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, new RegExp(`^无法写入“${NO_FOLDER.replace(/[.\\/]/g, '\\$&')}\\.json”：文件或所在目录不存在。$`, 'm'));
  assert.doesNotMatch(result.stderr, /ENOENT/);
});

test('a missing input file reads the same in English: worded, not the errno line', () => {
  const result = cli(['audit', join(dir, 'missing.json'), '--lang', 'en']);
  assert.equal(result.code, 2);
  assert.equal(oneClearLine(result.stderr), `Cannot read "${join(dir, 'missing.json')}": no such file or folder.`);
});

test('--lang with a language the CLI does not speak is refused (it silently answered in Chinese)', () => {
  for (const args of [
    ['validate', SAMPLE_JSON, '--lang', 'fr'],
    ['audit', SAMPLE_JSON, '--lang=fr'],
    ['parse', SAMPLE_TEXT, '--lang', 'fr'],
    ['render', SAMPLE_JSON, '--widget', 'budget-sankey', '--lang', 'fr'],
  ]) {
    const result = cli(args);
    assert.equal(result.code, 2, args.join(' '));
    assert.equal(result.stdout, '', args.join(' '));
    assert.match(result.stderr.split('\n')[0]!, /^--lang 只能是 zh-CN 或 en，实为“fr”。$/, args.join(' '));
  }
  // zh, zh-CN, en, en-GB are all fine.
  for (const lang of ['zh', 'zh-CN', 'en', 'en-GB']) assert.equal(cli(['validate', SAMPLE_JSON, '--lang', lang]).code, 0, lang);
});

test('parse takes its default language from LANG like the other commands', () => {
  const result = cli(['parse', join(dir, 'missing.txt')], { LANG: 'en_US.UTF-8' });
  assert.equal(result.code, 2);
  assert.match(result.stderr, /^Cannot read ".*missing\.txt": no such file or folder\.$/m);
});

test('render: invalid JSON is worded as validate words it, in the chosen language', () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"meta": ');
  const zh = cli(['render', bad, '--widget', 'budget-sankey']);
  assert.equal(zh.code, 2);
  assert.equal(oneClearLine(zh.stderr), `${bad}: $：不是有效的 JSON：文本不完整或为空。`);
  const en = cli(['render', bad, '--widget', 'budget-sankey', '--lang', 'en']);
  assert.equal(en.code, 2);
  assert.match(oneClearLine(en.stderr), /^.*bad\.json: \$: Not valid JSON: /);
});

test('render without --widget says what is missing', () => {
  const result = cli(['render', SAMPLE_JSON, '--lang', 'en']);
  assert.equal(result.code, 2);
  assert.equal(result.stderr.split('\n')[0], 'Missing --widget: which widget to draw?');
});

test('parse of a text that is no disclosure: one line with the reason, exit 2 (it listed every table as not found)', () => {
  const note = join(dir, 'note.txt');
  writeFileSync(note, 'hello, not a disclosure\n');
  const zh = cli(['parse', note]);
  assert.equal(zh.code, 2);
  assert.equal(zh.stdout, '');
  assert.match(oneClearLine(zh.stderr), /^解析：无法读取——没有找到任何决算\/预算表。（另有 \d+ 条警告，--json 列出全部）$/);
  const en = cli(['parse', note, '--lang', 'en']);
  assert.match(oneClearLine(en.stderr), /^parse: unreadable — No disclosure table was found\. \(\d+ more warnings: --json lists them\)$/);
  // --json still lists every warning.
  const json = JSON.parse(cli(['parse', note, '--json']).stderr);
  assert.ok(json.warnings.length > 5);
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  assert.equal(oneClearLine(cli(['parse', empty]).stderr), '解析：无法读取——输入为空。');
});

// A new user's likeliest slip: the publication itself where its JSON belongs, and the reverse.
const SAMPLE_PDF_HEAD = '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';

test('validate, audit and render given the PDF or the published text: named as such, with the parse command (it was the engine\'s "Unexpected token")', () => {
  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, SAMPLE_PDF_HEAD);
  for (const command of [['validate'], ['audit'], ['render', '--widget', 'budget-sankey']]) {
    const [name, ...rest] = command;
    const zh = cli([name!, pdf, ...rest]);
    assert.equal(zh.code, 2, name);
    const zhLine = oneClearLine(zh.stdout + zh.stderr);
    assert.equal(zhLine, `“${pdf}”是 PDF 文件：本命令读取披露文档的 JSON。如果它是公开的部门预算或决算，请先转换：disclosure-widgets parse ${pdf} -o doc.json`, name);
    const text = cli([name!, SAMPLE_TEXT, ...rest, '--lang', 'en']);
    assert.equal(text.code, 2, name);
    const enLine = oneClearLine(text.stdout + text.stderr);
    assert.match(enLine, /" is text, not JSON: this command reads a disclosure's JSON\. If it is a published disclosure, convert it first: disclosure-widgets parse \S+linzi\S+\.txt -o doc\.json$/, name);
    assert.doesNotMatch(zhLine + enLine, /Unexpected token|position/, name);
  }
  // --json keeps its shape: the same sentence as a problem at $.
  const json = JSON.parse(cli(['validate', pdf, '--json']).stdout);
  assert.equal(json.valid, false);
  assert.deepEqual([json.problems[0].path, json.problems[0].found], ['$', 'a PDF']);
  // JSON with a syntax error is still worded with its line and column, not as "text".
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{\n  "meta" {}\n}');
  assert.match(cli(['validate', broken]).stdout, /^\$：不是有效的 JSON：第 2 行第 \d+ 列附近有误。$/m);
});

test('parse given JSON says it is JSON already (it was "partial" with every table not found, exit 1)', () => {
  const zh = cli(['parse', SAMPLE_JSON]);
  assert.equal(zh.code, 2);
  assert.equal(zh.stdout, '');
  assert.equal(oneClearLine(zh.stderr), `“${SAMPLE_JSON}”已是 JSON，不是公开的文本或 PDF：parse 把它们转为 JSON。请用 validate、audit 或 render 处理 JSON 文档。`);
  const en = cli(['parse', SAMPLE_JSON, '--lang', 'en']);
  assert.match(oneClearLine(en.stderr), /is JSON, not a published text or PDF/);
});

test('render -o chart.png is refused (it wrote SVG text under a .png name)', () => {
  const out = join(dir, 'chart.png');
  const result = cli(['render', SAMPLE_JSON, '--widget', 'budget-sankey', '-o', out, '--lang', 'en']);
  assert.equal(result.code, 2);
  assert.match(result.stderr.split('\n')[0]!, /^render writes SVG only, not ".*chart\.png": use -o chart\.svg\./);
  assert.equal(spawnSync('test', ['-e', out]).status, 1, 'no file written');
});

test('render with a bad option value: the CLI\'s line in the chosen language only, and it says nothing was drawn', () => {
  const zh = cli(['render', SAMPLE_JSON, '--widget', 'budget-sankey', '--depth', 'typo']);
  assert.equal(zh.code, 2);
  // The element's English console warning is for a page's developer: not repeated here.
  assert.deepEqual(zh.stderr.trim().split('\n'), ['depth 的值“typo”无效（可选：class、item、subitem），已改用 class。', '未生成图形：请改正上面的参数后重试。']);
});

test('validate and audit refuse an option they do not take, or a second file (both were ignored)', () => {
  const option = cli(['audit', SAMPLE_JSON, '--widget', 'budget-sankey', '--lang', 'en']);
  assert.equal(option.code, 2);
  assert.equal(option.stdout, '');
  assert.equal(option.stderr.split('\n')[0], 'Unknown option: --widget');
  const second = cli(['validate', SAMPLE_JSON, SAMPLE_JSON]);
  assert.equal(second.code, 2);
  assert.equal(second.stderr.split('\n')[0], `多余的参数：${SAMPLE_JSON}`);
  // What they do take still works: audit --rules, -, --help anywhere.
  assert.equal(cli(['audit', '--rules', '--lang', 'en']).code, 0);
  assert.equal(cli(['validate', SAMPLE_JSON, '--help']).code, 0);
});
