// Runs in the benchmark page: render <budget-execution> (with the audit, as a script-tag user
// gets it) for a generated document whose 情况说明 explains `items` 项, timed from setting
// `.data` to `updateComplete` plus one frame.
import '../../components/budget-execution/define.js';
import '../../components/with-audit/define.js';
import { timeRenders } from './render-timing.js';
import { executionDocument } from '../../tests/helpers/bars-documents.js';

async function run(items: number, runs: number): Promise<{ rows: number; times: number[] }> {
  const { times, el } = await timeRenders('budget-execution', executionDocument(items, 1), runs);
  if (!el.layout) throw new Error(`not drawn: ${el.state}`);
  return { rows: el.layout.rows.filter((row) => row.kind === 'bar').length, times };
}

(window as unknown as { bench: typeof run }).bench = run;
