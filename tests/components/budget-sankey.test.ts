import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { BudgetSankey } from '../../components/budget-sankey/define.js';
import { define } from '../../components/base/register.js';
import type { DwSelectDetail } from '../../components/base/events.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { minimalDocument } from '../helpers/minimal-document.js';
import { generateDocument } from '../helpers/generate-document.js';
import { SAMPLE_URL, mountSankey, parseSvg, widthOf, nextFrame, sankeyAt, shadow } from './helpers.js';
import { deepFreeze } from '../model/flow-checks.js';


const texts = (el: HTMLElement, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '');

describe('<budget-sankey> with the sample 决算', () => {
  let doc: Disclosure;
  let el: BudgetSankey;
  before(async () => {
    doc = await sampleDocument();
  });
  beforeEach(async () => {
    el = await sankeyAt(960, (element) => (element.data = doc));
  });

  it('draws every node and flow of the model, with the printed amounts as labels', () => {
    const root = shadow(el);
    expect(el.state).to.equal('ready');
    expect(root.querySelectorAll('rect[part~="node"]').length).to.equal(el.layout!.nodes.length);
    expect(root.querySelectorAll('path[part~="link"]').length).to.equal(el.layout!.links.length);
    const ids = [...root.querySelectorAll('rect[part~="node"]')].map((node) => node.getAttribute('data-id'));
    expect(ids).to.include.members(['income:generalBudget', 'exp:basic', 'exp:project', 'cost:personnel', 'cost:public']);
    const labels = texts(el, 'text[part~="label"]').join(' | ');
    expect(labels).to.contain('一般公共预算财政拨款收入');
    expect(labels).to.contain('6,443.60');
    expect(labels).to.contain('1,057.22');
    expect(labels).to.contain('5,386.38');
    // The unit is stated once, as printed tables do, not repeated in every label.
    expect(shadow(el).querySelector('[part~="legend"] .unit')!.textContent).to.equal('单位：万元');
  });

  it('colours bands by the kind of their source and marks exaggerated tiny flows', async () => {
    const links = [...shadow(el).querySelectorAll('path[part~="link"]')];
    expect(links.some((link) => link.classList.contains('from-income'))).to.equal(true);
    const exaggerated = el.layout!.links.filter((link) => link.exaggerated).map((link) => link.id);
    const marked = links.filter((link) => link.classList.contains('exaggerated')).map((link) => link.getAttribute('data-id'));
    expect(marked).to.deep.equal(exaggerated);
    for (const link of links.filter((l) => l.classList.contains('exaggerated'))) {
      expect(getComputedStyle(link).strokeDasharray).not.to.equal('none');
    }
    const tiny = links.find((l) => l.classList.contains('exaggerated'));
    if (!tiny) throw new Error('the sample has a tiny flow (社会保障和就业支出) that should be exaggerated');
    tiny.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: 50, clientY: 50 }));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="tooltip"]')!.textContent).to.contain('加粗绘制');
  });

  it('uses a generated summary sentence as the accessible name of the chart', () => {
    const chart = shadow(el).querySelector('.chart')!;
    const summary = shadow(el).getElementById(chart.getAttribute('aria-labelledby')!)!.textContent!;
    expect(summary).to.contain('6,443.60万元');
    expect(summary).to.contain('资源勘探工业信息等支出');
    expect(summary).to.match(/基本支出占16\.4%，项目支出占83\.6%/);
  });

  // Found by QA (fixed): at depth="item" or "subitem" no 类 is drawn, and the summary
  // (budget-sankey.text.ts, summarize) then names the largest 款/项 as "the largest function
  // class": "最大的功能分类是其他制造业支出，3,440.13万元，占53.4%", while the largest 类 is
  // 资源勘探工业信息等支出 (5,381.03, 83.5%). The accessible name states something false,
  // and changes with a presentation option. Take the 类 from 公开03表 whatever the depth.
  for (const depth of ['item', 'subitem']) {
    it(`names the largest function class (类) in the summary at depth="${depth}" too`, async () => {
      const deep = await sankeyAt(960, (element) => (element.data = doc), `depth=${depth}`);
      const summary = shadow(deep).querySelector('[part~="summary"]')!.textContent!;
      expect(summary).to.contain('最大的功能分类是资源勘探工业信息等支出，5,381.03万元，占83.5%');
    });
  }

  it('never changes the caller object (even a frozen one)', async () => {
    const before = JSON.stringify(doc);
    const frozen = deepFreeze(structuredClone(doc));
    const other = await sankeyAt(960, (element) => (element.data = frozen));
    expect(other.state).to.equal('ready');
    expect(JSON.stringify(doc)).to.equal(before);
    expect(JSON.stringify(frozen)).to.equal(before);
  });

  it('shows the source cells in the tooltip on hover, and highlights what flows through', async () => {
    const link = shadow(el).querySelector<SVGPathElement>('path[data-id][class~="from-functionClass"]')!;
    link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: 100, clientY: 100 }));
    await el.updateComplete;
    const tooltip = shadow(el).querySelector<HTMLElement>('[part~="tooltip"]')!;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent).to.match(/公开0[13]表/);
    const rect = tooltip.getBoundingClientRect();
    expect(rect.right).to.be.at.most(window.innerWidth);
    expect(rect.left).to.be.at.least(0);
    const dimmed = shadow(el).querySelectorAll('.dim');
    expect(dimmed.length).to.be.greaterThan(0);
    expect(link.classList.contains('dim')).to.equal(false);
    shadow(el).querySelector('.chart')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tooltip.hidden).to.equal(true);
    expect(shadow(el).querySelectorAll('.dim').length).to.equal(0);
  });

  it('selects a node by click or tap with dw-select and its provenance', async () => {
    const node = shadow(el).querySelector<SVGRectElement>('rect[data-id="exp:basic"]')!;
    setTimeout(() => node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = (await oneEvent(el, 'dw-select')) as CustomEvent<DwSelectDetail>;
    expect(event.detail.kind).to.equal('node');
    expect(event.detail.name).to.equal('基本支出');
    expect(event.detail.value).to.equal(1057.22);
    expect(event.detail.provenance.cells.length).to.be.greaterThan(0);
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLElement>('[part~="tooltip"]')!.hidden).to.equal(false);
  });

  it('offers a data table captioned with its source tables', async () => {
    const toggle = shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!;
    expect(toggle.textContent!.trim()).to.equal('数据表');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    const tables = shadow(el).querySelectorAll('table');
    expect(tables.length).to.equal(2);
    expect(tables[0]!.caption!.textContent).to.contain('公开01表、公开03表');
    expect(tables[0]!.caption!.textContent).to.contain('公开06表');
    const rows = tables[1]!.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(el.model!.links.length);
    expect(tables[0]!.textContent).to.contain('1,057.22');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });

  it('passes axe, with the data table open too', async () => {
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('exports SVG that parses, PNG that decodes and CSV with a row per node and flow', async () => {
    const svgText = el.toSVG();
    const parsed = parseSvg(svgText);
    expect(parsed.querySelector('parsererror')).to.equal(null);
    expect(parsed.documentElement.localName).to.equal('svg');
    expect(parsed.querySelectorAll('rect[data-id]').length).to.equal(el.layout!.nodes.length);
    expect(parsed.documentElement.querySelector('path')!.getAttribute('data-style')).to.contain('stroke');
    expect(svgText).not.to.contain('<!--');
    const png = await el.toPNG(1);
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(el.layout!.width);
    const csv = el.toCSV().split('\r\n');
    expect(csv.length).to.equal(1 + el.model!.nodes.length + el.model!.links.length);
    expect(csv[0]).to.equal('type,column,id,code,name,source,target,value,unit,provenance');
    expect(csv.some((row) => row.startsWith('node,') && row.includes('基本支出') && row.includes(',1057.22,万元,'))).to.equal(true);
  });

  it('shows the download toolbar only with the toolbar attribute', async () => {
    expect(shadow(el).querySelectorAll('[data-export]').length).to.equal(0);
    el.toolbar = true;
    await el.updateComplete;
    expect(texts(el, '[data-export]')).to.deep.equal(['下载 SVG', '下载 PNG', '下载 CSV']);
  });

  it('prints amounts in the unit asked for, labels included, without changing the values', async () => {
    el.unit = '亿元';
    await el.updateComplete;
    const labels = texts(el, 'text[part~="label"]').join(' ');
    expect(labels).to.contain('本年收入合计0.64');
    // 17.98 万元 is 0.0018 亿元: small amounts keep two significant digits, never "0.00".
    expect(labels).to.contain('社会保障和就业支出0.0018');
    expect(shadow(el).querySelector('[part~="legend"] .unit')!.textContent).to.equal('单位：亿元');
    expect(shadow(el).querySelector('[part~="summary"]')!.textContent).to.contain('0.64亿元');
    expect(el.model!.total).to.equal(6443.6);
    el.unit = '元';
    await el.updateComplete;
    expect(texts(el, 'text[part~="label"]').join(' ')).to.contain('64,436,000.00');
    expect(shadow(el).querySelector('[part~="legend"] .unit')!.textContent).to.equal('单位：元');
  });

  it('changes options without replacing the drawing (no flash)', async () => {
    const svg = shadow(el).querySelector('svg');
    const nodes = el.layout!.nodes.length;
    el.depth = 'item';
    await el.updateComplete;
    expect(shadow(el).querySelector('svg')).to.equal(svg);
    expect(el.layout!.nodes.length).to.be.greaterThan(nodes);
    expect(el.getAttribute('depth')).to.equal('item');
  });
});

