import { expect } from '@open-wc/testing';
import { blankName, qualifyNames, shownName } from '../../src/format/names.js';
import { buildFlowModel } from '../../src/model/flows.js';
import { sampleDocument } from '../helpers/fixtures.js';

describe('format/names: qualifyNames', () => {
  it('shows a name the document left blank as its code, else as a placeholder, never empty', () => {
    const names = qualifyNames([
      { id: 'a', name: '', code: '30108' },
      { id: 'b', name: '  ', code: '30199' },
      { id: 'c', name: '' },
      { id: 'd', name: '', parents: ['生态效益'] },
    ], 'en');
    expect(names.get('a')).to.equal('30108');
    expect(names.get('b')).to.equal('30199');
    // Two blanks without a code: the placeholder, told apart (by parents, else ids).
    expect(names.get('c')).to.contain(blankName('en'));
    expect(names.get('d')).to.contain(blankName('en'));
    expect(names.get('c')).to.not.equal(names.get('d'));
    expect(shownName('', 'zh-CN')).to.equal('（未印名称）');
    expect(shownName('行政运行', 'en', '2010101')).to.equal('行政运行');
  });

  it('leaves unique names as printed', () => {
    const names = qualifyNames([
      { id: 'a', name: '人大事务', code: '20101' },
      { id: 'b', name: '行政运行', code: '2010101', parents: ['人大事务'] },
    ]);
    expect([...names.values()]).to.deep.equal(['人大事务', '行政运行']);
  });

  it('adds the nearest parent where two marks share a name', () => {
    const names = qualifyNames([
      { id: 'a', name: '行政运行', code: '2010101', parents: ['人大事务', '一般公共服务支出'] },
      { id: 'b', name: '行政运行', code: '2010301', parents: ['政府办公厅（室）及相关机构事务', '一般公共服务支出'] },
    ]);
    expect(names.get('a')).to.equal('行政运行（人大事务）');
    expect(names.get('b')).to.equal('行政运行（政府办公厅（室）及相关机构事务）');
    expect(qualifyNames([{ id: 'a', name: 'X', parents: ['P'] }, { id: 'b', name: 'X', parents: ['Q'] }], 'en').get('a')).to.equal('X (P)');
  });

  it('goes up a level when the parents share a name too, and falls back to the code', () => {
    const names = qualifyNames([
      { id: 'a', name: '行政运行', code: '2019901', parents: ['其他事务', '一般公共服务支出'] },
      { id: 'b', name: '行政运行', code: '2089901', parents: ['其他事务', '社会保障和就业支出'] },
      { id: 'c', name: '其他支出', code: '2290101', parents: ['其他支出'] },
      { id: 'd', name: '其他支出', code: '2290201', parents: ['其他支出'] },
      { id: 'e', name: '其他支出', code: '2290301' },
    ]);
    expect(names.get('a')).to.equal('行政运行（一般公共服务支出/其他事务）');
    expect(names.get('b')).to.equal('行政运行（社会保障和就业支出/其他事务）');
    expect([names.get('c'), names.get('d'), names.get('e')]).to.deep.equal(['其他支出（2290101）', '其他支出（2290201）', '其他支出（2290301）']);
  });

  it('tells apart the sample’s two 一般行政管理事务 at depth 项 (the model carries their parents)', async () => {
    const result = buildFlowModel(await sampleDocument(), { depth: 'subitem' });
    if (!result.ok) throw new Error('the sample builds');
    const twins = result.model.nodes.filter((node) => node.name === '一般行政管理事务');
    expect(twins.map((node) => node.code)).to.deep.equal(['2013202', '2013602']);
    expect(twins.map((node) => node.parents)).to.deep.equal([
      ['组织事务', '一般公共服务支出'],
      ['其他共产党事务支出', '一般公共服务支出'],
    ]);
    const names = qualifyNames(result.model.nodes.filter((node) => node.code));
    expect(twins.map((node) => names.get(node.id))).to.deep.equal(['一般行政管理事务（组织事务）', '一般行政管理事务（其他共产党事务支出）']);
  });
});
