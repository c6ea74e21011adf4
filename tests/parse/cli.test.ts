// `disclosure-widgets parse`: document to -o or stdout, warnings to stderr, exit codes.
import { expect } from '@open-wc/testing';
import { parseCommand } from '../../src/cli/parse-command.js';
import type { CliIO } from '../../src/cli/io.js';
import { SAMPLE_TEXT, fixtureText } from '../helpers/fixtures.js';

function fakeIO(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIO = {
    readInput: async (path) => {
      if (path in files) return files[path]!;
      throw new Error('no such file');
    },
    writeFile: async (path, text) => {
      out.written[path] = text;
    },
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
  };
  return { io, out };
}

describe('parse CLI', () => {
  let sample: string;
  before(async () => {
    sample = await fixtureText(SAMPLE_TEXT);
  });

  it('writes the document to stdout, the warnings to stderr, and exits 0 when complete', async () => {
    const { io, out } = fakeIO({ 'in.txt': sample });
    const code = await parseCommand(['in.txt', '--lang', 'en'], io);
    expect(code).to.equal(0);
    expect(JSON.parse(out.stdout).meta.year).to.equal(2021);
    expect(out.stderr).to.contain('line 690: The level-1 indicator of "生活补助" was inferred');
    expect(out.stderr).to.contain(' — 项目效益 (30分) | 成本指标 | 生活补助');
  });

  it('writes to -o and, with --audit, prints findings after the warnings', async () => {
    const { io, out } = fakeIO({ '-': sample });
    const code = await parseCommand(['-', '-o', 'out.json', '--audit', '--lang', 'en'], io);
    expect(code).to.equal(0);
    expect(out.stdout).to.equal('');
    expect(JSON.parse(out.written['out.json']!).tables.t3.rows).to.have.length(17);
    const lines = out.stderr.trim().split('\n');
    expect(lines.findIndex((l) => /^R\d\d /.test(l))).to.be.greaterThan(lines.findIndex((l) => l.startsWith('line 690')));
    expect(out.stderr).to.contain('R26 error');
  });

  it('exits 1 for a partial document and 2 for unreadable text', async () => {
    const truncated = sample.split('\n').slice(0, 300).join('\n');
    const { io } = fakeIO({ part: truncated, junk: 'nothing here 12 34' });
    expect(await parseCommand(['part'], io)).to.equal(1);
    expect(await parseCommand(['junk'], io)).to.equal(2);
  });

  it('reports with --json as one object on stderr', async () => {
    const { io, out } = fakeIO({ 'in.txt': sample });
    await parseCommand(['in.txt', '--json'], io);
    const report = JSON.parse(out.stderr);
    expect(report.status).to.equal('complete');
    expect(report.warnings).to.have.length(2);
  });

  it('exits 2 on bad usage or an unreadable file', async () => {
    const { io, out } = fakeIO({});
    expect(await parseCommand([], io)).to.equal(2);
    expect(await parseCommand(['missing.txt'], io)).to.equal(2);
    expect(await parseCommand(['a', '--bogus'], io)).to.equal(2);
    expect(out.stderr).to.contain('no such file');
  });

  it('prints Chinese messages by default', async () => {
    const { io, out } = fakeIO({ 'in.txt': sample });
    await parseCommand(['in.txt'], io);
    expect(out.stderr).to.contain('第690行：');
  });
});

describe('parse CLI: one disclosure in several files', () => {
  const notes = ['2024年度测试局部门决算', '一、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算为300.00万元，支出决算为300.00万元，完成年初预算的100%。'].join('\n');
  const tables = ['支出决算表', '公开03表', '部门：测试局\t金额单位：万元', '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出', '201\t一般公共服务支出\t300\t100\t200'].join('\n');

  it('parses a.txt b.txt as one document to -o', async () => {
    const { io, out } = fakeIO({ 'a.txt': notes, 'b.txt': tables });
    const code = await parseCommand(['a.txt', 'b.txt', '-o', 'doc.json', '--lang', 'en'], io);
    expect(code).to.equal(1); // partial: the other eight tables are absent
    const doc = JSON.parse(out.written['doc.json']!);
    expect(doc.meta.year).to.equal(2024);
    expect(doc.narrative.execution.total.final).to.equal(300);
    expect(doc.tables.t3.rows[0].values).to.deep.equal({ total: 300, basic: 100, project: 200 });
  });

  it('rejects standard input mixed with files, and names a missing second file', async () => {
    const { io, out } = fakeIO({ 'a.txt': notes });
    expect(await parseCommand(['a.txt', '-', '--lang', 'en'], io)).to.equal(2);
    expect(out.stderr).to.contain('Unexpected argument: -');
    expect(await parseCommand(['a.txt', 'missing.txt', '--lang', 'en'], io)).to.equal(2);
    expect(out.stderr).to.contain('missing.txt');
  });
});
