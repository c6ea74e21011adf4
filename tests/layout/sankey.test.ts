import { expect } from '@open-wc/testing';
import { buildFlowModel } from '../../src/model/flows.js';
import type { FlowModel, FlowModelOptions } from '../../src/model/sankey-types.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { layoutSankey } from '../../src/layout/sankey.js';
import type { LabelBox, SankeyLayout } from '../../src/layout/sankey-types.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { generateDocument } from '../helpers/generate-document.js';
import { deepFreeze } from '../model/flow-checks.js';
import { crowdedModel } from '../helpers/crowded-model.js';

function model(doc: Disclosure, options?: FlowModelOptions): FlowModel {
  const result = buildFlowModel(doc, options);
  if (!result.ok) throw new Error('no model');
  return result.model;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.01 && b.x < a.x + a.width - 0.01 && a.y < b.y + b.height - 0.01 && b.y < a.y + a.height - 0.01;

/** Every label within the layout, clear of every other label, every bar and every band's span. */
function checkLabels(layout: SankeyLayout): LabelBox[] {
  const labels = layout.nodes.map((n) => n.label).filter((l): l is LabelBox => l !== null);
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    expect(a.x, 'label inside').to.be.at.least(-0.01);
    expect(a.y, 'label inside').to.be.at.least(-0.01);
    expect(a.x + a.width, 'label inside').to.be.at.most(layout.width + 0.01);
    expect(a.y + a.height, 'label inside').to.be.at.most(layout.height + 0.01);
    for (let j = i + 1; j < labels.length; j++) expect(intersects(a, labels[j]!), `${a.lines[0]} × ${labels[j]!.lines[0]}`).to.equal(false);
    for (const n of layout.nodes) {
      expect(intersects(a, { x: n.x0, y: n.y0, width: n.x1 - n.x0, height: n.y1 - n.y0 }), `${a.lines[0]} on bar ${n.id}`).to.equal(false);
    }
    // Bands run between a column's band start and the next column's bars: never through a label strip.
    for (const link of layout.links) {
      const numbers = link.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const horizontal = layout.orientation === 'horizontal';
      const from = horizontal ? numbers[0]! : numbers[1]!;
      const to = horizontal ? numbers[numbers.length - 2]! : numbers[numbers.length - 1]!;
      const [lo, hi] = horizontal ? [a.x, a.x + a.width] : [a.y, a.y + a.height];
      expect(hi <= from + 0.01 || lo >= to - 0.01, `${a.lines[0]} on band ${link.id}`).to.equal(true);
    }
  }
  expect(layout.fontSize).to.be.at.least(12);
  return labels;
}

/** Along the packing axis (y in a column, x in a stage): how far a label is from its own bar. */
function gapToBar(layout: SankeyLayout, node: SankeyLayout['nodes'][number]): number {
  const label = node.label!;
  const horizontal = layout.orientation === 'horizontal';
  const [s0, s1] = horizontal ? [label.y, label.y + label.height] : [label.x, label.x + label.width];
  const [b0, b1] = horizontal ? [node.y0, node.y1] : [node.x0, node.x1];
  return s0 >= b1 ? s0 - b1 : s1 <= b0 ? b0 - s1 : 0;
}

/**
 * Every label stays with its own bar: it overlaps the bar's span, or it is at most two lines
 * (32 px at 12 px) away and a leader runs from the bar's end to the label's edge. A label
 * over another node's panel has its own panel (so two labels never share one tinted panel),
 * and no label panel covers another label or any bar.
 */
