import { expect } from '@open-wc/testing';
import { linearScale, niceTicks } from '../../src/layout/bar-scale.js';
import { layoutBars, placeValueText, type BarRowInput, type BarsLayout, type LaidOutBar } from '../../src/layout/bars.js';
import { textWidth } from '../../src/layout/text-width.js';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 0.01 && b.x < a.x + a.width - 0.01 && a.y < b.y + b.height - 0.01 && b.y < a.y + a.height - 0.01;

/** The boxes a row draws: its label lines, its value text and its marks. */
function boxes(layout: BarsLayout, row: LaidOutBar): { text: Box[]; marks: Box[] } {
  const size = layout.fontSize;
  const lineHeight = Math.round(size * 1.35);
  const lines = [...row.label.lines, ...(row.sub ?? [])];
  const text: Box[] = lines.map((line, i) => ({ x: row.label.x, y: row.label.y + i * lineHeight - size, width: textWidth(line, size), height: size }));
  row.text.lines.forEach((line, i) => {
    const w = textWidth(line, size);
    if (line) text.push({ x: row.text.anchor === 'end' ? row.text.x - w : row.text.x, y: row.text.y - size + i * lineHeight, width: w, height: size });
  });
  const marks: Box[] = [row.back, row.front].filter((r): r is Box => !!r && r.width > 0);
  if (row.marker) marks.push({ x: row.marker.x - (row.marker.zero ? 5 : 1.5), y: row.marker.y1, width: row.marker.zero ? 10 : 3, height: row.marker.y2 - row.marker.y1 });
  return { text, marks };
}

function checkNoOverlap(layout: BarsLayout): void {
  const all = layout.rows.map((row) => ({ row, ...boxes(layout, row) }));
  for (const { row, text, marks } of all) {
    for (const box of text) {
      expect(box.x, `${row.id} text starts inside the chart`).to.be.at.least(-0.01);
      expect(box.x + box.width, `${row.id} text ends inside the chart`).to.be.at.most(layout.width + 0.01);
      for (const mark of marks) if (!row.text.inside) expect(overlaps(box, mark), `${row.id}: text over a mark`).to.equal(false);
    }
    for (let i = 0; i < text.length; i++) for (let j = i + 1; j < text.length; j++) expect(overlaps(text[i]!, text[j]!), `${row.id}: two texts overlap`).to.equal(false);
    // Rows keep to their own band: nothing of a row reaches into the next.
    for (const box of [...text, ...marks]) {
      expect(box.y, `${row.id} above its band`).to.be.at.least(row.y - 4);
      expect(box.y + box.height, `${row.id} below its band`).to.be.at.most(row.y + row.height + 4);
    }
  }
  for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i]!.y).to.be.closeTo(layout.rows[i - 1]!.y + layout.rows[i - 1]!.height, 0.01);
}

const rows: BarRowInput[] = [
  { id: 'total', label: '一般公共预算财政拨款支出', front: 6443.6, marker: 4573.24, text: '6,443.60 / 4,573.24 · 140.9% 超预算' },
  { id: 'g', kind: 'group', label: '201 一般公共服务支出', text: '' },
  { id: 'a', label: '行政运行', level: 1, front: 1039.24, marker: 964.42, text: '1,039.24 / 964.42 · 107.8% 超预算' },
  { id: 'b', label: '一般行政管理事务（组织事务）', level: 1, front: 1.35, marker: 0, text: '1.35 · 年初未预算' },
  { id: 'c', label: '产业发展', level: 1, front: 1789.97, marker: 3608.82, text: '1,789.97 / 3,608.82 · 49.6% 未达预算' },
];

