// Every zh-CN message a reader meets for bad input reads as Chinese (issue 7, fault 9): no
// English field names or phrases ("未找到year 年度", "$.meta.year: expected ≥ 1990"). JSON
// paths, quoted values as found, cell references and format names (JSON, HTTP …) may stay.
import { expect } from '@open-wc/testing';
import { validate, validateJson } from '../../src/schema/validate.js';
import { parse } from '../../src/parse/index.js';
import { run } from '../../src/cli/main.js';
import { parseCommand } from '../../src/cli/parse-command.js';
import type { CliIO } from '../../src/cli/io.js';
import { loadProblem, type LoadFailure } from '../../components/base/load-problem.js';
import { minimalDocument } from '../helpers/minimal-document.js';
import { SAMPLE_TEXT, fixtureText, sampleDocument } from '../helpers/fixtures.js';

/** Latin words of three letters or more left once paths, quoted values and known tokens are removed. */
function englishIn(text: string): string[] {
  const stripped = text
    .replace(/\$[^\s：:，,。；;）)]*/g, ' ') // JSON paths
    .replace(/"[^"]*"|“[^”]*”/g, ' ') // values as found, quoted
    .replace(/\[[^—]*\]/g, ' ') // cell references of audit lines: [t6:302/amount@327 performance.scorecards[8]…]
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b(?:JSON|HTTP|CSV|SVG|PNG|URL|true|false|null)\b/g, ' '); // formats and JSON literals
  return stripped.match(/[A-Za-z]{3,}/g) ?? [];
}

type Mutate = (doc: Record<string, any>) => unknown;

const INVALID: Record<string, Mutate> = {
  'meta missing': (doc) => {
    delete doc.meta;
    return doc;
  },
  // A missing year is valid (meta.year is optional: a document that prints none); null is not.
  'year null': (doc) => ((doc.meta.year = null), doc),
  'year too early': (doc) => ((doc.meta.year = 1980), doc),
  'year not whole': (doc) => ((doc.meta.year = 2021.5), doc),
  'year a string': (doc) => ((doc.meta.year = '2021'), doc),
  'kind unknown': (doc) => ((doc.meta.kind = 'draft'), doc),
  'unit unknown': (doc) => ((doc.meta.unit = 'yuan'), doc),
  'unknown key': (doc) => ((doc.meta.departmnet = 'x'), doc),
  'amount with separators': (doc) => ((doc.tables.t3.rows[0].values.total = '6,443.60'), doc),
  'negative count': (doc) => ((doc.narrative = { assets: { vehicles: -4 } }), doc),
  'amount NaN': (doc) => ((doc.tables.t3.rows[0].values.basic = NaN), doc),
  'amount infinite': (doc) => ((doc.tables.t3.rows[0].values.basic = Infinity), doc),
  'amount boolean': (doc) => ((doc.tables.t3.rows[0].values.basic = true), doc),
  'bad code': (doc) => ((doc.tables.t3.rows[0].code = '20'), doc),
  'rows not an array': (doc) => ((doc.tables.t3.rows = {}), doc),
  'name too long': (doc) => ((doc.meta.department = '局'.repeat(600)), doc),
  'tables a string': (doc) => ((doc.tables = 'none'), doc),
  'schema version': (doc) => ((doc.schemaVersion = 2), doc),
  'source line zero': (doc) => ((doc.tables.t3.rows[0].source = { line: 0 }), doc),
  'unknown table': (doc) => ((doc.tables.t10 = {}), doc),
  'not an object': () => 5,
  'an array': () => [],
  nothing: () => undefined,
  'a function': () => () => 1,
  'a getter that throws': (doc) =>
    Object.defineProperty(doc, 'meta', {
      enumerable: true,
      get() {
        throw new Error('getter failed');
      },
    }),
};

function fakeIO(files: Record<string, string>) {
  const out = { text: '' };
  const io: CliIO = {
    readInput: async (path) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    writeFile: async () => undefined,
    stdout: (text) => (out.text += text),
    stderr: (text) => (out.text += text),
  };
  return { io, out };
}

