import { expect } from '@open-wc/testing';
import { buildPieModel } from '../../src/model/pie.js';
import { fitPie, type FittedPie } from '../../src/layout/pie-fit.js';
import { arcPath, layoutPie } from '../../src/layout/pie.js';
import { distribute } from '../../src/layout/pie-distribute.js';
import type { PieItem } from '../../src/model/pie-items.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { manySlicesDocument, twentyItemsDocument } from '../helpers/pie-documents.js';

function root(doc: Disclosure): PieItem {
  const result = buildPieModel(doc, 'class');
  if (!result.ok) throw new Error('no model');
  return result.model.root;
}

function fit(item: PieItem, width: number, minShare = 2): FittedPie {
  return fitPie(item, {
    width,
    variant: 'donut',
    narrowBelow: 480,
    minShare,
    centre: ['合计', '6,443.60', '万元'],
    text: (slice) => ({ name: slice.item?.name ?? `其他 (${slice.members!.length}项)`, figure: `${slice.share}% · ${slice.value}` }),
  });
}

type Rect = { x0: number; y0: number; x1: number; y1: number };
function boxOf(label: FittedPie['layout']['labels'][number]): Rect {
  const x0 = label.anchor === 'start' ? label.x : label.x - label.width;
  return { x0, y0: label.y, x1: x0 + label.width, y1: label.y + label.height };
}
const meet = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** No label meets another, the ring, or leaves the drawing; every leader stays outside the ring. */
function checkLabels({ layout }: FittedPie): void {
  const boxes = layout.labels.map(boxOf);
  boxes.forEach((box, i) => {
    expect(box.x0, 'inside left').to.be.at.least(0);
    expect(box.x1, 'inside right').to.be.at.most(layout.width + 0.5);
    expect(box.y0, 'inside top').to.be.at.least(0);
    expect(box.y1, 'inside bottom').to.be.at.most(layout.height + 0.5);
    // The nearest point of the box to the centre lies outside the ring.
    const nx = Math.max(box.x0, Math.min(layout.cx, box.x1));
    const ny = Math.max(box.y0, Math.min(layout.cy, box.y1));
    expect(Math.hypot(nx - layout.cx, ny - layout.cy), 'label off the ring').to.be.greaterThan(layout.r);
    boxes.slice(i + 1).forEach((other) => expect(meet(box, other), 'labels overlap').to.equal(false));
  });
  for (const label of layout.labels) {
    const [, elbow, end] = label.leader;
    for (let step = 0; step <= 20; step++) {
      const x = elbow![0] + ((end![0] - elbow![0]) * step) / 20;
      const y = elbow![1] + ((end![1] - elbow![1]) * step) / 20;
      expect(Math.hypot(x - layout.cx, y - layout.cy), 'leader over the ring').to.be.at.least(layout.r);
    }
  }
  expect(layout.fontSize).to.be.at.least(12);
}

describe('layoutPie', () => {
  it('draws the sample clockwise from 12 o’clock, the last slice closing the circle', async () => {
    const fitted = fit(root(await sampleDocument()), 1200);
    const { arcs } = fitted.layout;
    expect(fitted.layout.mode).to.equal('labels');
    expect(arcs.map((arc) => arc.id)).to.deep.equal(['t3:201', 't3:208', 't3:215']);
    expect(arcs[0]!.start).to.equal(0);
    expect(arcs[1]!.start).to.be.closeTo((1044.59 / 6443.6) * 2 * Math.PI, 1e-9);
    expect(arcs[2]!.end).to.equal(2 * Math.PI);
    // 201 and 208 sit on the right, 215 (83.5%, centred at ~210°) on the left.
    expect(fitted.layout.labels.map((label) => label.anchor)).to.deep.equal(['start', 'start', 'end']);
    checkLabels(fitted);
  });

  it('puts the total in the donut hole, at 12 px or more', async () => {
    const { layout } = fit(root(await sampleDocument()), 1200);
    expect(layout.centre.map((line) => line.text)).to.deep.equal(['合计', '6,443.60', '万元']);
    expect(Math.min(...layout.centre.map((line) => line.size))).to.be.at.least(12);
  });

  it('places the 20 款 of one class without overlap (merging the smallest first)', () => {
    const fitted = fit(root(twentyItemsDocument()).children[1]!, 1200);
    checkLabels(fitted);
    expect(fitted.layout.labels).to.have.length(fitted.level.slices.length);
    const members = fitted.level.slices.find((slice) => slice.members)?.members ?? [];
    expect(members.length + fitted.level.slices.length - (members.length ? 1 : 0)).to.equal(20);
  });

  it('keeps labels apart at every width from narrow-below up, names wrapped to two lines', async () => {
    const doc = await sampleDocument();
    doc.tables.t3!.rows[0]!.name = '一般公共服务支出（含人大事务、政协事务及政府办公厅相关机构事务）';
    for (let width = 480; width <= 1400; width += 40) {
      for (const item of [root(doc), root(twentyItemsDocument()).children[1]!, root(manySlicesDocument(30))]) {
        const fitted = fit(item, width);
        checkLabels(fitted);
        for (const label of fitted.layout.labels) expect(label.lines.length).to.be.at.most(3);
      }
    }
  });

  it('keeps 300 slices readable: merged into 其他, or the legend; every item still reachable', () => {
    for (const width of [1200, 800, 600]) {
      const fitted = fit(root(manySlicesDocument(300)), width);
      checkLabels(fitted);
      const count = fitted.level.slices.reduce((sum, slice) => sum + (slice.members?.length ?? 1), 0);
      expect(count, `all 300 at ${width}`).to.equal(300);
    }
  });

  it('uses the legend below narrow-below, with no outside labels', async () => {
    const { layout } = fit(root(await sampleDocument()), 360);
    expect(layout.mode).to.equal('legend');
    expect(layout.labels).to.deep.equal([]);
    expect(layout.r * 2).to.be.at.most(360);
  });

  it('is deterministic', () => {
    const a = fit(root(manySlicesDocument(30)), 1000);
    const b = fit(root(manySlicesDocument(30)), 1000);
    expect(JSON.stringify(a.layout)).to.equal(JSON.stringify(b.layout));
  });

  it('returns null rather than overlap when labels cannot fit', () => {
    const slices = Array.from({ length: 60 }, (_, index) => ({ id: String(index), value: 1, name: `项目${index}`, figure: '1.7%' }));
    expect(layoutPie(slices, { width: 1200, variant: 'donut' })).to.equal(null);
  });
});

describe('distribute', () => {
  it('packs overlapping boxes around the mean of their targets, in bounds', () => {
    expect(distribute([{ target: 50, size: 20 }, { target: 50, size: 20 }], 200, 4)).to.deep.equal([28, 52]);
    expect(distribute([{ target: 0, size: 20 }, { target: 5, size: 20 }], 200, 4)).to.deep.equal([0, 24]);
    expect(distribute([{ target: 0, size: 120 }, { target: 5, size: 120 }], 200, 4)).to.equal(null);
  });
});

describe('arcPath', () => {
  it('draws a full ring as two halves (one arc cannot close a circle)', () => {
    expect(arcPath(100, 100, 50, 30, 0, 2 * Math.PI)).to.equal('M100,50A50,50 0 1 1 100,150A50,50 0 1 1 100,50ZM100,70A30,30 0 1 0 100,130A30,30 0 1 0 100,70Z');
  });
});
