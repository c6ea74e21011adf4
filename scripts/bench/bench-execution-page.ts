// Runs in the benchmark page: render <budget-execution> (with the audit, as a script-tag user
// gets it) for a generated document whose 情况说明 explains `items` 项, timed from setting
// `.data` to `updateComplete` plus one frame.
import '../../components/budget-execution/define.js';
import '../../components/with-audit/define.js';
import { executionDocument } from '../../tests/helpers/bars-documents.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

async function run(items: number, runs: number): Promise<{ rows: number; times: number[] }> {
  const doc = executionDocument(items, 1);
  const host = document.getElementById('host')!;
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    host.replaceChildren();
    await frame();
    const el = document.createElement('budget-execution');
    host.append(el);
    await el.updateComplete;
    const start = performance.now();
    el.data = doc;
    await el.updateComplete;
    await frame();
    times.push(performance.now() - start);
    rows = el.layout?.rows.filter((row) => row.kind === 'bar').length ?? 0;
    if (!el.layout) throw new Error(`not drawn: ${el.state}`);
  }
  return { rows, times };
}

(window as unknown as { bench: typeof run }).bench = run;