describe('zh-CN messages for bad input read as Chinese', () => {
  it('validate(): every problem of a set of invalid documents', () => {
    const offending: string[] = [];
    for (const [name, mutate] of Object.entries(INVALID)) {
      const result = validate(mutate(minimalDocument() as unknown as Record<string, any>));
      expect(result.ok, name).to.equal(false);
      for (const problem of result.problems) {
        const words = englishIn(problem.message['zh-CN']);
        if (words.length) offending.push(`${name}: ${problem.message['zh-CN']} → ${words.join(' ')}`);
      }
    }
    expect(offending).to.deep.equal([]);
  });

  it('validateJson(): text that is not JSON', () => {
    for (const text of ['{ not json', '', '{"a": 1,}', '[1, 2']) {
      const result = validateJson(text);
      expect(englishIn(result.problems[0]!.message['zh-CN']), text).to.deep.equal([]);
    }
  });

  it('parse(): warnings and problems for text that lacks the year and department, with unreadable numbers', async () => {
    const sample = await fixtureText(SAMPLE_TEXT);
    const broken = sample
      .replace(/20\d\d\s*年/g, '本年')
      .replace(/淄博市临淄区工业和信息化\s*局/g, '')
      .replace('1,057.22', '1,O57.22');
    const results = [parse(broken), parse(''), parse('一些文字\n没有表格')];
    const offending: string[] = [];
    for (const result of results) {
      for (const item of [...result.warnings, ...(result.problems ?? [])]) {
        const words = englishIn(item.message['zh-CN']);
        if (words.length) offending.push(`${item.message['zh-CN']} → ${words.join(' ')}`);
      }
    }
    expect(results[0]!.warnings.map((w) => w.message['zh-CN'])).to.include('未找到年度。');
    expect(offending).to.deep.equal([]);
  });

  it('the CLI in Chinese: validate, audit and parse output, and a file that cannot be read', async () => {
    const bad = minimalDocument() as unknown as Record<string, any>;
    bad.meta.year = 1980;
    const sample = await sampleDocument();
    const text = await fixtureText(SAMPLE_TEXT);
    const { io, out } = fakeIO({
      'bad.json': JSON.stringify(bad),
      'sample.json': JSON.stringify(sample),
      'sample.txt': text.replace('1,057.22', '1,O57.22'),
    });
    await run(['validate', 'bad.json', '--lang', 'zh-CN'], io);
    await run(['validate', 'missing.json', '--lang', 'zh-CN'], io);
    await run(['audit', 'sample.json', '--lang', 'zh-CN'], io);
    await parseCommand(['sample.txt', '--audit', '--lang', 'zh-CN', '-o', 'out.json'], io);
    const offending = out.text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => [line, englishIn(line.replace(/^R\d\d /, ''))] as const)
      .filter(([, words]) => words.length)
      .map(([line, words]) => `${line} → ${words.join(' ')}`);
    expect(out.text).to.contain('$.meta.year');
    expect(offending).to.deep.equal([]);
  });

  it('the CLI in Chinese: usage mistakes (the English usage text after them aside)', async () => {
    const lines: string[] = [];
    for (const argv of [['frobnicate'], ['validate'], ['parse', 'a.txt', '--bogus'], ['parse', '-o'], ['parse', 'a', 'b']]) {
      const { io, out } = fakeIO({});
      await run([...argv, '--lang', 'zh-CN'], io);
      lines.push(out.text.split('\n')[0]!);
    }
    expect(lines.map((line) => englishIn(line.replace(/--?[\w-]+|frobnicate|\b[ab]\b/g, ' ')))).to.deep.equal([[], [], [], [], []]);
    expect(lines[0]).to.equal('未知命令：frobnicate');
  });

  it('loading failures', () => {
    const failures: LoadFailure[] = [{ status: 404 }, { status: 500 }, { status: 403 }, { status: 418 }, { html: true }, { network: true }];
    for (const failure of failures) {
      const problem = loadProblem('/data/2021.json', failure);
      expect(englishIn(problem.message['zh-CN']), JSON.stringify(failure)).to.deep.equal([]);
    }
  });
});
