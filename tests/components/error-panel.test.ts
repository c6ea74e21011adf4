// The error panel's wording (issue 7, fault 9): a src that cannot be loaded is not "invalid
// data", and each problem's path is printed once.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { BudgetSankey } from '../../components/budget-sankey/define.js';
import type { DwErrorDetail } from '../../components/base/events.js';
import { minimalDocument } from '../helpers/minimal-document.js';
import '../../components/index.js';

async function failing(setup: (el: BudgetSankey) => void): Promise<{ el: BudgetSankey; detail: DwErrorDetail }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = '800px';
  const el = document.createElement('budget-sankey');
  setup(el);
  const errored = oneEvent(wrapper, 'dw-error');
  wrapper.append(el);
  const event = await errored;
  await waitUntil(() => el.state === 'invalid', 'not invalid', { timeout: 5000 });
  await el.updateComplete;
  return { el, detail: event.detail };
}

const panel = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="error"]')!;
const title = (el: HTMLElement) => panel(el).querySelector('h2')!.textContent!.trim();

describe('error panel wording', () => {
  it('titles an HTTP 404 from src as a loading failure, with the URL and the status, in both languages', async () => {
    const url = new URL('../fixtures/no-such-file.json', import.meta.url).href;
    const { el, detail } = await failing((element) => (element.src = url));
    expect(title(el)).to.equal('无法加载数据');
    expect(panel(el).textContent).not.to.contain('数据有误');
    expect(panel(el).textContent).to.contain(url).and.contain('HTTP 404').and.contain('找不到该文件');
    expect(detail.kind).to.equal('load');
    expect(detail.problems[0]!.found).to.equal('HTTP 404');
    el.lang = 'en';
    await el.updateComplete;
    expect(title(el)).to.equal('Could not load the data');
    expect(panel(el).textContent).to.contain('HTTP 404 (not found)');
    await expect(el).to.be.accessible();
  });

  it('titles a network failure as a loading failure, not as invalid data', async () => {
    const original = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const { el, detail } = await failing((element) => (element.src = '/data/2021.json'));
      expect(title(el)).to.equal('无法加载数据');
      expect(panel(el).textContent).to.contain('/data/2021.json').and.contain('连接失败');
      expect(detail.kind).to.equal('load');
    } finally {
      window.fetch = original;
    }
  });

  it('says a web page came back where JSON was expected (a wrong address answered with 200)', async () => {
    const original = window.fetch;
    window.fetch = async () => new Response('<!doctype html><title>首页</title>', { status: 200, headers: { 'content-type': 'text/html' } });
    try {
      const { el, detail } = await failing((element) => (element.src = '/data/2021.json'));
      expect(title(el)).to.equal('无法加载数据');
      expect(panel(el).textContent).to.contain('返回的是网页');
      expect(detail.kind).to.equal('load');
    } finally {
      window.fetch = original;
    }
  });

  it('prints each path once: "$.meta：缺少必填字段。", not "$.meta $.meta：…"', async () => {
    const doc = minimalDocument() as unknown as Record<string, unknown>;
    delete doc.meta;
    const { el, detail } = await failing((element) => (element.data = doc));
    expect(title(el)).to.equal('数据有误，无法绘制');
    const item = panel(el).querySelector('li')!;
    expect(item.textContent!.replace(/\s+/g, '')).to.equal('$.meta：缺少必填字段。');
    expect(item.querySelector('code')!.textContent).to.equal('$.meta');
    el.lang = 'en';
    await el.updateComplete;
    expect(panel(el).querySelector('li')!.textContent!.trim()).to.equal('$.meta: missing, but required.');
    expect(detail.kind).to.equal('data');
  });

  it('shows a problem about the whole document without a lone "$"', async () => {
    const { el } = await failing((element) => (element.data = 42 as unknown));
    const item = panel(el).querySelector('li')!;
    // Counts, not elements: chai would try to print a DOM element in a failure message.
    expect(item.querySelectorAll('code').length).to.equal(0);
    expect(item.textContent!.trim()).to.match(/^应为一个披露文档对象/);
  });
});