function checkTies(layout: SankeyLayout): void {
  const horizontal = layout.orientation === 'horizontal';
  const bar = (n: SankeyLayout['nodes'][number]) => ({ x: n.x0, y: n.y0, width: n.x1 - n.x0, height: n.y1 - n.y0 });
  const rect = (p: { x0: number; y0: number; x1: number; y1: number }) => ({ x: p.x0, y: p.y0, width: p.x1 - p.x0, height: p.y1 - p.y0 });
  for (const node of layout.nodes) {
    const label = node.label;
    if (!label) continue;
    const name = label.lines[0];
    const gap = gapToBar(layout, node);
    expect(gap, `${name}: ${gap} px from its bar`).to.be.at.most(32);
    const [s0, s1] = horizontal ? [label.y, label.y + label.height] : [label.x, label.x + label.width];
    const [b0, b1] = horizontal ? [node.y0, node.y1] : [node.x0, node.x1];
    if (s1 <= b0 || s0 >= b1) {
      expect(label.leader, `${name} is off its bar with no leader`).to.not.equal(undefined);
      const [first, last] = [label.leader![0]!, label.leader![label.leader!.length - 1]!];
      // From the end of its own bar …
      if (horizontal) {
        expect(first[0]).to.be.closeTo(node.x1, 0.5);
        expect(first[1]).to.be.within(node.y0 - 0.5, node.y1 + 0.5);
      } else {
        expect(first[1]).to.be.closeTo(node.y1, 0.5);
        expect(first[0]).to.be.within(node.x0 - 0.5, node.x1 + 0.5);
      }
      // … to the label's edge.
      expect(last[0]).to.be.within(label.x - 1.5, label.x + label.width + 1.5);
      expect(last[1]).to.be.within(label.y - 1.5, label.y + label.height + 1.5);
    }
    for (const other of layout.nodes) {
      if (other === node) continue;
      if (other.panel && intersects(label, rect(other.panel))) {
        expect(label.panel, `${name} sits on ${other.id}'s panel without its own`).to.not.equal(undefined);
        const panel = label.panel!;
        expect(panel.x0 <= label.x && panel.y0 <= label.y && panel.x1 >= label.x + label.width - 0.01 && panel.y1 >= label.y + label.height - 0.01, `${name}'s panel holds it`).to.equal(true);
      }
      if (label.panel) {
        expect(label.panel.x0, `${name}'s panel inside`).to.be.at.least(-0.01);
        expect(label.panel.x1, `${name}'s panel inside`).to.be.at.most(layout.width + 0.01);
        expect(intersects(rect(label.panel), bar(other)), `${name}'s panel on bar ${other.id}`).to.equal(false);
        if (other.label) expect(intersects(rect(label.panel), other.label), `${name}'s panel on ${other.label.lines[0]}`).to.equal(false);
      }
    }
  }
}

