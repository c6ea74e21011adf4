// Runs in the pie screenshot and benchmark pages: the elements with the audit wired in, and
// the synthetic documents of tests/helpers/pie-documents.ts on `window`.
import '../../components/spend-structure-pie/define.js';
import '../../components/with-audit/define.js';
import { timeRenders } from './render-timing.js';
import { budgetDocument, manySlicesDocument, negativeDocument, twentyItemsDocument } from '../../tests/helpers/pie-documents.js';

/** Render time of a pie of `count` classes, from setting `.data` to `updateComplete` plus one frame. */
async function benchPie(count: number, runs: number): Promise<{ times: number[]; slices: number; labels: number; mode: string }> {
  const { times, el } = await timeRenders('spend-structure-pie', manySlicesDocument(count), runs);
  if (!el.layout) throw new Error(`not drawn: ${el.state}`);
  return { times, slices: el.layout.arcs.length, labels: el.layout.labels.length, mode: el.layout.mode };
}

Object.assign(window, {
  benchPie,
  pieDocuments: { twenty: twentyItemsDocument(), blank: negativeDocument(false), budget: budgetDocument(), many: manySlicesDocument(300) },
});
