// Plain-DOM rendering of a document's tables and audit findings for the demo page. The
// widgets have their own accessible data tables; this shows the whole document at once.
import type { Disclosure } from '../src/schema/disclosure.js';
import type { Finding } from '../src/audit/types.js';
import { FUNCTION_TABLE_COLUMNS, type FunctionTableId } from '../src/schema/tables.js';
import { formatAmountNumber, type Lang } from '../src/format/index.js';

type Cell = string | number | null | undefined;

function table(caption: string, head: string[], rows: Cell[][], lang: Lang): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'scroll';
  const element = document.createElement('table');
  element.createCaption().textContent = caption;
  const headRow = element.createTHead().insertRow();
  for (const text of head) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    headRow.append(th);
  }
  const body = element.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const value of row) {
      const td = tr.insertCell();
      if (typeof value === 'number') {
        td.className = 'num';
        td.textContent = formatAmountNumber(value, lang); // a nonzero amount never reads 0.00
      } else if (value === null) {
        td.className = 'num blank';
        td.textContent = '—';
      } else td.textContent = value ?? '';
    }
  }
  wrap.append(element);
  return wrap;
}

const caption = (t: { code?: string; title: string; unit: string; emptyReason?: string }) =>
  `${t.code ?? ''} ${t.title}（${t.unit}）${t.emptyReason ? ` — ${t.emptyReason}` : ''}`;

export function renderTables(doc: Disclosure, lang: Lang): HTMLElement[] {
  const out: HTMLElement[] = [];
  const { t1, t4, t6, t7 } = doc.tables;
  if (t1) {
    out.push(table(caption(t1), ['收入 · income', '行次', '金额'], t1.income.map((l) => [l.name, l.line, l.amount]), lang));
    out.push(table(`${t1.code ?? ''} 支出 · expenditure`, ['类', '支出', '行次', '金额'], t1.expenditure.map((l) => [l.code, l.name, l.line, l.amount]), lang));
    out.push(table(`${t1.code ?? ''} 合计 · totals`, ['', '行次', '金额'], Object.values(t1.totals).map((l) => [l!.name, l!.line, l!.amount]), lang));
  }
  for (const id of Object.keys(FUNCTION_TABLE_COLUMNS) as FunctionTableId[]) {
    const t = doc.tables[id];
    if (!t) continue;
    const columns = FUNCTION_TABLE_COLUMNS[id];
    const rows: Cell[][] = t.rows.map((row) => [row.code, row.name, ...columns.map((c) => (row.values as Record<string, number | null | undefined>)[c])]);
    if (t.total) rows.unshift(['', t.total.name, ...columns.map((c) => (t.total!.values as Record<string, number | null | undefined>)[c])]);
    out.push(table(caption(t), ['编码', '科目', ...columns], rows, lang));
  }
  if (t4) {
    out.push(table(caption(t4), ['', '类', '行次', 'total', 'generalBudget', 'governmentFund', 'stateCapital'],
      t4.expenditure.map((l) => [l.name, l.code, l.line, l.amounts.total, l.amounts.generalBudget, l.amounts.governmentFund, l.amounts.stateCapital]), lang));
  }
  if (t6) out.push(table(caption(t6), ['编码', '科目', '金额'], t6.rows.map((r) => [r.code, r.name, r.amount]), lang));
  if (t7) {
    const keys = ['total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
    const rows = (['budget', 'final'] as const).filter((k) => t7[k]).map((k) => [k, ...keys.map((key) => t7[k]![key])]);
    out.push(table(caption(t7), ['', ...keys], rows, lang));
  }
  return out;
}

export function renderFindings(findings: Finding[], lang: Lang): HTMLElement {
  if (findings.length === 0) {
    const p = document.createElement('p');
    p.textContent = lang === 'en' ? 'No inconsistencies found.' : '未发现不一致。';
    return p;
  }
  const element = table(
    lang === 'en' ? `${findings.length} findings` : `共 ${findings.length} 处发现`,
    ['rule', 'severity', 'cells', 'expected', 'actual', 'message'],
    findings.map((f) => [f.rule, f.severity, f.cells.map((c) => `${c.table}:${c.row}/${c.column}`).join(' '), f.expected as Cell, f.actual as Cell, f.message[lang]]),
    lang,
  );
  element.querySelectorAll('tbody tr').forEach((tr, i) => tr.children[1]!.classList.add(`sev-${findings[i]!.severity}`));
  return element;
}
