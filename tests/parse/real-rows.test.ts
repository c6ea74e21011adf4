// Real documents, row by row: the row layouts of 重庆市水利局 2026 (7-digit economic codes,
// 基本支出 split into 人员经费 | 公用经费, codes printed on the line under their names, names
// wrapped above and below their amounts). Expected cells read from
// tests/fixtures/real/chongqing-shuili-2026-budget.layout.txt by hand, not from the parser.
import { expect } from '@open-wc/testing';
import { parse, type ParseResult } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('real rows: 重庆市水利局 2026 部门预算', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/chongqing-shuili-2026-budget.layout.txt'));
  });

  it('表六 一般公共预算基本支出情况表: every row, 7-digit codes, 总计 | 人员经费 | 公用经费, over three pages', () => {
    const t6 = result.document!.tables.t6!;
    expect(t6.title).to.equal('2026年一般公共预算基本支出情况表');
    expect([t6.totals.total!.amount, t6.totals.personnel!.amount, t6.totals.public!.amount]).to.deep.equal([33325.21, 23208.51, 10116.7]);
    expect(t6.rows.map((r) => [r.code, r.name, r.amount, r.personnel, r.public])).to.deep.equal([
      ['301', '工资福利支出', 22242.59, 22189.17, 53.41],
      ['30101', '基本工资', 5571.11, 5571.11, null],
      ['30102', '津贴补贴', 1450.71, 1450.71, null],
      ['3010201', '规范性津补贴', 1282.63, 1282.63, null],
      ['3010202', '其他津补贴', 168.08, 168.08, null],
      ['30103', '奖金', 2742.18, 2742.18, null],
      ['3010301', '公务员基础绩效奖', 1766.64, 1766.64, null],
      ['3010302', '公务员年度考核奖', 795.99, 795.99, null],
      ['3010303', '年终一次性奖金', 179.54, 179.54, null],
      ['30107', '绩效工资', 5857.63, 5857.63, null],
      ['30108', '机关事业单位基本养老保险缴费', 2468.91, 2468.91, null],
      ['30109', '职业年金缴费', 1239.9, 1239.9, null],
      ['30110', '职工基本医疗保险缴费', 1074.77, 1074.77, null],
      ['30112', '其他社会保障缴费', 149.06, 149.06, null],
      ['30113', '住房公积金', 1453.13, 1453.13, null],
      ['30114', '医疗费', 135.01, 81.6, 53.41],
      ['30199', '其他工资福利支出', 100.18, 100.18, null],
      ['302', '商品和服务支出', 10051.03, null, 10051.03],
      ['30201', '办公费', 721.79, null, 721.79],
      ['30202', '印刷费', 250.95, null, 250.95],
      ['30204', '手续费', 0.55, null, 0.55],
      ['30205', '水费', 155.45, null, 155.45],
      ['30206', '电费', 579.19, null, 579.19],
      ['30207', '邮电费', 77.06, null, 77.06],
      ['30209', '物业管理费', 454.78, null, 454.78],
      ['30211', '差旅费', 409.75, null, 409.75],
      ['30212', '因公出国（境）费用', 20, null, 20],
      ['30213', '维修（护）费', 401.3, null, 401.3],
      ['30214', '租赁费', 5, null, 5],
      ['30215', '会议费', 43.8, null, 43.8],
      ['30216', '培训费', 239.37, null, 239.37],
      ['30217', '公务接待费', 39.5, null, 39.5],
      ['30226', '劳务费', 4010, null, 4010],
      ['30228', '工会经费', 1206.83, null, 1206.83],
      ['30231', '公务用车运行维护费', 220, null, 220],
      ['30239', '其他交通费用', 421.32, null, 421.32],
      ['30299', '其他商品和服务支出', 794.39, null, 794.39],
      ['303', '对个人和家庭的补助', 1027.72, 1019.34, 8.38],
      ['30301', '离休费', 17.07, 17.07, null],
      ['3030101', '离休费', 3.91, 3.91, null],
      ['3030102', '离休生活性补贴', 3.86, 3.86, null],
      ['3030103', '离休其他补贴', 4.72, 4.72, null],
      ['3030104', '离休健康休养费', 4.57, 4.57, null],
      ['30305', '生活补助', 935.87, 935.87, null],
      ['30307', '医疗费补助', 74.78, 66.4, 8.38],
      ['310', '资本性支出', 3.88, null, 3.88],
      ['31002', '办公设备购置', 3.88, null, 3.88],
    ]);
    expect(result.reads!.t6!.confidence).to.equal(1);
  });

  it('表二 收入总体情况表: codes printed under their names, names wrapped above and below the amounts', () => {
    const t2 = result.document!.tables.t2!;
    expect(t2.rows.slice(0, 14).map((r) => [r.code, r.name, r.values.total])).to.deep.equal([
      ['201', '一般公共服务支出', 59.56],
      ['20103', '政府办公厅（室）及相关机构事务', 59.56],
      ['2010305', '专项业务及机关事务管理', 59.56],
      ['205', '教育支出', 33862.49],
      ['20503', '职业教育', 33668.32],
      ['2050305', '高等职业教育', 33668.32],
      ['20508', '进修及培训', 12.17],
      ['2050803', '培训支出', 12.17],
      ['20598', '超长期特别国债安排的支出', 182],
      ['2059803', '职业教育', 182],
      ['208', '社会保障和就业支出', 5932.26],
      ['20805', '行政事业单位养老支出', 5932.26],
      ['2080501', '行政单位离退休', 12.5],
      ['2080505', '机关事业单位基本养老保险缴费支出', 3043.23],
    ]);
    expect(t2.uncoded).to.equal(undefined);
    const codeWarnings = result.warnings.filter((w) => /^code-/.test(w.code));
    expect(codeWarnings).to.deep.equal([]);
  });

  it('says how sure it is of each table (reads)', () => {
    const reads = result.reads!;
    expect(Object.keys(reads).sort()).to.deep.equal(['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8']);
    for (const read of Object.values(reads)) {
      expect(read!.confidence).to.be.within(0, 1);
      expect(read!.lines[0]).to.be.at.most(read!.lines[1]);
    }
    expect(reads.t3!.confidence).to.equal(1);
    expect(reads.t3!.warnings).to.deep.equal([]);
  });
});