describe('linearScale', () => {
  it('starts at 0 and leaves 5% headroom past the largest value', () => {
    const scale = linearScale([10, 40, null], 100, 310);
    expect(scale.min).to.equal(0);
    expect(scale.max).to.equal(42);
    expect(scale.x(0)).to.equal(100);
    expect(scale.x(42)).to.equal(310);
    expect(scale.nominal).to.equal(false);
  });

  it('reaches below 0 for a negative value, 0 staying inside', () => {
    const scale = linearScale([-20, 80], 0, 105);
    expect(scale.min).to.equal(-21);
    expect(scale.max).to.equal(84);
    expect(scale.x(0)).to.be.closeTo(21, 1e-9);
    expect(scale.ticks).to.include(0);
  });

  it('makes an all-zero domain nominal: zeros at the baseline, no invented tick values', () => {
    const scale = linearScale([0, 0, null], 10, 110);
    expect(scale.nominal).to.equal(true);
    expect(scale.x(0)).to.equal(10);
    expect(scale.ticks).to.deep.equal([]);
  });

  it('ticks 1, 2 or 5 × 10^k apart without float noise', () => {
    expect(niceTicks(0, 6765.78, 4)).to.deep.equal([0, 2000, 4000, 6000]);
    expect(niceTicks(0, 0.63, 3)).to.deep.equal([0, 0.2, 0.4, 0.6]);
  });
});

describe('placeValueText', () => {
  it('puts the text after the furthest mark when it fits, else inside the bar, else below', () => {
    expect(placeValueText({ start: 0, end: 100 }, 50, 200)).to.deep.equal({ x: 103, anchor: 'start', where: 'outside' });
    expect(placeValueText({ start: 0, end: 180, frontStart: 0, frontEnd: 180 }, 50, 200)).to.deep.equal({ x: 177, anchor: 'end', where: 'inside' });
    expect(placeValueText({ start: 0, end: 190, frontStart: 0, frontEnd: 40 }, 50, 200).where).to.equal('below');
  });
});

