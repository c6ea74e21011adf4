// The cases of the comparison benchmark (scripts/bench-compare.mjs): for each, the generated
// document our element renders and the ECharts option showing the same numbers. The option is
// built from the same document before any timing starts, so ECharts is never charged for
// reading a disclosure (ours is: validation, audit, model and layout are in our time).
import type { Disclosure } from '../../src/schema/disclosure.js';
import { generateDocument, type GenerateOptions } from '../../tests/helpers/generate-document.js';
import { manySlicesDocument } from '../../tests/helpers/pie-documents.js';
import { executionDocument } from '../../tests/helpers/bars-documents.js';
import { validate } from '../../src/schema/validate.js';
import { buildFlowModel } from '../../src/model/flows.js';

export interface BenchCase {
  id: string;
  /** What the case draws, for the table. */
  label: string;
  tag: string;
  attributes: Record<string, string>;
  doc: Disclosure;
  /** The size that the per-item cost is divided by (links, slices, items). */
  items: number;
  /** ECharts option of the same numbers, or undefined where ECharts has no such chart. */
  echarts?: Record<string, unknown>;
}

const SANKEY: Record<string, GenerateOptions> = {
  '50': { classes: 5, itemsPerClass: 2, subitemsPerItem: 2, seed: 1 },
  '500': { classes: 12, itemsPerClass: 4, subitemsPerItem: 4, seed: 1 },
  '5,000': { classes: 27, itemsPerClass: 12, subitemsPerItem: 6, seed: 1 },
  '20,000': { classes: 27, itemsPerClass: 24, subitemsPerItem: 12, seed: 1 },
};

const plain = { animation: false, tooltip: { show: true } };

/** Every link of our flow model (before we merge crowded columns), as an ECharts sankey. */
function sankeyCase(size: string): BenchCase {
  const doc = generateDocument(SANKEY[size]!);
  const checked = validate(doc);
  if (!checked.ok) throw new Error('generated document is not valid');
  const built = buildFlowModel(checked.document, { money: 'all', depth: 'subitem', order: 'official' });
  if (!built.ok) throw new Error('no flow model');
  const { nodes, links } = built.model;
  return {
    id: `sankey-${size}`,
    label: `sankey ~${size} links`,
    tag: 'budget-sankey',
    attributes: { depth: 'subitem' },
    doc,
    items: links.length,
    echarts: {
      ...plain,
      series: [
        {
          type: 'sankey',
          data: nodes.map((node) => ({ name: node.id, value: node.value })),
          links: links.map((link) => ({ source: link.source, target: link.target, value: link.value })),
          label: { formatter: (params: { dataIndex: number }) => nodes[params.dataIndex]!.name },
        },
      ],
    },
  };
}

/** The 类 of 公开03表 as a pie. */
function pieCase(count: number): BenchCase {
  const doc = manySlicesDocument(count);
  const rows = doc.tables.t3!.rows.filter((row) => row.code.length === 3);
  return {
    id: `pie-${count}`,
    label: `structure pie ${count} slices`,
    tag: 'spend-structure-pie',
    attributes: {},
    doc,
    items: rows.length,
    echarts: { ...plain, series: [{ type: 'pie', radius: ['30%', '60%'], data: rows.map((row) => ({ name: row.name, value: row.values.total })) }] },
  };
}

/** Budget beside final of each explained 项, as horizontal grouped bars. */
function executionCase(count: number): BenchCase {
  const doc = executionDocument(count, 1);
  const items = doc.narrative!.execution!.items!;
  return {
    id: `execution-${count}`,
    label: `execution bars ${count} items`,
    tag: 'budget-execution',
    attributes: {},
    doc,
    items: items.length,
    echarts: barsOption(
      items.map((item) => item.label),
      items.map((item) => item.budget ?? null),
      items.map((item) => item.final ?? null),
    ),
  };
}

/** The 三公 costs of the sample, budget beside final per kind. */
function threePublicCase(doc: Disclosure): BenchCase {
  const tp = doc.narrative!.threePublic!;
  const rows = [tp.total, tp.abroad?.execution, tp.vehicles?.execution, tp.reception?.execution].filter((row) => row !== undefined);
  return {
    id: 'three-public',
    label: '三公 costs (sample)',
    tag: 'three-public-costs',
    attributes: {},
    doc,
    items: rows.length,
    echarts: barsOption(
      rows.map((row) => row!.label ?? ''),
      rows.map((row) => row!.budget ?? null),
      rows.map((row) => row!.final ?? null),
    ),
  };
}

function barsOption(labels: string[], budget: (number | null)[], final: (number | null)[]): Record<string, unknown> {
  return {
    ...plain,
    legend: {},
    grid: { left: 320, right: 40, top: 40, bottom: 20 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { interval: 0, width: 300, overflow: 'truncate' } },
    series: [
      { type: 'bar', name: '预算', data: budget },
      { type: 'bar', name: '决算', data: final },
    ],
  };
}

/** Ours only: ECharts has no scorecard, summary table or audit list to compare with. */
function oursOnly(tag: string, label: string, doc: Disclosure): BenchCase {
  return { id: tag, label, tag, attributes: {}, doc, items: 1 };
}

/** Every case, in table order. `sample` is the real 2021 决算 of tests/fixtures. */
export function benchCases(sample: Disclosure): BenchCase[] {
  return [
    ...Object.keys(SANKEY).map(sankeyCase),
    pieCase(30),
    pieCase(300),
    threePublicCase(sample),
    executionCase(50),
    executionCase(500),
    oursOnly('performance-scorecard', 'scorecard (sample)', sample),
    oursOnly('performance-summary', 'performance summary (sample)', sample),
    oursOnly('disclosure-audit', 'audit list (sample)', sample),
  ];
}