/** Delay every fetch, so a test can see (and interrupt) a load in flight. */
function slowFetch(signals: AbortSignal[] = []): () => void {
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.signal) signals.push(init.signal);
    return new Promise((resolve) => setTimeout(resolve, 150)).then(() => realFetch(input, init));
  };
  return () => {
    window.fetch = realFetch;
  };
}

describe('<budget-sankey> data inputs', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('loads from src (the fixture URL), showing a loading state first', async () => {
    restore = slowFetch();
    const wrapper = await fixture<HTMLElement>(html`<div ${widthOf('800px')}><budget-sankey src=${SAMPLE_URL}></budget-sankey></div>`);
    const el = wrapper.querySelector('budget-sankey')!;
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(shadow(el).querySelector('.status')!.textContent).to.contain('正在加载数据');
    await waitUntil(() => el.state === 'ready' && el.layout, 'src never loaded');
    expect(el.model!.total).to.equal(6443.6);
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const doc = await sampleDocument();
    const el = await mountSankey(
      html`<div ${widthOf('800px')}><budget-sankey><script type="application/json">${JSON.stringify(doc)}</script></budget-sankey></div>`,
    );
    expect(el.state).to.equal('ready');
    expect(el.model!.total).to.equal(6443.6);
  });

  it('aborts the fetch when src changes or the element is removed', async () => {
    const signals: AbortSignal[] = [];
    restore = slowFetch(signals);
    {
      const wrapper = await fixture<HTMLElement>(html`<div ${widthOf('800px')}><budget-sankey src=${SAMPLE_URL + '?a'}></budget-sankey></div>`);
      const el = wrapper.querySelector('budget-sankey')!;
      await el.updateComplete;
      el.src = SAMPLE_URL + '?b';
      await el.updateComplete;
      expect(signals.length).to.equal(2);
      expect(signals[0]!.aborted).to.equal(true);
      el.remove();
      expect(signals[1]!.aborted).to.equal(true);
      wrapper.append(el);
      await waitUntil(() => el.state === 'ready', 'did not reload after reconnect');
      expect(signals.length).to.equal(3);
    }
  });
});

