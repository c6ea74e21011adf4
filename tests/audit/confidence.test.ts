import { expect } from '@open-wc/testing';
import { audit } from '../../src/audit/index.js';
import { unreadTables } from '../../src/audit/confidence.js';
import { edit } from './documents.js';

const unread = (table: string) => ({
  code: 'line-unread',
  line: 230,
  message: { 'zh-CN': `${table}中这一行像是数据，但无法读取。`, en: `This line in ${table} looks like data but could not be read.` },
});

describe('audit/confidence: errors on a table the parser read with doubt', () => {
  it('finds the table a warning names, and ignores warnings that do not doubt any cell', () => {
    const tables = unreadTables([
      unread('公开03表'),
      { code: 'table-absent', message: { 'zh-CN': '未找到公开09表（国有资本经营预算支出表）。', en: '' } },
      { code: 'unit-unknown', message: { 'zh-CN': '公开05表未写金额单位，按万元处理。', en: '' } },
      { code: 'columns-ambiguous', table: 't6', message: { 'zh-CN': '', en: '' } },
    ]);
    expect([...tables.entries()]).to.deep.equal([
      ['t3', ['line-unread']],
      ['t6', ['columns-ambiguous']],
    ]);
  });
  it('reports an error on a doubtful table as "could not check", keeping what was found', () => {
    const doc = edit((d) => (d.tables.t3.rows[0].values.basic = 51));
    // 201's 基本支出 of 51 against its 款 (50) and the 合计 (80) against its 类 (81).
    const plain = audit(doc).filter((f) => f.rule === 'R08');
    expect(plain.map((f) => f.severity)).to.deep.equal(['error', 'error']);
    const doubted = audit(doc, { warnings: [unread('公开03表')] }).filter((x) => x.rule === 'R08');
    expect(doubted.map((x) => x.severity)).to.deep.equal(['unchecked', 'unchecked']);
    const f = doubted.find((x) => x.message['zh-CN'].includes('201'));
    const original = plain.find((x) => x.message['zh-CN'].includes('201'))!;
    expect([f!.expected, f!.actual]).to.deep.equal([original.expected, original.actual]);
    expect(f!.message['zh-CN']).to.equal(`未能核对（公开03表未能完整读取）：${original.message['zh-CN']}`);
    expect(f!.error).to.equal('parse warnings t3:line-unread; was error');
  });
  it('leaves findings about confidently read tables, and rounding notes, as they are', () => {
    const doc = edit((d) => {
      d.tables.t3.rows[0].values.basic = 51;
      d.tables.t2.total.values.total = 110.04;
    });
    const findings = audit(doc, { warnings: [unread('公开02表')] });
    expect(findings.filter((f) => f.rule === 'R08').map((f) => [f.severity, f.cells[0]!.table])).to.deep.equal([
      ['rounding', 't2'],
      ['error', 't3'],
      ['error', 't3'],
    ]);
  });
});
