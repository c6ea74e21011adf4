// 公开06表 一般公共预算财政拨款基本支出决算表 printed as three (科目编码 | 科目名称 | 决算数) groups
// side by side under 人员经费 | 公用经费 (河南 layout): 301/303 on the left, 302 in the middle,
// 310/399 on the right, columns of unequal length, blank amounts, 人员经费合计 and 公用经费合计
// on the last line. Synthetic text: tests/fixtures/variants/final-basic-expenditure-three-groups.txt.
import { expect } from '@open-wc/testing';
import { finalVariant, lineOf } from './final-variants-helpers.js';

describe('parse 决算 公开06表: three column groups side by side', () => {
  it('reads every 经济分类 row once, in code order, with its amount (blank null)', async () => {
    const { doc, warned, faults } = await finalVariant('final-basic-expenditure-three-groups');
    const t6 = doc.tables.t6!;
    expect(t6.rows.map((r) => [r.code, r.name, r.amount])).to.deep.equal([
      ['301', '工资福利支出', 1090.7],
      ['30101', '基本工资', 300],
      ['30102', '津贴补贴', 250],
      ['30103', '奖金', 50],
      ['30107', '绩效工资', 200],
      ['30108', '机关事业单位基本养老保险缴费', 110.2],
      ['30109', '职业年金缴费', 50],
      ['30110', '职工基本医疗保险缴费', 70.1],
      ['30113', '住房公积金', 60.4],
      ['30199', '其他工资福利支出', null],
      ['302', '商品和服务支出', 150],
      ['30201', '办公费', 40],
      ['30205', '水费', 5],
      ['30206', '电费', 15],
      ['30211', '差旅费', 20],
      ['30216', '培训费', 8],
      ['30217', '公务接待费', 2],
      ['30228', '工会经费', 20],
      ['30229', '福利费', 10],
      ['30231', '公务用车运行维护费', 18],
      ['30299', '其他商品和服务支出', 12],
      ['303', '对个人和家庭的补助', 20.3],
      ['30302', '退休费', 15.3],
      ['30305', '生活补助', 5],
      ['310', '资本性支出', 10],
      ['31002', '办公设备购置', 10],
      ['31013', '公务用车购置', null],
      ['399', '其他支出', null],
      ['39999', '其他支出', null],
    ]);
    expect(lineOf(t6.totals.personnel)).to.deep.equal(['人员经费合计', null, 1111]);
    expect(lineOf(t6.totals.public)).to.deep.equal(['公用经费合计', null, 160]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});

// The same table in two groups (人员经费 | 公用经费, 四川 layout): 310 and 399 continue under 302
// in the right group. Synthetic text: tests/fixtures/variants/final-basic-expenditure-two-groups.txt.
describe('parse 决算 公开06表: two column groups side by side', () => {
  it('reads the right group past 302 (310, 399) and both 合计 lines', async () => {
    const { doc, warned, faults } = await finalVariant('final-basic-expenditure-two-groups');
    const t6 = doc.tables.t6!;
    expect(t6.rows).to.have.length(29);
    const amount = (code: string) => t6.rows.find((r) => r.code === code)?.amount;
    expect([amount('301'), amount('303'), amount('30305'), amount('302'), amount('30299'), amount('310'), amount('31002'), amount('31013'), amount('399')]).to.deep.equal([
      1090.7, 20.3, 5, 150, 12, 10, 10, null, null,
    ]);
    expect(lineOf(t6.totals.personnel)).to.deep.equal(['人员经费合计', null, 1111]);
    expect(lineOf(t6.totals.public)).to.deep.equal(['公用经费合计', null, 160]);
    expect(warned).to.deep.equal([]);
    expect(faults).to.deep.equal([]);
  });
});
