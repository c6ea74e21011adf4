// Documents users of other chart libraries break their charts with: a crowded pie of long
// bidi names, a sankey with a 0 and a 0.01 flow beside thousands. Deterministic; inputs cloned.
import type { Disclosure } from '../../src/schema/disclosure.js';

export const LONG = ['الصحة العامة والخدمات الاجتماعية للمواطنين', '住房保障支出（含公共租赁住房及棚户区改造的各项补助资金）', 'עבודות תשתית ותחבורה ציבורית', 'Very long Latin name of an expenditure class that wraps'];

/** Classes of a crowded pie: three large, many tiny, long and bidi names on both sides. */
export function crowdedPie(): Disclosure {
  const rows = [];
  let total = 0;
  for (let index = 0; index < 40; index++) {
    const value = index < 3 ? 3000 - index * 700 : Math.round((3 + (index % 5)) * 100) / 100;
    total += value;
    rows.push({ code: String(201 + index), name: `${LONG[index % LONG.length]} ${index + 1}`, values: { total: value } });
  }
  return {
    schemaVersion: 1,
    meta: { kind: 'final', year: 2022, department: 'מחלקה 测试局 الإدارة', unit: '万元' },
    tables: { t3: { title: '支出决算表', code: '公开03表', unit: '万元', total: { name: '合计', values: { total: Math.round(total * 100) / 100, basic: null, project: null } }, rows } },
  } as Disclosure;
}

/** The sample with one flow 10⁶ times another and long bidi names on income and expenditure. */
export function extremeSankey(sample: Disclosure): Disclosure {
  const doc = structuredClone(sample);
  const t1 = doc.tables.t1!;
  t1.income = t1.income.map((row, index) => (index === 1 ? { ...row, name: LONG[0]!, amount: 0.01 } : index === 2 ? { ...row, name: LONG[2]!, amount: 0 } : row));
  t1.expenditure = t1.expenditure.map((row) => (row.code === '208' ? { ...row, name: LONG[1]!, amount: 0.01 } : row));
  return doc;
}


/** `doc` with every amount of its tables multiplied by `factor` (line numbers and sources kept). */
export function scaledTables(doc: Disclosure, factor: number): Disclosure {
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'number') return key === 'line' || key === 'page' || key === 'schemaVersion' ? value : value * factor;
    if (Array.isArray(value)) return value.map((inner) => walk(inner, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([inner, child]) => [inner, inner === 'source' ? child : walk(child, inner)]));
    }
    return value;
  };
  return { ...doc, tables: walk(doc.tables, 'tables') as Disclosure['tables'] };
}
