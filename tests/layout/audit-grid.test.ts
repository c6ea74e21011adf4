import { expect } from '@open-wc/testing';
import { layoutAuditGrid } from '../../src/layout/audit-grid.js';
import { textWidth } from '../../src/layout/text-width.js';

const RULE_IDS = Array.from({ length: 28 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`);

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('layoutAuditGrid', () => {
  it('28 rules on a wide screen: two rows of 14', () => {
    const grid = layoutAuditGrid(RULE_IDS, { width: 1200 });
    expect(grid.columns).to.equal(14);
    expect(new Set(grid.cells.map((c) => c.y)).size).to.equal(2);
    expect(grid.width).to.be.at.most(1200);
  });

  it('at 360 px and 320 px: even rows that fit, cells wide enough for their label at 12 px', () => {
    for (const width of [360, 320]) {
      const grid = layoutAuditGrid(RULE_IDS, { width });
      expect(grid.width, `${width}`).to.be.at.most(width);
      expect(28 % grid.columns, `${width}`).to.equal(0);
      for (const cell of grid.cells) expect(cell.width).to.be.greaterThan(textWidth('R28', 12));
    }
  });

  it('cells never overlap, and follow rule order row by row', () => {
    const grid = layoutAuditGrid(RULE_IDS, { width: 500 });
    for (let i = 0; i < grid.cells.length; i++) {
      for (let j = i + 1; j < grid.cells.length; j++) expect(overlaps(grid.cells[i]!, grid.cells[j]!), `${i} ${j}`).to.equal(false);
    }
    const order = [...grid.cells].sort((a, b) => a.y - b.y || a.x - b.x).map((c) => c.index);
    expect(order).to.deep.equal(RULE_IDS.map((_, i) => i));
  });

  it('never a font below 12 px; nothing to lay out gives an empty grid', () => {
    expect(layoutAuditGrid(RULE_IDS, { width: 800, fontSize: 9 }).fontSize).to.equal(12);
    expect(layoutAuditGrid([], { width: 800 })).to.include({ width: 0, height: 0 });
  });
});
