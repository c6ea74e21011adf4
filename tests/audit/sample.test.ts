// The sample 决算 (淄博市临淄区工业和信息化局 2021): exactly the slips a careful reader finds.
import { expect } from '@open-wc/testing';
import { audit } from '../../src/audit/index.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { cellKeys, fieldPaths } from './documents.js';

describe('audit of the sample document', () => {
  it('finds exactly twelve things, in rule order', async () => {
    const findings = audit(await sampleDocument());
    // 类 215 prints 5,381.03 over 款 that add up to 5,381.02 in 表2, 表3 and 表5 (two columns
    // each), and 表6 301 prints 715.64 over items adding up to 715.65: one-cent slips, noted.
    const cent = (table: string, column: string) => ['R08', 'function-hierarchy', 'rounding', 5381.02, 5381.03, `${table}:215/${column}`];
    expect(findings.map((f) => [f.rule, f.name, f.severity, f.expected, f.actual, ...(f.rule === 'R08' ? cellKeys(f).slice(0, 1) : [])])).to.deep.equal([
      cent('t2', 'total'),
      cent('t2', 'fiscal'),
      cent('t3', 'total'),
      cent('t3', 'project'),
      cent('t5', 'total'),
      cent('t5', 'project'),
      ['R14', 'table6-basic-expenditure', 'rounding', 715.65, 715.64],
      ['R14', 'table6-basic-expenditure', 'rounding', 138.51, 138.48],
      ['R22', 'operating-costs', 'warning', 144.21, 1057.22],
      ['R25', 'scorecard-weights', 'error', 5, 10],
      ['R26', 'scorecard-total', 'error', 100, 95],
      ['R28', 'missed-target-full-marks', 'warning', '≥8 个', '6 个'],
    ]);
  });
  it('R14: 表6 302 商品和服务支出 = 138.48, but its 11 items add up to 138.51', async () => {
    const [, f] = audit(await sampleDocument()).filter((x) => x.rule === 'R14');
    expect(cellKeys(f)[0]).to.equal('t6:302/amount');
    expect(f!.cells).to.have.length(12);
    expect(f!.cells[0]!.line).to.equal(327);
    expect(f!.difference).to.equal(-0.03);
    expect(f!.message['zh-CN']).to.equal('公开06表 302 商品和服务支出 = 138.48，但其款合计为 138.51');
  });
  it('R22: 机关运行经费 1,057.22 is the whole 基本支出, not close to 公用经费 144.21', async () => {
    const [f] = audit(await sampleDocument()).filter((x) => x.rule === 'R22');
    expect(cellKeys(f)).to.deep.equal(['t6:public/amount', 't5:total/basic']);
    expect(fieldPaths(f)).to.deep.equal(['narrative.operatingCosts.current']);
    expect(f!.message['zh-CN']).to.contain('可能误填了基本支出');
  });
  it('R25 and R26: scorecard 9 scores 10 on a 5-point row and totals 95 for 100 points of scores', async () => {
    const findings = audit(await sampleDocument());
    const [weights] = findings.filter((x) => x.rule === 'R25');
    const [total] = findings.filter((x) => x.rule === 'R26');
    expect(weights!.scorecard).to.equal(8);
    expect(fieldPaths(weights)[0]).to.match(/^performance\.scorecards\[8\]\.indicators\[\d+\]\.score$/);
    expect(weights!.fields![0]!.line).to.equal(941);
    expect(total!.scorecard).to.equal(8);
    expect(total!.message['zh-CN']).to.equal('“专家安全检查、行业监管费”总分为 95.00，但各项得分之和为 100.00');
  });
  it('R28: scorecard 3 gives full marks for 重点培育企业数量 ≥8个 when 6个 were reached', async () => {
    const [f] = audit(await sampleDocument()).filter((x) => x.rule === 'R28');
    expect(f!.scorecard).to.equal(2);
    expect(f!.fields![0]!.line).to.equal(750);
  });
});
