/**
 * Synthetic disclosure documents with consistent sums, for large consolidated documents
 * (hundreds of 项) and the sankey benchmark. Amounts are generated in cents, so every sum
 * is exact; the same seed always gives the same document.
 */
import type { Disclosure } from '../../src/schema/disclosure.js';

export interface GenerateOptions {
  classes: number;
  itemsPerClass: number;
  subitemsPerItem: number;
  seed: number;
  /** Add 年初结转和结余 / 年末结转和结余 to 表1 (default false). */
  carryOver?: boolean;
}

/** mulberry32: small, fast, deterministic. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLASS_CODES = ['201', '202', '203', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '215', '216', '217', '219', '220', '221', '222', '223', '224', '227', '229', '231', '232', '234'];

const yuan = (cents: number) => Math.round(cents) / 100;
const pad2 = (n: number) => String(n).padStart(2, '0');

interface Sums {
  total: number;
  basic: number;
  project: number;
  fiscalBasic: number;
  fiscalProject: number;
}

const zero = (): Sums => ({ total: 0, basic: 0, project: 0, fiscalBasic: 0, fiscalProject: 0 });
function add(into: Sums, from: Sums): void {
  into.total += from.total;
  into.basic += from.basic;
  into.project += from.project;
  into.fiscalBasic += from.fiscalBasic;
  into.fiscalProject += from.fiscalProject;
}

export function generateDocument(options: GenerateOptions): Disclosure {
  const rand = random(options.seed);
  const t3rows: Disclosure['tables']['t3'] extends infer T ? (T extends { rows: infer R } ? R : never) : never = [];
  const t5rows: typeof t3rows = [];
  const grand = zero();
  const classSums: { code: string; name: string; sums: Sums }[] = [];

  for (let c = 0; c < options.classes; c++) {
    const classCode = CLASS_CODES[c] ?? String(300 + c);
    const classRows: { code: string; name: string; sums: Sums }[] = [];
    const classSum = zero();
    for (let i = 1; i <= options.itemsPerClass; i++) {
      const itemCode = classCode + pad2(i);
      const itemSum = zero();
      const subRows: { code: string; name: string; sums: Sums }[] = [];
      for (let s = 1; s <= options.subitemsPerItem; s++) {
        const code = itemCode + pad2(s);
        // Amounts spread over three orders of magnitude, a few project-only or basic-only.
        const scale = 10 ** Math.floor(rand() * 3);
        const basic = rand() < 0.3 ? 0 : Math.round(rand() * 500 * scale);
        const project = rand() < 0.3 ? 0 : Math.round(rand() * 2000 * scale);
        const sums: Sums = {
          total: basic + project,
          basic,
          project,
          fiscalBasic: Math.floor(basic * 0.9),
          fiscalProject: Math.floor(project * 0.8),
        };
        if (sums.total === 0) sums.project = sums.total = sums.fiscalProject = 100;
        add(itemSum, sums);
        subRows.push({ code, name: `${code}项目支出名称第${s}项`, sums });
      }
      add(classSum, itemSum);
      classRows.push({ code: itemCode, name: `${itemCode}款名称`, sums: itemSum }, ...subRows);
    }
    add(grand, classSum);
    classSums.push({ code: classCode, name: `${classCode}类支出`, sums: classSum });
    for (const row of [{ code: classCode, name: `${classCode}类支出`, sums: classSum }, ...classRows]) {
      t3rows.push({
        code: row.code,
        name: row.name,
        values: { total: yuan(row.sums.total), basic: yuan(row.sums.basic), project: yuan(row.sums.project), superiorRemit: null, operating: null, subsidiaryGrant: null },
      });
      t5rows.push({
        code: row.code,
        name: row.name,
        values: { total: yuan(row.sums.fiscalBasic + row.sums.fiscalProject), basic: yuan(row.sums.fiscalBasic), project: yuan(row.sums.fiscalProject) },
      });
    }
  }

  const fiscal = grand.fiscalBasic + grand.fiscalProject;
  const nonFiscal = grand.total - fiscal;
  const institution = Math.floor(nonFiscal * 0.6);
  const other = nonFiscal - institution;
  const carry = options.carryOver ? Math.round(grand.total * 0.05) : 0;
  const personnel = Math.floor(grand.fiscalBasic * 0.8);
  const publicCost = grand.fiscalBasic - personnel;

  return {
    schemaVersion: 1,
    meta: { kind: 'final', year: 2021, department: `合成部门${options.seed}`, unit: '万元' },
    tables: {
      t1: {
        title: '收入支出决算总表',
        code: '公开01表',
        unit: '万元',
        income: [
          { kind: 'generalBudget', name: '一般公共预算财政拨款收入', line: 1, amount: yuan(fiscal) },
          { kind: 'governmentFund', name: '政府性基金预算财政拨款收入', line: 2, amount: null },
          { kind: 'stateCapital', name: '国有资本经营预算财政拨款收入', line: 3, amount: null },
          { kind: 'superiorSubsidy', name: '上级补助收入', line: 4, amount: 0 },
          { kind: 'institution', name: '事业收入', line: 5, amount: yuan(institution) },
          { kind: 'operating', name: '经营收入', line: 6, amount: null },
          { kind: 'affiliated', name: '附属单位上缴收入', line: 7, amount: null },
          { kind: 'other', name: '其他收入', line: 8, amount: yuan(other) },
        ],
        expenditure: classSums.map((c, i) => ({ code: c.code, name: c.name, line: 32 + i, amount: yuan(c.sums.total) })),
        totals: {
          incomeTotal: { name: '本年收入合计', line: 27, amount: yuan(grand.total) },
          expenditureTotal: { name: '本年支出合计', line: 58, amount: yuan(grand.total) },
          nonFiscalBalanceUsed: { name: '使用非财政拨款结余', line: 28, amount: null },
          balanceDistribution: { name: '结余分配', line: 59, amount: null },
          carryOverStart: { name: '年初结转和结余', line: 29, amount: carry ? yuan(carry) : null },
          carryOverEnd: { name: '年末结转和结余', line: 60, amount: carry ? yuan(carry) : null },
          incomeGrandTotal: { name: '总计', line: 31, amount: yuan(grand.total + carry) },
          expenditureGrandTotal: { name: '总计', line: 62, amount: yuan(grand.total + carry) },
        },
      },
      t3: {
        title: '支出决算表',
        code: '公开03表',
        unit: '万元',
        total: { name: '合计', values: { total: yuan(grand.total), basic: yuan(grand.basic), project: yuan(grand.project), superiorRemit: null, operating: null, subsidiaryGrant: null } },
        rows: t3rows,
      },
      t4: {
        title: '财政拨款收入支出决算总表',
        code: '公开04表',
        unit: '万元',
        income: [
          { kind: 'generalBudget', name: '一般公共预算财政拨款', line: 1, amount: yuan(fiscal) },
          { kind: 'governmentFund', name: '政府性基金预算财政拨款', line: 2, amount: null },
          { kind: 'stateCapital', name: '国有资本经营财政拨款', line: 3, amount: null },
        ],
        expenditure: classSums.map((c, i) => {
          const amount = yuan(c.sums.fiscalBasic + c.sums.fiscalProject);
          return { code: c.code, name: c.name, line: 33 + i, amounts: { total: amount, generalBudget: amount, governmentFund: null, stateCapital: null } };
        }),
        totals: {
          incomeTotal: { name: '本年收入合计', line: 27, amount: yuan(fiscal) },
          expenditureTotal: { name: '本年支出合计', line: 59, amounts: { total: yuan(fiscal), generalBudget: yuan(fiscal), governmentFund: null, stateCapital: null } },
          incomeGrandTotal: { name: '总计', line: 32, amount: yuan(fiscal) },
        },
      },
      t5: {
        title: '一般公共预算财政拨款支出决算表',
        code: '公开05表',
        unit: '万元',
        total: { name: '合计', values: { total: yuan(fiscal), basic: yuan(grand.fiscalBasic), project: yuan(grand.fiscalProject) } },
        rows: t5rows,
      },
      t6: {
        title: '一般公共预算财政拨款基本支出决算表',
        code: '公开06表',
        unit: '万元',
        rows: [],
        totals: {
          personnel: { name: '人员经费合计', amount: yuan(personnel) },
          public: { name: '公用经费合计', amount: yuan(publicCost) },
        },
      },
    },
  };
}
