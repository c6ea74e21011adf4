/** The words of <disclosure-report>: section titles, the contents, the overview. English in disclosure-report.messages.en.ts, loaded when an element first speaks it (components/base/catalogue.ts). */
import { catalogue } from '../base/catalogue.js';

export const REPORT = catalogue(
  {
    contents: '目录',
    overview: '总体情况',
    flow: '收支流向',
    structure: '支出结构',
    threePublic: '“三公”经费',
    execution: '预算执行',
    performance: '绩效评价',
    audit: '数据核对',
    scorecards: '项目绩效自评表',
    noFigures: '本文件没有收支总表（公开01表）、支出决算表（公开03表）和“三公”经费表（公开07表），无总体数据。',
    count: '{count} 个',
    source: '来源：{source}',
    line: '（原文第{line}行）',
    blank: '空白（未填报）',
    summary: '{department}{year}年度{kind}：{figures}',
    summaryEmpty: '{department}{year}年度{kind}',
    otherTables: '附：其他表格（按原样）',
    otherTablesNote: '文件中印有、但不属于九张公开表格的表格和栏目，按原文保存（未经解读，不参与核对）。',
    otherTableMeta: '（{rows}行，单位：{unit}，{why}）',
    otherRow: '项目',
    'reason-untyped': '不属于九张公开表格',
    'reason-duplicate': '与已读取的同类表格重复',
    'reason-unmapped-columns': '表格中模式未收录的栏目',
    'reason-read-with-loss': '该表未能完整读取，附原表',
    final: '部门决算',
    budget: '部门预算',
  },
  () => import('./disclosure-report.messages.en.js'),
);
