// Every document the parser makes of the variant texts (tests/fixtures/variants) and every real
// document (tests/fixtures/real/*.json), drawn by every element at a narrow and a wide width:
// each reaches a drawing or says in words why it has nothing to draw (never the error panel for
// a document the parser produced, never a blank box), with no NaN/Infinity/undefined, no
// nonzero amount shown as zero, shares that add to 100.0, a summary sentence and a data table.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { parse } from '../../src/parse/index.js';
import { validate } from '../../src/schema/validate.js';
import { fixtureText } from '../helpers/fixtures.js';
import { ELEMENT_TAGS } from '../helpers/tags.js';
import { watchPageErrors } from '../helpers/page-errors.js';

type Widget = HTMLElement & {
  data?: unknown;
  state: string;
  problems: { path?: string; message: { en: string } }[];
  updateComplete: Promise<boolean>;
  toCSV(): string;
};

const VARIANTS = [
  'budget-project-targets-space', 'budget-project-targets-weighted', 'budget-regional', 'budget-targets', 'carry-overs',
  'department-name-colon', 'department-summary-report', 'economic-dual-columns', 'economic-split-page-apart',
  'economic-three-groups-clash', 'expenditure-classes-wrapped', 'final-basic-expenditure-three-groups',
  'final-basic-expenditure-two-groups', 'final-central-yuan-chars', 'final-central-yuan', 'final-empty-fund-tables',
  'final-expenditure-basic-split', 'final-expenditure-code-columns', 'final-expenditure-code-parts',
  'final-fiscal-summary-sources', 'final-fiscal-summary-two-sources', 'final-general-budget-completion',
  'final-general-budget-rates-percent', 'final-general-budget-with-budget-columns', 'final-government-fund',
  'final-income-expenditure-tables', 'final-summary-line-numbers', 'final-summary-whole-yuan',
  'final-three-public-no-subtotal', 'final-three-public-one-row', 'final-three-public-rows-change',
  'final-three-public-rows-line-numbers', 'final-three-public-rows', 'function-total-only-row', 'narrative-henan',
  'narrative-percent-only', 'narrative-regional', 'narrative-same-period', 'narrative-yi-yuan', 'page-breaks',
  'scorecard-central-goal-unlabelled', 'scorecard-central-template', 'scorecard-central-title-repeated',
  'scorecard-central-yuan', 'scorecard-funds-two-columns', 'scorecard-zhejiang-cost-first',
  'scorecard-zhejiang-header-words', 'scorecard-zhejiang-header-wrapped', 'scorecards-space', 'scorecards',
  'space-separated', 'split-codes', 'summary-carry-over-numbered', 'summary-carry-over-parts',
  'summary-three-sides-footer', 'summary-wrapped-labels', 'table5-page-shifted-group-header', 'table5-page-shifted',
  'tables-space-merged-display', 'tables-space-merged', 'three-public-by-fund', 'three-public-units-by-year',
  'three-public-year-groups', 'yuan-units',
];
const REAL = ['chongqing-shuili-2026-budget', 'jiangsu-jianchayuan-2019-budget', 'suzhou-ziranziyuan-2026-budget', 'xian-weijian-2022-final'];

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};

async function mount(tag: string, doc: unknown, width: number): Promise<Widget> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement(tag) as Widget;
  el.data = doc;
  wrapper.append(el);
  await waitUntil(() => el.state !== 'none' && el.state !== 'loading', `<${tag}> never settled`, { timeout: 8000 });
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  return el;
}

/** Every element and shadow root under `root`, depth first. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** Text of `root` and of the shadow roots within it. */
function deepText(root: ParentNode): string {
  let out = '';
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent;
    else if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') continue;
      out += node.shadowRoot ? deepText(node.shadowRoot) : deepText(node);
      out += ' ';
    }
  }
  return out;
}

