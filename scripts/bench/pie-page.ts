// Runs in the pie screenshot and benchmark pages: the elements with the audit wired in, and
// the synthetic documents of tests/helpers/pie-documents.ts on `window`.
import '../../components/spend-structure-pie/define.js';
import '../../components/with-audit/define.js';
import { budgetDocument, manySlicesDocument, negativeDocument, twentyItemsDocument } from '../../tests/helpers/pie-documents.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Render time of a pie of `count` classes, from setting `.data` to `updateComplete` plus one frame. */
async function benchPie(count: number, runs: number): Promise<{ times: number[]; slices: number; labels: number; mode: string }> {
  const doc = manySlicesDocument(count);
  const host = document.getElementById('host')!;
  const times: number[] = [];
  let slices = 0;
  let labels = 0;
  let mode = '';
  for (let i = 0; i < runs; i++) {
    host.replaceChildren();
    await frame();
    const el = document.createElement('spend-structure-pie');
    host.append(el);
    await el.updateComplete;
    const start = performance.now();
    el.data = doc;
    await el.updateComplete;
    await frame();
    times.push(performance.now() - start);
    if (!el.layout) throw new Error(`not drawn: ${el.state}`);
    slices = el.layout.arcs.length;
    labels = el.layout.labels.length;
    mode = el.layout.mode;
  }
  return { times, slices, labels, mode };
}

Object.assign(window, {
  benchPie,
  pieDocuments: { twenty: twentyItemsDocument(), blank: negativeDocument(false), budget: budgetDocument(), many: manySlicesDocument(300) },
});