describe('layoutBars', () => {
  it('lays the sample execution rows out with labels, marks and texts apart', () => {
    const layout = layoutBars(rows, { width: 1000 });
    expect(layout.narrow).to.equal(false);
    checkNoOverlap(layout);
    const total = layout.rows[0]!;
    // The bar is the 决算, the marker the 年初预算, both on one scale.
    expect(total.front!.width).to.be.closeTo(layout.scale.x(6443.6) - layout.scale.x(0), 0.01);
    expect(total.marker!.x).to.be.closeTo(layout.scale.x(4573.24), 0.01);
    // The text follows the bar (the furthest mark), never on it.
    expect(total.text.x).to.be.greaterThan(total.front!.x + total.front!.width);
    // A budget of 0 is a diamond on the baseline, not a line the axis hides.
    expect(layout.rows[3]!.marker).to.include({ zero: true, x: layout.scale.x(0) });
    // A group heading has no marks.
    expect(layout.rows[1]!.front).to.equal(undefined);
    expect(layout.rows[2]!.label.x).to.equal(12);
  });

  it('never sets text under 12 px', () => {
    expect(layoutBars(rows, { width: 800, fontSize: 9 }).fontSize).to.equal(12);
    expect(layoutBars(rows, { width: 800, fontSize: 16 }).fontSize).to.equal(16);
  });

  it('puts labels and texts above the bars when narrow, and still nothing overlaps', () => {
    const layout = layoutBars(rows, { width: 320 });
    expect(layout.narrow).to.equal(true);
    checkNoOverlap(layout);
    for (const row of layout.rows.filter((r) => r.kind === 'bar')) {
      expect(row.text.y).to.be.lessThan(row.front!.y);
      expect(row.label.y).to.be.lessThan(row.text.y);
      expect(row.front!.x + row.front!.width).to.be.at.most(320);
    }
  });

  it('wraps a long value text when narrow, inside the width and above the bars', () => {
    const text = '空白（情况说明：0.00） / 空白（情况说明：0.00） · 上年0.00';
    const layout = layoutBars([{ id: 'x', label: '因公出国（境）费', back: null, front: null, tick: 0, text }], { width: 320 });
    const row = layout.rows[0]!;
    expect(row.text.lines.length).to.equal(2);
    // Nothing is lost in the wrapping: the lines hold the whole text.
    expect(row.text.lines.join('').replace(/\s/g, '')).to.equal(text.replace(/\s/g, ''));
    for (const line of row.text.lines) expect(textWidth(line, 12)).to.be.at.most(320 - 12);
    checkNoOverlap(layout);
  });

  it('wraps a long label to two lines with an ellipsis, in its column', () => {
    const long = '资源勘探工业信息等支出(类)支持中小企业发展和管理支出(款)中小企业发展专项(项)再加上很长的说明文字以便需要截断';
    const layout = layoutBars([{ id: 'x', label: long, front: 1, text: '1.00' }, ...rows], { width: 900 });
    const row = layout.rows[0]!;
    expect(row.label.lines.length).to.equal(2);
    expect(row.label.truncated).to.equal(true);
    expect(row.label.lines[1]!.endsWith('…')).to.equal(true);
    for (const line of row.label.lines) expect(textWidth(line, 12)).to.be.at.most(layout.plot.x0);
    checkNoOverlap(layout);
  });

  it('measures a group heading as drawn, semibold: a long Latin class name stays inside at 360 px and 900 px', () => {
    const long = `208 ${'Supercalifragilistic'.repeat(8)}`;
    for (const width of [360, 900]) {
      const layout = layoutBars([{ id: 'g', kind: 'group', label: long, text: '' }, ...rows.slice(2)], { width });
      const row = layout.rows[0]!;
      expect(row.label.truncated, `${width}: cut with an ellipsis`).to.equal(true);
      // Semibold Latin draws ~16% wider than regular (Chromium, DejaVu Sans): as drawn, the line ends inside the chart.
      const drawn = (line: string) => textWidth(line, 12) * 1.16;
      for (const line of row.label.lines) expect(row.label.x + drawn(line), `${width} px`).to.be.at.most(width);
      if (width > 560) for (const line of row.label.lines) expect(drawn(line), 'in its column').to.be.at.most(layout.plot.x0);
    }
  });

  it('keeps counts as a second label line, not on the money axis', () => {
    const layout = layoutBars([{ id: 'r', label: '公务接待费', sub: '国内接待20批次 241人次', back: 4, front: 1.79, text: '1.79 / 4.00' }], { width: 900 });
    expect(layout.rows[0]!.sub).to.deep.equal(['国内接待20批次 241人次']);
    checkNoOverlap(layout);
  });

  it('draws an all-zero chart with a nominal scale and texts at the baseline', () => {
    const zero = layoutBars(
      [
        { id: 'a', label: '因公出国（境）费', back: 0, front: 0, text: '0.00 / 0.00' },
        { id: 'b', label: '合计', back: 0, front: 0, text: '0.00 / 0.00' },
      ],
      { width: 800 },
    );
    expect(zero.scale.nominal).to.equal(true);
    expect(zero.axis.ticks).to.deep.equal([]);
    for (const row of zero.rows) {
      expect(row.front!.width).to.equal(0);
      expect(row.text.x).to.be.closeTo(zero.scale.x(0) + 3, 0.01);
    }
  });

  it('puts the largest bar and a marker past it on the same scale, the marker whole', () => {
    const layout = layoutBars([{ id: 'a', label: 'A', front: 50, marker: 100, tick: 120, text: '50 / 100' }], { width: 600 });
    const row = layout.rows[0]!;
    expect(row.marker!.x).to.be.lessThan(layout.plot.x1);
    expect(row.tick!.x).to.be.at.most(layout.plot.x1);
    expect(row.text.x).to.be.greaterThan(row.tick!.x);
    checkNoOverlap(layout);
  });

  it('labels only ticks whose texts do not touch', () => {
    const layout = layoutBars(rows, { width: 400, tickText: (v) => `${v.toFixed(2)}万元` });
    const ticks = layout.axis.ticks;
    for (let i = 1; i < ticks.length; i++) {
      const left = (t: (typeof ticks)[number]) => (t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - textWidth(t.text, 12) : t.x - textWidth(t.text, 12) / 2);
      expect(left(ticks[i]!)).to.be.at.least(left(ticks[i - 1]!) + textWidth(ticks[i - 1]!.text, 12));
    }
  });

  it('lays out 500 rows, each in its own band', () => {
    const many: BarRowInput[] = Array.from({ length: 500 }, (_, i) => ({ id: `r${i}`, label: `项目${i}`, front: i, marker: 500 - i, text: `${i} / ${500 - i}` }));
    const layout = layoutBars(many, { width: 900 });
    expect(layout.rows.length).to.equal(500);
    checkNoOverlap(layout);
  });
});
