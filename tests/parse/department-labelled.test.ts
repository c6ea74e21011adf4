// The department of a file of tables published apart from its 情况说明 (no cover page): read
// from a "部门名称      北京市统计局" label line (a 绩效目标表's), not left blank — a blank
// department made every English title read "Money flows of , budget 2026".
import { expect } from '@open-wc/testing';
import { parse } from '../../src/parse/index.js';
import { fixtureText } from '../helpers/fixtures.js';

describe('department from a space-aligned label when there is no cover', () => {
  it('the Beijing tables file: 北京市统计局 from line 1541, no missing-department warning', async () => {
    const result = parse(await fixtureText('real/beijing-tongji-2026-budget-2-tables.layout.txt'));
    expect(result.document!.meta.department).to.equal('北京市统计局');
    expect(result.document!.meta.source?.line).to.equal(1541);
    expect(result.warnings.some((w) => w.code === 'meta-missing' && /部门/.test(w.message['zh-CN']))).to.equal(false);
  });

  it('a cover still wins over a label further down (a unit named in a later table)', () => {
    const text = ['测试局2023年部门预算', '', '单位名称      测试局下属中心', '部门名称      另一个单位'].join('\n');
    expect(parse(text).document?.meta.department ?? parse(text).warnings.map((w) => w.message.en).join(' | ')).to.equal('测试局');
  });
});
