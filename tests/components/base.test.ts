import { expect, fixture, html } from '@open-wc/testing';
import { define } from '../../components/base/register.js';
import { emit } from '../../components/base/events.js';
import { langOf } from '../../components/base/lang.js';
import { placeTooltip } from '../../components/base/tooltip.js';
import { toCsvText } from '../../components/base/export.js';
import { describeCell, describeProvenance, listTables } from '../../components/base/provenance.js';
import { speak } from '../../components/base/catalogue.js';

describe('define()', () => {
  it('registers a tag once and ignores a second registration, even with another class', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('dw-test-define', First);
    expect(() => define('dw-test-define', Second)).not.to.throw();
    expect(customElements.get('dw-test-define')).to.equal(First);
  });

  it('does not throw when the same class is registered under a second tag', () => {
    class Shared extends HTMLElement {}
    define('dw-test-shared-a', Shared);
    expect(() => define('dw-test-shared-b', Shared)).not.to.throw();
  });
});

describe('emit()', () => {
  it('fires a bubbling, composed event with the detail', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    let received: CustomEvent | undefined;
    document.addEventListener('dw-error', (event) => (received = event), { once: true });
    emit(inner, 'dw-error', { problems: [] });
    expect(received?.detail).to.deep.equal({ problems: [] });
    expect(received?.bubbles).to.equal(true);
    expect(received?.composed).to.equal(true);
  });
});

describe('langOf()', () => {
  it('uses the nearest lang, crossing shadow roots, else zh-CN', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en-GB"><section><span></span></section></div>`);
    expect(langOf(outer.querySelector('span')!)).to.equal('en');
    const host = outer.querySelector('section')!;
    const root = host.attachShadow({ mode: 'open' });
    const deep = document.createElement('b');
    root.append(deep);
    expect(langOf(deep)).to.equal('en');
    const plain = await fixture<HTMLDivElement>(html`<div><i></i></div>`);
    const savedLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      expect(langOf(plain.querySelector('i')!)).to.equal('zh-CN');
    } finally {
      if (savedLang !== null) document.documentElement.setAttribute('lang', savedLang);
    }
  });
});

describe('placeTooltip()', () => {
  const viewport = { width: 360, height: 640 };
  const size = { width: 200, height: 120 };

  it('puts the tooltip right of and below the anchor when there is room', () => {
    expect(placeTooltip({ x: 20, y: 20 }, size, viewport)).to.deep.equal({ left: 32, top: 20 });
  });

  it('flips left and up near the right and bottom edges, staying inside the viewport', () => {
    const { left, top } = placeTooltip({ x: 340, y: 600 }, size, viewport);
    expect(left).to.be.at.least(8);
    expect(left + size.width).to.be.at.most(viewport.width - 8);
    expect(top).to.be.at.least(8);
    expect(top + size.height).to.be.at.most(viewport.height - 8);
  });

  it('stays inside even when the tooltip is almost as wide as the viewport', () => {
    const { left } = placeTooltip({ x: 180, y: 100 }, { width: 340, height: 50 }, viewport);
    expect(left).to.be.at.least(8);
    expect(left + 340).to.be.at.most(viewport.width - 8);
  });
});

describe('toCsvText()', () => {
  it('quotes commas, quotes and newlines, and leaves blanks (null) empty', () => {
    expect(toCsvText([['a', 'b,c', 'say "hi"', null, 1.5]])).to.equal('a,"b,c","say ""hi""",,1.5');
    expect(toCsvText([['x'], ['line\nbreak']])).to.equal('x\r\n"line\nbreak"');
  });
});

describe('provenance in words', () => {
  it('names the table, the row (行次 or code) and the column', () => {
    expect(describeCell({ table: 't3', row: '2150517', column: 'basic', label: '产业发展 基本支出' }, 'zh-CN')).to.equal(
      '公开03表 科目2150517 产业发展 基本支出',
    );
    expect(describeCell({ table: 't1', row: '8', column: 'amount', label: '基本支出' }, 'zh-CN')).to.equal('公开01表 第8行 基本支出');
    expect(describeCell({ table: 't1', row: '8', column: 'amount', label: '基本支出' }, 'en')).to.equal('Table 01 row 8 基本支出');
    expect(describeCell({ table: 't6', row: '人员经费合计', column: 'amount', label: '人员经费合计' }, 'zh-CN')).to.equal(
      '公开06表 人员经费合计',
    );
  });

  it('says how a derived value was computed', async () => {
    // The frame's English loads on demand (catalogue.ts); an element waits for it before drawing.
    await speak('en');
    const lines = describeProvenance({ cells: [], derived: { 'zh-CN': '301 与 303 之和', en: 'sum of 301 and 303' } }, 'en');
    expect(lines).to.deep.equal(['Derived: sum of 301 and 303']);
    expect(listTables(['t1', 't3', 't6'], 'zh-CN')).to.equal('公开01表、公开03表、公开06表');
  });
});
