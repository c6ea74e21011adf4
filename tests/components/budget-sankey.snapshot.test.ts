// Normalized SVG snapshots of the sample: an unintended visual change shows up in review.
// Numbers are rounded to 1 decimal and ids renumbered. On a mismatch the new drawing is
// written beside the golden file as `*-changed.svg`. To accept changes, run
//   UPDATE_SNAPSHOTS=1 node tests/snapshots/update.mjs
// (or wtr with --update-snapshots). A missing golden file fails the test unless
// UPDATE_SNAPSHOTS=1 (a snapshot that writes itself checks nothing).
import { expect } from '@open-wc/testing';
import { getSnapshotConfig, readFile, removeFile, writeFile } from '@web/test-runner-commands';
import { sampleDocument } from '../helpers/fixtures.js';
import { sankeyAt, shadow } from './helpers.js';

/** Stable text of a drawn SVG: no Lit markers, numbers to 0.1, ids in order of appearance. */
export function normalizeSvg(svg: SVGSVGElement): string {
  const ids = new Map<string, string>();
  return svg.outerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\bdw-[0-9a-z]+/g, (id) => {
      if (!ids.has(id)) ids.set(id, `dw-${ids.size + 1}`);
      return ids.get(id)!;
    })
    .replace(/-?\d+\.\d+/g, (number) => {
      const rounded = (Math.round(Number(number) * 10) / 10).toFixed(1);
      return rounded === '-0.0' ? '0.0' : rounded;
    })
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .replace(/></g, '>\n<')
    .trim()
    .concat('\n');
}

async function compare(name: string, actual: string): Promise<void> {
  const golden = `../snapshots/${name}.svg`;
  const changed = `../snapshots/${name}-changed.svg`;
  const { updateSnapshots } = await getSnapshotConfig();
  // The file plugin answers "unknown command" for a file that does not exist.
  const expected = await readFile({ path: golden }).catch(() => undefined);
  if (updateSnapshots) {
    await writeFile({ path: golden, content: actual });
    return;
  }
  if (expected === undefined) {
    await writeFile({ path: changed, content: actual });
    expect.fail(
      `tests/snapshots/${name}.svg is missing. The drawing is in tests/snapshots/${name}-changed.svg; ` +
        `look at it, then accept it with UPDATE_SNAPSHOTS=1 node tests/snapshots/update.mjs`,
    );
  }
  if (expected === actual) {
    if ((await readFile({ path: changed }).catch(() => undefined)) !== undefined) await removeFile({ path: changed });
    return;
  }
  await writeFile({ path: changed, content: actual });
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  const line = actualLines.findIndex((text, index) => text !== expectedLines[index]);
  expect.fail(
    `${name}.svg changed (first difference at line ${line + 1}):\n- ${expectedLines[line] ?? ''}\n+ ${actualLines[line] ?? ''}\n` +
      `The new drawing is in tests/snapshots/${name}-changed.svg; accept it with UPDATE_SNAPSHOTS=1 node tests/snapshots/update.mjs`,
  );
}

describe('<budget-sankey> SVG snapshots of the sample', () => {
  // Each width states what it must draw, so a golden taken at the wrong size cannot pass.
  const cases = [
    { width: 960, orientation: 'horizontal' },
    { width: 360, orientation: 'vertical' },
  ];
  for (const { width, orientation } of cases) {
    it(`matches budget-sankey-sample-${width}.svg, drawn ${orientation} and at most ${width} px wide`, async () => {
      const doc = await sampleDocument();
      const el = await sankeyAt(width, (element) => (element.data = doc));
      const svg = shadow(el).querySelector('svg')!;
      expect(svg.classList.contains(orientation), `drawn ${svg.getAttribute('class')}`).to.equal(true);
      expect(Number(svg.getAttribute('width'))).to.be.at.most(width);
      expect(svg.getBoundingClientRect().width).to.be.at.most(width);
      expect(svg.getBoundingClientRect().width).to.be.greaterThan(width * 0.8);
      await compare(`budget-sankey-sample-${width}`, normalizeSvg(svg));
    });
  }
});