describe('<budget-sankey> states', () => {
  it('says in words when the document has nothing to draw', async () => {
    const doc = minimalDocument();
    delete doc.tables.t3;
    doc.tables.t8 = { title: '政府性基金预算财政拨款收入支出决算表', unit: '万元', rows: [], emptyReason: '本部门没有政府性基金收入，故本表无数据。' };
    const el = await sankeyAt(800, (element) => (element.data = doc));
    expect(el.state).to.equal('empty');
    expect(shadow(el).querySelector('.empty')!.textContent).to.contain('公开03表');
    expect(shadow(el).querySelector('svg')).to.equal(null);
  });

  it('draws a document without 表1 from its spending total, with a note saying what is missing', async () => {
    const el = await sankeyAt(800, (element) => (element.data = minimalDocument()));
    expect(el.state).to.equal('ready');
    expect(shadow(el).querySelector('.note.partial')!.textContent).to.contain('没有公开01表');
    expect(texts(el, 'text[part~="label"]').join(' ')).to.contain('本年支出合计');
  });

  it('shows each problem with its path and fires dw-error for invalid data', async () => {
    const doc = (await sampleDocument()) as unknown as { tables: { t1: { income: { amount: unknown }[] } } };
    doc.tables.t1.income[0]!.amount = '6,443.60';
    const wrapper = await fixture<HTMLElement>(html`<div ${widthOf('800px')}></div>`);
    const el = document.createElement('budget-sankey');
    el.data = doc;
    const errored = oneEvent(wrapper, 'dw-error');
    wrapper.append(el);
    const event = await errored;
    await el.updateComplete;
    expect(el.state).to.equal('invalid');
    expect(event.detail.problems[0].path).to.equal('$.tables.t1.income[0].amount');
    const panel = shadow(el).querySelector('[part~="error"]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.textContent).to.contain('$.tables.t1.income[0].amount');
    expect(panel.textContent).to.contain('"6,443.60"');
    expect(panel.textContent).to.contain('应为');
    el.lang = 'en';
    await el.updateComplete;
    expect(panel.textContent).to.match(/expected|number/);
    expect(panel.textContent).not.to.contain('应为');
    await expect(el).to.be.accessible();
  });

  it('shows audit findings about the drawn tables in place, without failing', async () => {
    const doc = await sampleDocument();
    const row = doc.tables.t3!.rows.find((r) => r.code.length === 3)!;
    row.values.basic = (row.values.basic ?? 0) + 10; // 类 ≠ Σ 款, and ≠ 基本 + 项目
    const el = await sankeyAt(960, (element) => (element.data = doc));
    expect(el.state).to.equal('ready');
    expect(shadow(el).querySelector('svg')).not.to.equal(null);
    const note = shadow(el).querySelector('details.audit')!;
    expect(note.querySelector('summary')!.textContent).to.match(/核对发现 \d+ 处不一致/);
    expect(note.querySelectorAll('li').length).to.be.greaterThan(0);
    expect(note.textContent).to.contain('公开03表');
    // A node that no longer conserves its flow is named in a list beside the chart.
    const imbalances = shadow(el).querySelector('.note.imbalances');
    expect(Boolean(imbalances)).to.equal(el.model!.imbalances.length > 0);
    await expect(el).to.be.accessible();
  });

  it('draws a flow that does not balance as a named, hatched node and lists it', async () => {
    const doc = await sampleDocument();
    doc.tables.t1!.income[0]!.amount = 7000; // income 7,000.00 but spending 6,443.60
    const el = await sankeyAt(960, (element) => (element.data = doc));
    expect(el.state).to.equal('ready');
    const node = shadow(el).querySelector<SVGRectElement>('rect.node.kind-imbalance')!;
    expect(node.getAttribute('fill')).to.match(/^url\(#dw-[0-9a-z]+-hatch\)$/);
    // What is painted, not only the attribute: a CSS fill on .node once hid the hatch.
    expect(getComputedStyle(node).fill).to.match(/^url\("?#dw-[0-9a-z]+-hatch"?\)$/);
    const list = shadow(el).querySelector('.note.imbalances')!;
    expect(list.textContent).to.contain('556.40');
    node.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: 10, clientY: 10 }));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="tooltip"]')!.textContent).to.contain('不相等');
  });

  it('shows no audit note when no auditor is wired in (the single-element entry)', async () => {
    const saved = BudgetSankey.auditor;
    BudgetSankey.auditor = undefined;
    try {
      const doc = await sampleDocument();
      doc.tables.t3!.rows.find((r) => r.code.length === 3)!.values.basic! += 10;
      const el = await sankeyAt(960, (element) => (element.data = doc));
      expect(el.state).to.equal('ready');
      expect(shadow(el).querySelector('details.audit')).to.equal(null);
    } finally {
      BudgetSankey.auditor = saved;
    }
  });

  it('reports a src that cannot be loaded inside the element', async () => {
    const el = await sankeyAt(800, (element) => (element.src = new URL('../fixtures/no-such-file.json', import.meta.url).href));
    expect(el.state).to.equal('invalid');
    expect(shadow(el).querySelector('[part~="error"]')!.textContent).to.contain('HTTP 404');
  });

  it('reports JSON that does not parse in an inline script', async () => {
    const el = await mountSankey(html`<budget-sankey><script type="application/json">{ not json</script></budget-sankey>`);
    expect(el.state).to.equal('invalid');
    expect(shadow(el).querySelector('[part~="error"]')!.textContent).to.contain('不是有效的 JSON');
  });
});

