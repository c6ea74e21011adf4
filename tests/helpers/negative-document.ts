import type { Disclosure } from '../../src/schema/disclosure.js';

/**
 * The sample with negatives where real 决算 print them, every printed total still consistent:
 * 类 208 at −17.98 (basic 17.98, project −35.96, 215's project raised to match), a 三公
 * 公务接待费 refund of −0.21, an execution item's 决算 of −3.5 and a scorecard's carry-over
 * executed −0.4. A copy: the sample is not changed.
 */
export function withNegatives(sample: Disclosure): Disclosure {
  const doc = structuredClone(sample);
  for (const row of doc.tables.t3!.rows) {
    if (row.code.startsWith('208')) row.values = { ...row.values, total: -17.98, basic: 17.98, project: -35.96 };
    if (['215', '21502', '2150299'].includes(row.code)) row.values = { ...row.values, total: row.values.total! + 35.96, project: row.values.project! + 35.96 };
  }
  const t7 = doc.tables.t7!;
  t7.final = { ...t7.final, reception: -0.21, total: -0.21 };
  doc.narrative!.execution!.items[0]!.final = -3.5;
  doc.performance!.scorecards![0]!.funds!.carryOver!.executed = -0.4;
  return doc;
}