function nonFinite(el: Widget): string[] {
  const found: string[] = [];
  for (const node of deep(el.shadowRoot!)) {
    for (const attr of Array.from(node.attributes)) {
      if (/\b(NaN|Infinity|undefined)\b/.test(attr.value)) found.push(`${node.localName}[${attr.name}="${attr.value.slice(0, 60)}"]`);
    }
  }
  const match = /.{0,30}\b(NaN|Infinity|undefined)\b.{0,30}/.exec(deepText(el.shadowRoot!));
  if (match) found.push(`text: ${match[0]}`);
  return found;
}

const ZERO = /^[-−]?0(\.0+)?(万元|元|亿元|%)?$/;
const amountOf = (cell: string): number | null => {
  const cleaned = cell.replace(/[,\s万亿元%]/g, '');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
};

/** CSV text → rows of cells (quotes honoured; the export neutralises with a leading '). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows.map((r) => r.map((x) => x.replace(/^'/, '')));
}

/**
 * Data-table cells shown as zero whose row, found in the CSV export by its name, carries no
 * zero (nor blank) amount: a nonzero amount rounded to nothing on screen.
 */
function zerosShown(table: HTMLTableElement[], csv: string[][]): string[] {
  const found: string[] = [];
  for (const t of table) {
    for (const tr of Array.from(t.querySelectorAll('tr'))) {
      const cells = Array.from(tr.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
      const zeros = cells.filter((cell) => ZERO.test(cell.replace(/\s/g, '')) && !cell.endsWith('%'));
      if (!zeros.length) continue;
      const name = cells.find((cell) => amountOf(cell) === null && cell.length > 1);
      if (!name) continue;
      const matches = csv.filter((row) => row.some((cell) => cell.trim() === name));
      if (!matches.length) continue;
      const honest = matches.some((row) => row.some((cell) => cell.trim() === '' || amountOf(cell) === 0));
      if (!honest) found.push(`${name}: ${cells.join(' | ')}`);
    }
  }
  return found;
}

/** The pie's data table: the share column of its rows other than the total adds to 100.0. */
function pieShares(el: Widget): number | null {
  const table = el.shadowRoot!.querySelector('.table-wrap table');
  if (!table) return null;
  const shares: number[] = [];
  // Rows of "其他 (N项)"'s members (tr.member) are inside their slice's share, not beside it.
  for (const tr of Array.from(table.querySelectorAll('tbody tr:not(.member)'))) {
    const cells = Array.from(tr.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').trim());
    if (cells.some((cell) => /^(合计|总计|Total)/.test(cell))) continue;
    const share = cells.find((cell) => /^\d+(\.\d+)?%$/.test(cell));
    if (share) shares.push(parseFloat(share));
  }
  if (!shares.length) return null;
  return Math.round(shares.reduce((a, b) => a + b, 0) * 10) / 10;
}

/**
 * The 公务用车 line of the 三公 data table shown as "—" (not printed) in a column where one of
 * its two parts, 购置费 or 运行维护费, shows a number: the line is their sum, not nothing.
 */
function vehiclesUnshown(table: HTMLTableElement | undefined): string[] {
  if (!table) return [];
  const row = (name: string) => Array.from(table.querySelectorAll('tbody tr')).find((tr) => tr.querySelector('th')?.textContent?.trim().startsWith(name));
  const cells = (tr: Element | undefined) => (tr ? Array.from(tr.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim()) : []);
  const vehicles = cells(row('公务用车购置及运行维护费'));
  const purchase = cells(row('公务用车购置费'));
  const operation = cells(row('公务用车运行维护费'));
  const found: string[] = [];
  // The amount columns: 预算数, then (in a 决算) 决算数 and the rate.
  for (const column of [0, 1]) {
    if (vehicles[column] !== '—') continue;
    if ([purchase[column], operation[column]].some((cell) => cell !== undefined && amountOf(cell) !== null)) found.push(`vehicles shown as — above printed parts (column ${column})`);
  }
  return found;
}

/** Everything wrong with one element drawn on a parsed document. */
async function faults(el: Widget, label: string): Promise<string[]> {
  const out: string[] = [];
  const root = el.shadowRoot!;
  if (el.state === 'invalid') {
    out.push(`${label}: invalid — ${el.problems.map((p) => `${p.path ?? ''} ${p.message.en}`).slice(0, 3).join('; ')}`);
    return out;
  }
  for (const bad of nonFinite(el)) out.push(`${label}: ${bad}`);
  const box = el.getBoundingClientRect();
  if (box.height < 16) out.push(`${label}: blank box (${Math.round(box.height)} px high)`);
  if (el.state === 'empty') {
    const words = (root.querySelector('.empty')?.textContent ?? '').trim();
    if (words.length < 6) out.push(`${label}: empty without words ("${words}")`);
    return out;
  }
  if (el.state !== 'ready') {
    out.push(`${label}: state ${el.state}`);
    return out;
  }
  if (!deepText(root).trim()) out.push(`${label}: nothing visible`);
  if (el.localName === 'disclosure-report') {
    // The composite: each part is itself one of the elements, checked the same way.
    for (const part of Array.from(deep(root)).filter((node): node is Widget => 'state' in node && node.shadowRoot !== null && node.localName.includes('-'))) {
      if (part.state === 'invalid') out.push(`${label} › ${part.localName}: invalid`);
      for (const bad of nonFinite(part)) out.push(`${label} › ${part.localName}: ${bad}`);
    }
    return out;
  }
  const summary = root.querySelector('[id$="-summary"]');
  if (!summary || !(summary.textContent ?? '').trim()) out.push(`${label}: no summary sentence`);
  const toggle = root.querySelector<HTMLButtonElement>('button.table-toggle');
  if (!toggle) {
    out.push(`${label}: no data-table toggle`);
    return out;
  }
  toggle.click();
  await el.updateComplete;
  const tables = Array.from(root.querySelectorAll<HTMLTableElement>('.table-wrap table'));
  if (!tables.length) out.push(`${label}: no data table`);
  else if (!tables.some((t) => t.querySelector('td, tbody th'))) out.push(`${label}: data table without rows`);
  for (const bad of zerosShown(tables, csvRows(el.toCSV()))) out.push(`${label}: nonzero shown as zero — ${bad}`);
  if (el.localName === 'three-public-costs') for (const bad of vehiclesUnshown(tables[0])) out.push(`${label}: ${bad}`);
  if (el.localName === 'spend-structure-pie') {
    const total = pieShares(el);
    if (total !== null && total !== 100) out.push(`${label}: shares add to ${total}`);
  }
  for (const bad of nonFinite(el)) out.push(`${label} (table open): ${bad}`);
  return out;
}

async function drawEverywhere(name: string, doc: unknown, widths: number[]): Promise<string[]> {
  const out: string[] = [];
  for (const width of widths) {
    for (const tag of ELEMENT_TAGS) {
      const el = await mount(tag, doc, width);
      out.push(...(await faults(el, `${name} <${tag}> @${width}`)));
      el.parentElement!.remove();
    }
  }
  return out;
}

describe('every element on every document the parser makes of the variant texts', function () {
  this.timeout(180000);
  watchPageErrors({ perTest: true });

  for (const name of VARIANTS) {
    it(`${name}.txt: parsed, validated, drawn or explained by each element at 360 and 960 px`, async () => {
      const result = parse(await fixtureText(`variants/${name}.txt`));
      if (!result.document) {
        // Nothing to draw: the parser says why (a text without a year or without tables).
        expect(result.warnings.length + (result.problems?.length ?? 0), `${name}: no document and no reason`).to.be.above(0);
        return;
      }
      expect(validate(result.document).problems.map((p) => `${p.path} ${p.message.en}`), `${name}: the parser's document validates`).to.deep.equal([]);
      // The name every summary sentence starts with: a name, not the cover run together.
      expect(result.document.meta.department, `${name}: department`).to.not.match(/单位[:：]|表\d|公开/);
      expect(result.document.meta.department.length, `${name}: department length`).to.be.at.most(40);
      expect(await drawEverywhere(name, result.document, [360, 960])).to.deep.equal([]);
    });
  }
});

describe('every element on the real parsed documents (tests/fixtures/real)', function () {
  this.timeout(300000);
  watchPageErrors({ perTest: true });

  for (const name of REAL) {
    it(`${name}.json: drawn or explained by each element at 960 px`, async () => {
      const doc = JSON.parse(await fixtureText(`real/${name}.json`));
      expect(await drawEverywhere(name, doc, [960])).to.deep.equal([]);
    });
  }
});

describe('kinds the variant texts brought, drawn honestly', function () {
  this.timeout(60000);
  watchPageErrors({ perTest: true });
  const parsed = async (name: string) => parse(await fixtureText(`variants/${name}.txt`)).document!;
  const cellsOf = (el: Widget, name: string) =>
    Array.from(el.shadowRoot!.querySelectorAll('.table-wrap tbody tr'))
      .find((tr) => tr.querySelector('th')?.textContent?.trim() === name)
      ?.querySelectorAll('td') ?? [];

  it('a 公开07表 with 购置费 and 运行维护费 but no 公务用车 小计: the vehicles line is their sum, said derived; the CSV keeps it unprinted', async () => {
    const el = await mount('three-public-costs', await parsed('final-three-public-no-subtotal'), 960);
    expect(el.state).to.equal('ready');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.table-toggle')!.click();
    await el.updateComplete;
    const vehicles = Array.from(cellsOf(el, '公务用车购置及运行维护费')).map((td) => td.textContent!.trim());
    expect(vehicles.slice(0, 3)).to.deep.equal(['18.00（推算）', '18.00（推算）', '100.0%']);
    const bar = el.shadowRoot!.querySelector('g[data-id="vehicles"]')?.textContent ?? '';
    expect(bar.replace(/\s+/g, '')).to.contain('18.00（推算）/18.00（推算）');
    expect(Array.from(el.shadowRoot!.querySelectorAll('.note')).map((n) => n.textContent).join('')).to.contain('购置费与运行维护费之和（推算）');
    const csv = csvRows(el.toCSV()).find((row) => row[0] === '公务用车购置及运行维护费')!;
    expect([csv[2], csv[3]]).to.deep.equal(['', '']);
  });

  it('a 表3 that prints only its 合计 row: the sankey flows from the total to 基本支出 and 项目支出, and the 100 in no kind is a named gap', async () => {
    const el = (await mount('budget-sankey', await parsed('function-total-only-row'), 960)) as Widget & { layout?: { links: { source: string; target: string; value: number }[] } };
    expect(el.state).to.equal('ready');
    expect(el.layout!.links.map((l) => `${l.source}->${l.target} ${l.value}`)).to.deep.equal(['total->exp:basic 600', 'total->exp:project 300', 'total->imbalance:total 100']);
    // Shares of the printed 合计 (1,000), not of the 900 the kinds add up to.
    expect(el.shadowRoot!.querySelector('[id$="-summary"]')!.textContent).to.contain('基本支出占60.0%');
  });

  it('a 表3 that prints only 项 rows (no 类 or 款 line): the sankey draws each 项 as printed', async () => {
    const el = (await mount('budget-sankey', await parsed('expenditure-classes-wrapped'), 360)) as Widget & { layout?: { nodes: { id: string }[] } };
    expect(el.state).to.equal('ready');
    expect(el.layout!.nodes.map((n) => n.id).filter((id) => id.startsWith('fn:'))).to.deep.equal(['fn:2010501', 'fn:2080505', 'fn:2080506', 'fn:2150299']);
    expect(nonFinite(el)).to.deep.equal([]);
  });
});

describe('a 部门综合预算 (the title some cities print) is read as a 部门预算 of its 预算单位', function () {
  it('kind budget, department from "预算单位：", so the 三公 widget speaks of a budget', async () => {
    for (const name of ['three-public-year-groups', 'summary-carry-over-parts', 'economic-dual-columns', 'summary-wrapped-labels']) {
      const meta = parse(await fixtureText(`variants/${name}.txt`)).document!.meta;
      expect([meta.kind, meta.department], name).to.deep.equal(['budget', '测试局']);
    }
  });
});