describe('layoutSankey on the sample', () => {
  let m: FlowModel;
  before(async () => {
    m = model(await sampleDocument());
  });

  it('lays out left to right at 960 px, positions pinned', () => {
    const layout = layoutSankey(m, { width: 960, height: 400 });
    expect(layout.orientation).to.equal('horizontal');
    expect(layout.error).to.equal(undefined);
    expect(layout.width).to.equal(960);
    expect(layout.height).to.equal(400);
    const pinned = Object.fromEntries(layout.nodes.map((n) => [n.id, [n.x0, n.y0, n.x1, n.y1].map((x) => Math.round(x))]));
    expect(pinned).to.deep.equal({
      'income:generalBudget': [0, 15, 12, 396],
      total: [267, 15, 279, 397],
      'fn:201': [461, 0, 473, 64],
      'fn:208': [461, 72, 473, 74],
      'fn:215': [461, 82, 473, 400],
      'exp:basic': [716, 0, 728, 64],
      'exp:project': [716, 79, 728, 400],
      'cost:personnel': [892, 0, 904, 54],
      'cost:public': [892, 62, 904, 71],
    });
    const basic = layout.nodes.find((n) => n.id === 'exp:basic')!;
    expect(basic.label!.lines).to.deep.equal(['基本支出', '1,057.22']);
    expect(basic.value).to.equal(1057.22);
  });

  it('joins each bar to where its bands leave with a label panel over the node\'s own breadth', () => {
    const layout = layoutSankey(m, { width: 960, height: 400 });
    const start = (path: string) => Number(/^M([\d.]+)/.exec(path)![1]);
    for (const node of layout.nodes) {
      const out = layout.links.filter((link) => link.source === node.id);
      if (!out.length) continue;
      expect(node.panel, node.id).to.not.equal(undefined);
      expect(node.panel!.x0).to.equal(node.x1);
      expect([node.panel!.y0, node.panel!.y1]).to.deep.equal([node.y0, node.y1]);
      for (const link of out) expect(start(link.path)).to.be.closeTo(node.panel!.x1, 0.01);
      // Its label sits in the panel's strip, not beyond it.
      expect(node.label!.x).to.be.at.least(node.panel!.x0);
      expect(node.label!.x + node.label!.width).to.be.at.most(node.panel!.x1 + 0.01);
    }
  });

  it('is deterministic', () => {
    expect(layoutSankey(m, { width: 960 })).to.deep.equal(layoutSankey(m, { width: 960 }));
  });

  it('does not mutate the model', () => {
    const frozen = deepFreeze(structuredClone(m));
    const before = JSON.stringify(frozen);
    const layout = layoutSankey(frozen, { width: 960 });
    expect(layout.error).to.equal(undefined);
    expect(layout.nodes).to.have.length(m.nodes.length);
    expect(JSON.stringify(frozen)).to.equal(before);
  });

  it('keeps labels apart from each other, the bars and the bands, at ≥ 12 px', () => {
    for (const width of [1280, 960, 640, 560]) {
      const layout = layoutSankey(m, { width, fontSize: 8 });
      checkLabels(layout);
      checkTies(layout);
    }
    expect(layoutSankey(m, { width: 960, fontSize: 8 }).fontSize).to.equal(12);
  });

  it('draws a tiny flow at the minimum band, marked exaggerated, value unchanged', () => {
    const layout = layoutSankey(m, { width: 960, height: 300, minBand: 4 });
    const tiny = layout.links.find((l) => l.id === 'total->fn:208')!;
    expect(tiny.width).to.be.at.least(4 - 0.01);
    expect(tiny.exaggerated).to.equal(true);
    expect(tiny.value).to.equal(17.98);
    const big = layout.links.find((l) => l.id === 'total->fn:215')!;
    expect(big.exaggerated).to.equal(false);
    for (const l of layout.links) expect(l.width).to.be.at.least(4 - 0.01);
  });

  it('uses d3-shape link paths (cubic curves)', () => {
    const layout = layoutSankey(m, { width: 960 });
    for (const l of layout.links) expect(l.path).to.match(/^M[\d.,-]+C[\d.,-]+$/);
  });

  it('goes top to bottom below narrowBelow, without horizontal overflow', () => {
    for (const width of [320, 360, 400]) {
      const layout = layoutSankey(m, { width });
      expect(layout.orientation).to.equal('vertical');
      expect(layout.width).to.be.at.most(width);
      for (const n of layout.nodes) {
        expect(n.x0).to.be.at.least(-0.01);
        expect(n.x1).to.be.at.most(width + 0.01);
      }
      checkLabels(layout);
      checkTies(layout);
      // Every node is labelled but 社会保障和就业支出 (17.98 of 6,443.60, a 2 px bar between two
      // wide ones): its label could only sit beside another bar, so the tooltip names it.
      expect(layout.nodes.filter((n) => !n.label).map((n) => n.id)).to.deep.equal(['fn:208']);
    }
    expect(layoutSankey(m, { width: 700, narrowBelow: 800 }).orientation).to.equal('vertical');
    expect(layoutSankey(m, { width: 360, orientation: 'horizontal' }).orientation).to.equal('horizontal');
  });

  it('formats amounts in the label for the language', () => {
    const layout = layoutSankey(m, { width: 960, lang: 'en' });
    const basic = layout.nodes.find((n) => n.id === 'exp:basic')!;
    expect(basic.label!.lines).to.deep.equal(['Basic expenditure', '1,057.22']);
  });

  it('wraps or truncates long names in narrow strips', () => {
    const long = structuredClone(m);
    long.nodes[0]!.name = '一个非常非常非常非常非常非常非常非常非常长的收入名称用来测试换行与截断';
    const layout = layoutSankey(long, { width: 560 });
    const label = layout.nodes.find((n) => n.id === long.nodes[0]!.id)!.label!;
    expect(label.truncated).to.equal(true);
    expect(label.lines.length).to.equal(3);
    expect(label.lines[1]!.endsWith('…')).to.equal(true);
    checkLabels(layout);
  });

  it('turns a circular link into an error, not a throw', () => {
    const circular = structuredClone(m);
    circular.links.push({ id: 'loop', source: 'cost:public', target: 'total', value: 1, provenance: { cells: [] } });
    const layout = layoutSankey(circular, { width: 960 });
    expect(layout.error!.en).to.contain('circular');
    expect(layout.nodes).to.deep.equal([]);
    const missing = structuredClone(m);
    missing.links.push({ id: 'x', source: 'nowhere', target: 'total', value: 1, provenance: { cells: [] } });
    expect(layoutSankey(missing, { width: 960 }).error).to.exist;
  });
});