describe('real rows: 西安市交通运输局 2022 部门综合预算 (表2 by unit: 序号 | 单位编码 | 单位名称)', () => {
  let result: ParseResult;
  before(async () => {
    result = parse(await fixtureText('real/xian-jiaotong-2022-budget.layout.txt'));
  });

  it('表2 收入总表: the 合计 row and every unit with its 单位编码, the 序号 dropped, no 功能分类 code invented', () => {
    const t2 = result.document!.tables.t2!;
    expect(t2.total).to.deep.include({ name: '合计' });
    expect(t2.total!.values.total).to.equal(74868.34);
    expect(t2.rows).to.deep.equal([]);
    // "2 222 西安市交通运输局 74868.34" is the department (= 合计), not a 13th unit: the twelve
    // 2220xx units add up to 74868.34 on their own.
    expect(t2.units!.map((u) => [u.code, u.name, u.values?.total])).to.deep.equal([
      ['222001', '西安市交通运输局', 44572.5],
      ['222002', '西安市出租汽车管理处', 2074.57],
      ['222003', '西安市交通运输管理处', 9076.59],
      ['222004', '西安市交通职业培训中心', 595.82],
      ['222005', '西安市汽车维修行业管理处', 1098.92],
      ['222006', '陕西省西安公路管理局', 14903.46],
      ['222007', '西安市公路工程管理处', 573.68],
      ['222008', '西安交通基本建设工程质量监督站', 269.88],
      ['222009', '西安市交通信息中心', 614.64],
      ['222010', '西安市交通发展研究中心', 565.18],
      ['222011', '西安市收费公路管理中心', 105.1],
      ['222012', '西安市邮政业安全发展中心', 418],
    ]);
    expect(result.warnings.filter((w) => w.code === 'code-malformed' && w.line! >= 455 && w.line! <= 492)).to.deep.equal([]);
  });
});