describe('<budget-sankey> keyboard', () => {
  it('has one tab stop; arrows move within a column and along flows; Enter selects; Escape clears', async () => {
    const doc = await sampleDocument();
    const el = await sankeyAt(960, (element) => (element.data = doc));
    const root = shadow(el);
    const live = root.querySelector('[aria-live]')!;
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(root.activeElement).to.equal(root.querySelector('.chart'));
    expect(root.querySelector('rect.focus-ring')).not.to.equal(null);
    expect(live.textContent).to.contain('一般公共预算财政拨款收入');
    expect(live.textContent).to.contain('6,443.60万元');

    await sendKeys({ press: 'ArrowRight' }); // onto the first flow out of it
    await el.updateComplete;
    expect(root.querySelector('path.focus-ring')).not.to.equal(null);
    await sendKeys({ press: 'ArrowRight' }); // its target: 本年收入合计
    await sendKeys({ press: 'ArrowRight' }); // first flow out
    await sendKeys({ press: 'ArrowRight' }); // first class
    await el.updateComplete;
    const first = live.textContent;
    await sendKeys({ press: 'ArrowDown' }); // next class in the column
    await el.updateComplete;
    expect(live.textContent).not.to.equal(first);
    expect(live.textContent).to.match(/第3列第2项/);

    const selected = oneEvent(el, 'dw-select');
    await sendKeys({ press: 'Enter' });
    const event = (await selected) as CustomEvent<DwSelectDetail>;
    expect(event.detail.kind).to.equal('node');
    expect(event.detail.code).to.match(/^2\d\d$/);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root.querySelector('.focus-ring')).to.equal(null);
    expect(root.querySelector<HTMLElement>('[part~="tooltip"]')!.hidden).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).not.to.equal(root.querySelector('.chart'));
  });
});