describe('labels at the crowded foot of a column stay with their own bars', () => {
  // The real failure: a 决算 whose function column ends in small classes and 年末结转和结余;
  // labels were pushed up to 44 px (here up to 117 px) from their bars, so "年末结转和结余
  // 100.00" sat beside 住房保障支出's bar, and one tinted panel held two labels.
  const m = crowdedModel();
  for (const [width, height] of [
    [960, 300],
    [960, 400],
    [720, 280],
    [360, undefined],
  ] as const) {
    it(`ties every label to its bar, or leaves it to 其他 and the tooltip, at ${width}×${height ?? 'auto'}`, () => {
      const layout = layoutSankey(m, { width, height });
      expect(layout.error).to.equal(undefined);
      checkLabels(layout);
      checkTies(layout);
      // Whatever lost its label went into 其他: at most one drawn node is unlabelled.
      expect(layout.nodes.filter((n) => !n.label).length).to.be.at.most(1);
      for (const id of ['fn:201', 'fn:221']) expect(layout.nodes.find((n) => n.id === id)!.label, id).to.not.equal(null);
    });
  }

  it('holds on generated documents of every shape, carry-overs included', () => {
    for (let seed = 1; seed <= 24; seed++) {
      const doc = generateDocument({ classes: 2 + (seed % 12), itemsPerClass: 1 + (seed % 4), subitemsPerItem: 1 + (seed % 3), seed, carryOver: seed % 2 === 0 });
      const generated = model(doc, { depth: (['class', 'item', 'subitem'] as const)[seed % 3] });
      for (const width of [1200, 720, 360]) {
        const layout = layoutSankey(generated, { width });
        expect(layout.error).to.equal(undefined);
        checkLabels(layout);
        checkTies(layout);
      }
    }
  });

  it('keeps 年末结转和结余 labelled and tied to its own bar at 960×300', () => {
    const layout = layoutSankey(m, { width: 960, height: 300 });
    const carry = layout.nodes.find((n) => n.id === 'carryOverEnd')!;
    expect(carry.label!.lines).to.deep.equal(['年末结转和结余', '100.00']);
    expect(gapToBar(layout, carry)).to.be.at.most(32);
    // Moved up beside 住房保障支出's bar for room, it says whose it is: a leader from its own
    // bar, and its own panel over 住房保障支出's.
    const housing = layout.nodes.find((n) => n.id === 'fn:221')!;
    expect(carry.label!.y).to.be.below(housing.y1);
    expect(carry.label!.leader).to.not.equal(undefined);
    expect(carry.label!.panel).to.not.equal(undefined);
  });
});

describe('layoutSankey on a large consolidated document', () => {
  const doc = generateDocument({ classes: 12, itemsPerClass: 6, subitemsPerItem: 5, seed: 11 });
  const m = model(doc, { depth: 'subitem' });

  it('has hundreds of 项', () => {
    expect(m.nodes.filter((n) => n.kind === 'functionClass').length).to.be.greaterThan(300);
  });

  for (const [width, height] of [
    [960, 600],
    [360, 640],
  ] as const) {
    it(`merges small nodes so no labels collide at ${width}×${height}`, () => {
      const layout = layoutSankey(m, { width, height });
      expect(layout.error).to.equal(undefined);
      checkLabels(layout);
      checkTies(layout);
      const other = layout.nodes.find((n) => n.id === 'other:2')!;
      expect(other.kind).to.equal('other');
      expect(other.label!.lines[0]).to.match(/^其他 \(\d+项\)$/);
      expect(other.merged!.length).to.be.greaterThan(100);
      const shown = layout.nodes.filter((n) => n.kind === 'functionClass').length;
      expect(shown + other.merged!.length).to.equal(m.nodes.filter((n) => n.kind === 'functionClass').length);
      // Merged links carry the summed value; the model's total flows through the hub.
      const intoColumn2 = layout.links.filter((l) => l.source === 'total').reduce((s, l) => s + (l.value ?? 0), 0);
      expect(intoColumn2).to.be.closeTo(m.total, 0.01);
    });
  }

  it('expands a merged group when its id is in expanded, labels still apart', () => {
    const layout = layoutSankey(m, { width: 960, height: 600, expanded: new Set(['other:2']) });
    expect(layout.nodes.some((n) => n.id === 'other:2')).to.equal(false);
    expect(layout.nodes.filter((n) => n.kind === 'functionClass').length).to.equal(m.nodes.filter((n) => n.kind === 'functionClass').length);
    checkLabels(layout);
    checkTies(layout);
  });

  it('measures only the labels it may draw, however long the column (cost follows what is drawn)', () => {
    // 369 and 10,809 function nodes: the labels measured (sized and wrapped) stay a few dozen,
    // the ones drawn plus those tried for room, not one per node merged into 其他.
    for (const big of [m, model(generateDocument({ classes: 27, itemsPerClass: 20, subitemsPerItem: 20, seed: 5 }), { depth: 'subitem' })]) {
      for (const [width, height] of [
        [960, 600],
        [960, undefined],
        [360, undefined],
      ] as const) {
        const layout = layoutSankey(big, { width, height });
        const drawn = layout.nodes.filter((n) => n.label).length;
        expect(layout.labelsMeasured, `${big.nodes.length} nodes at ${width}`).to.be.at.most(80);
        expect(layout.labelsMeasured).to.be.at.least(drawn);
      }
    }
  });

  it('chooses a height from the content when none is given', () => {
    const layout = layoutSankey(m, { width: 960 });
    expect(layout.height).to.be.within(280, 720);
    checkLabels(layout);
    checkTies(layout);
    const phone = layoutSankey(m, { width: 360 });
    expect(phone.height).to.be.greaterThan(300);
    checkLabels(phone);
    checkTies(phone);
  });
});
