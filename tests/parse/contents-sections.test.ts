// The 目录's sections against the body's headings (meta.sections, for audit rule 42): the
// body may reword a heading (西安交通 2022: "二、2022 年度部门工作任务" for the 目录's
// "二、2022 年部门工作任务", "八、政府采购情况说明" for "八、部门政府采购情况说明"; 江苏检察院
// 2019: "一、主要职责" for "一、主要职能"), which is no missing section.
import { expect } from '@open-wc/testing';
import { splitLines } from '../../src/parse/lines.js';
import { checkContents } from '../../src/parse/contents.js';
import { WarningSink } from '../../src/parse/warnings.js';

const TEXT = [
  '目 录',
  '第一部分 部门概况',
  '一、主要职能',
  '二、2022 年部门工作任务',
  '三、部门预算单位构成',
  '第二部分 其他说明情况',
  '四、部门政府采购情况说明',
  '五、部门预算绩效目标说明',
  '六、收支预算总表',
  '- 1 -',
  '',
  '第一部分 部门概况',
  '  一、主要职责',
  '  负责全市交通运输工作。',
  '  二、2022 年度部门工作任务',
  '  （一）做好道路运输管理。',
  '第二部分 其他说明情况',
  '  四、政府采购情况说明',
  '  五、部门预算绩效目标情况说明',
  '第三部分 公开报表',
].join('\n');

describe('parse/contents (the 目录’s sections against the body)', () => {
  it('finds reworded headings, misses a section the body lacks, and adds a part the 目录 leaves out', () => {
    const warnings = new WarningSink();
    const sections = checkContents(splitLines(TEXT), warnings);
    expect(sections.map((s) => [s.title, s.listed, s.printed])).to.deep.equal([
      ['第一部分 部门概况', true, true],
      ['一、主要职能', true, true],
      ['二、2022 年部门工作任务', true, true],
      ['三、部门预算单位构成', true, false],
      ['第二部分 其他说明情况', true, true],
      ['四、部门政府采购情况说明', true, true],
      ['五、部门预算绩效目标说明', true, true],
      ['第三部分 公开报表', false, true],
    ]);
    expect(sections[3]!.source.line).to.equal(5);
    // Tables are left to meta.contents: "六、收支预算总表" is not a section, but still warned
    // about; a page number caught among the entries ("- 1 -") is neither.
    expect(warnings.finish().map((w) => w.code)).to.deep.equal(['section-absent', 'section-absent']);
  });
  it('returns no sections without a 目录', () => {
    expect(checkContents(splitLines('第一部分 部门概况\n一、主要职责'), new WarningSink())).to.deep.equal([]);
  });
});