describe('<budget-sankey> responsive, language and theme', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light' });
  });

  it('turns vertical at 360 px, with nothing wider than its container', async () => {
    await setViewport({ width: 360, height: 800 });
    const doc = await sampleDocument();
    const wrapper = await fixture<HTMLElement>(html`<div ${widthOf('100%')}></div>`);
    const el = document.createElement('budget-sankey');
    el.data = doc;
    el.style.width = '100%';
    wrapper.append(el);
    await waitUntil(() => el.layout);
    expect(el.layout!.orientation).to.equal('vertical');
    expect(el.layout!.width).to.be.at.most(360);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const svg = shadow(el).querySelector('svg')!;
    expect(svg.getBoundingClientRect().right).to.be.at.most(360);
    // Still readable at 320 px (or 640 px at 200% zoom): nothing sticks out.
    const at360 = el.layout!.width;
    await setViewport({ width: 320, height: 800 });
    await waitUntil(() => el.layout && el.layout.width < at360, 'no relayout at 320 px');
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const labels = [...shadow(el).querySelectorAll('text[part~="label"]')];
    for (const label of labels) expect(label.getBoundingClientRect().right).to.be.at.most(320.5);
    // And back to horizontal when the container grows.
    await setViewport({ width: 1000, height: 800 });
    await waitUntil(() => el.layout?.orientation === 'horizontal', 'no relayout on resize');
  });

  it('speaks English with lang="en", or the nearest lang in the page', async () => {
    const doc = await sampleDocument();
    const el = await mountSankey(html`<div lang="en" ${widthOf('960px')}><budget-sankey .data=${doc}></budget-sankey></div>`);
    const summary = shadow(el).querySelector('[part~="summary"]')!.textContent!;
    expect(summary).to.contain('6,443.60 10k yuan');
    expect(summary).to.contain('Basic expenditure is 16.4%');
    expect(shadow(el).querySelector('.table-toggle')!.textContent!.trim()).to.equal('Data table');
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(shadow(el).querySelector('.table-toggle')!.textContent!.trim()).to.equal('数据表');
  });

  it('follows the page when the language above it changes later', async () => {
    const doc = await sampleDocument();
    const el = await mountSankey(html`<div lang="en" ${widthOf('960px')}><budget-sankey .data=${doc}></budget-sankey></div>`);
    expect(shadow(el).querySelector('.table-toggle')!.textContent!.trim()).to.equal('Data table');
    el.parentElement!.setAttribute('lang', 'zh-CN');
    await waitUntil(() => shadow(el).querySelector('.table-toggle')!.textContent!.trim() === '数据表', 'did not follow the page language');
    expect(shadow(el).querySelector('[part~="legend"] .unit')!.textContent).to.equal('单位：万元');
  });

  it('switches to dark colours with theme="dark" and with prefers-color-scheme: dark', async () => {
    const doc = await sampleDocument();
    const el = await sankeyAt(800, (element) => (element.data = doc));
    const light = getComputedStyle(el).getPropertyValue('--dw-background').trim();
    el.theme = 'dark';
    await el.updateComplete;
    const dark = getComputedStyle(el).getPropertyValue('--dw-background').trim();
    expect(dark).not.to.equal(light);
    expect(el.toSVG()).to.contain(`fill="${dark}"`);
    await expect(el).to.be.accessible();
    el.theme = 'auto';
    await emulateMedia({ colorScheme: 'dark' });
    await nextFrame();
    expect(getComputedStyle(el).getPropertyValue('--dw-background').trim()).to.equal(dark);
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).getPropertyValue('--dw-background').trim()).to.equal(light);
  });
});

