// Synthetic documents for <spend-structure-pie>: a class with 20 款, negative and blank
// values, a budget, and n classes of given sizes (the bench's 30 and 300 slices).
import type { Disclosure } from '../../src/schema/disclosure.js';

type Row = NonNullable<Disclosure['tables']['t3']>['rows'][number];

function t3Document(rows: Row[], total: number | null, kind: 'final' | 'budget' = 'final'): Disclosure {
  return {
    schemaVersion: 1,
    meta: { kind, year: 2022, department: '测试局', unit: '万元' },
    tables: {
      t3: { title: kind === 'budget' ? '部门支出总表' : '支出决算表', code: '公开03表', unit: '万元', total: { name: '合计', values: { total, basic: null, project: null } }, rows },
    },
  };
}

const row = (code: string, name: string, total: number | null): Row => ({ code, name, values: { total } });

/** Class 215 with 20 款 of 1, 2 … 20 (sum 210), and class 201 of 90: total 300. */
export function twentyItemsDocument(): Disclosure {
  const items = Array.from({ length: 20 }, (_, index) => row(`215${String(index + 1).padStart(2, '0')}`, `款${index + 1}`, index + 1));
  return t3Document([row('201', '一般公共服务支出', 90), row('215', '资源勘探工业信息等支出', 210), ...items], 300);
}

/**
 * 201 = 80, 205 = −5 (a correction printed negative), 208 blank, 210 = 0, 215 = 20. The schema
 * rejects negative table amounts, so with `negative` the document only reaches the model
 * directly (tests of the model); without it, 205 is left out and the document is valid.
 */
export function negativeDocument(negative = true): Disclosure {
  const rows = [row('201', '一般公共服务支出', 80), row('205', '教育支出', -5), row('208', '社会保障和就业支出', null), row('210', '卫生健康支出', 0), row('215', '资源勘探工业信息等支出', 20)];
  return negative ? t3Document(rows, 95) : t3Document(rows.filter((item) => item.code !== '205'), 100);
}

/** A 部门预算 with its 部门支出总表 (公开03表 in the schema), 基本 / 项目 and income kinds. */
export function budgetDocument(): Disclosure {
  const doc = t3Document([row('201', '一般公共服务支出', 600), row('208', '社会保障和就业支出', 300), row('221', '住房保障支出', 100)], 1000, 'budget');
  doc.tables.t3!.total!.values = { total: 1000, basic: 700, project: 300 };
  doc.tables.t1 = {
    title: '部门收支总表',
    unit: '万元',
    income: [
      { kind: 'generalBudget', name: '一般公共预算拨款收入', amount: 900 },
      { kind: 'institution', name: '事业收入', amount: 100 },
    ],
    expenditure: [],
    totals: { incomeTotal: { name: '本年收入合计', amount: 1000 } },
  };
  return doc;
}

/** `count` classes (codes 301…, not real 类 but valid codes) of deterministic, varied sizes. */
export function manySlicesDocument(count: number): Disclosure {
  const rows: Row[] = [];
  let total = 0;
  for (let index = 0; index < count; index++) {
    const value = Math.round((((index * 7919) % 997) + 3) * 100) / 100;
    total += value;
    rows.push(row(String(100 + index), `科目${index + 1}`, value));
  }
  return t3Document(rows, Math.round(total * 100) / 100);
}