describe('<budget-sankey> media: forced colours, reduced motion, print', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference', media: 'screen' } as never);
  });

  it('uses system colours in forced-colors mode, drops transitions for reduced motion, hides controls in print', async () => {
    const doc = await sampleDocument();
    const el = await sankeyAt(800, (element) => (element.data = doc), 'toolbar');
    const node = shadow(el).querySelector('rect[part~="node"]')!;
    const link = shadow(el).querySelector('path[part~="link"]')!;
    const paletteFill = getComputedStyle(node).fill;
    await emulateMedia({ forcedColors: 'active' } as never);
    await nextFrame();
    expect(getComputedStyle(node).fill).not.to.equal(paletteFill);
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' } as never);
    await nextFrame();
    expect(getComputedStyle(link).transitionDuration).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference', media: 'print' } as never);
    await nextFrame();
    expect(getComputedStyle(shadow(el).querySelector('[part~="toolbar"]')!).display).to.equal('none');
  });
});

describe('<budget-sankey> on a page', () => {
  it('tolerates being registered twice', () => {
    expect(() => define('budget-sankey', BudgetSankey)).not.to.throw();
    expect(() => define('budget-sankey', class extends BudgetSankey {})).not.to.throw();
    expect(customElements.get('budget-sankey')).to.equal(BudgetSankey);
  });

  it('lets two charts share a page without colliding ids or focus', async () => {
    const doc = await sampleDocument();
    const wrapper = await fixture<HTMLElement>(
      html`<div ${widthOf('800px')}><budget-sankey .data=${doc}></budget-sankey><budget-sankey .data=${doc} lang="en"></budget-sankey></div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('budget-sankey')] as BudgetSankey[];
    await waitUntil(() => a!.layout && b!.layout);
    const ids = (el: BudgetSankey) => [...shadow(el).querySelectorAll('[id]')].map((node) => node.id);
    const shared = ids(a!).filter((id) => ids(b!).includes(id));
    expect(shared).to.deep.equal([]);
    const svgA = parseSvg(a!.toSVG());
    const svgB = parseSvg(b!.toSVG());
    const exportIds = (d: Document) => [...d.querySelectorAll('[id]')].map((node) => node.id);
    expect(exportIds(svgA).filter((id) => exportIds(svgB).includes(id))).to.deep.equal([]);
    shadow(a!).querySelector<HTMLElement>('.chart')!.focus();
    await a!.updateComplete;
    expect(shadow(a!).querySelector('.focus-ring')).not.to.equal(null);
    expect(shadow(b!).querySelector('.focus-ring')).to.equal(null);
  });

  it('expands a merged "其他 (N项)" node on activation', async () => {
    const doc = generateDocument({ classes: 24, itemsPerClass: 2, subitemsPerItem: 1, seed: 11 });
    const el = await sankeyAt(640, (element) => (element.data = doc), 'orientation=horizontal');
    const merged = el.layout!.nodes.find((node) => node.merged?.length);
    if (!merged) throw new Error('the layout merged nothing for 24 classes at 640 px');
    const before = el.layout!.nodes.length;
    const rect = shadow(el).querySelector<SVGRectElement>(`rect[data-id="${CSS.escape(merged.id)}"]`)!;
    expect(rect.classList.contains('merged')).to.equal(true);
    // What the drawing merged is still in the table and the CSV.
    const hidden = el.model!.nodes.find((node) => node.id === merged.merged![0])!;
    expect(el.toCSV()).to.contain(`,${hidden.id},`);
    rect.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.layout!.nodes.find((node) => node.id === merged.id)).to.equal(undefined);
    expect(el.layout!.nodes.length).to.be.greaterThan(before);
  });

  // Found by QA: Enter on "其他 (N项)" expanded it and moved focus (ring and tooltip) to its
  // first node, but the live region still said "其他 (N项) … 第3列第4项，共4项": a screen-reader
  // user never heard where focus went (components/base/marks-controller.ts, choose()).
  it('announces the node focus moves to when Enter expands "其他 (N项)"', async () => {
    const doc = await sampleDocument();
    const el = await sankeyAt(360, (element) => (element.data = doc), 'depth=item');
    const merged = el.layout!.nodes.find((node) => node.merged?.length);
    if (!merged) throw new Error('the layout merged nothing at depth=item, 360 px');
    const root = shadow(el);
    const live = root.querySelector('[aria-live]')!;
    root.querySelector<HTMLElement>('.chart')!.focus();
    // Down the flows to the first 款, then to the end of its stage: the merged node.
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'End']) await sendKeys({ press: key });
    await el.updateComplete;
    expect(live.textContent).to.contain('其他');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const first = el.model!.nodes.find((node) => node.id === merged.merged![0])!;
    expect(live.textContent).to.contain(first.name);
    expect(live.textContent).not.to.contain('其他 (');
  });
});
