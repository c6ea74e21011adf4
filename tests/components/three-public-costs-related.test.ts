// <three-public-costs> on 表7 that print 会议费 and 培训费 beside the 三公: the two drawn after the
// 三公 under their own heading, muted, never in the 合计; in the table, the CSV (a `group` column)
// and the summary; absent when the table does not print them. Documents: the parser's reading of
// two real excerpts (tests/fixtures/variants/*-three-public-related.txt, see
// tests/parse/three-public-related.test.ts), and the sample (no such columns).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parse } from '../../src/parse/index.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { fixtureText, sampleDocument } from '../helpers/fixtures.js';
import { mountBars, texts } from './bars-helpers.js';

const mount = (width: number, doc: unknown, attributes: Record<string, string> = {}) =>
  mountBars('three-public-costs', width, (el) => (el.data = doc), attributes);

const parsed = async (name: string) => parse(await fixtureText(`variants/${name}.txt`)).document! as Disclosure;
const value = (el: HTMLElement, key: string) => el.shadowRoot!.querySelector(`[data-id="${key}"] .value`)!.textContent!.trim();

describe('<three-public-costs> with 会议费 and 培训费 beside the 三公', () => {
  let xian: Disclosure;
  let jiangsu: Disclosure;
  before(async () => {
    xian = await parsed('final-xian-three-public-related');
    jiangsu = await parsed('budget-jiangsu-three-public-related');
  });

  it('西安卫健 决算: draws them after the 合计, under "相关支出（不属于“三公”经费）", muted', async () => {
    const el = await mount(1200, xian);
    expect(el.state).to.equal('ready');
    const rows = [...el.shadowRoot!.querySelectorAll('g.row')];
    const order = rows.map((g) => g.getAttribute('data-id') ?? `[${g.textContent!.trim()}]`);
    expect(order).to.deep.equal(['abroad', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception', 'total', '[相关支出（不属于“三公”经费）]', 'meetings', 'training']);
    expect(value(el, 'meetings')).to.equal('86.81 / 86.81 · 100.0%');
    expect(value(el, 'training')).to.equal('2,795.78 / 2,795.78 · 100.0%');
    // The 合计 is the 三公's: 587.55, not 587.55 + 86.81 + 2,795.78.
    expect(value(el, 'total')).to.equal('587.55 / 593.46 · 99.0%');
    const related = el.shadowRoot!.querySelector('[data-id="training"]')!;
    expect(related.classList.contains('related')).to.equal(true);
    const muted = getComputedStyle(related.querySelector('.front')!).fill;
    const threePublic = getComputedStyle(el.shadowRoot!.querySelector('[data-id="reception"] .front')!).fill;
    expect(muted).to.not.equal(threePublic);
  });

  it('says them in the summary, apart from the 三公 合计, in both languages', async () => {
    const el = await mount(1200, xian);
    const summary = texts(el, '[part~="summary"]')[0]!;
    expect(summary).to.contain('“三公”经费决算587.55万元');
    expect(summary).to.contain('相关支出（不属于“三公”经费，未计入合计）：会议费86.81万元、培训费2,795.78万元。');
    const en = await mount(1200, xian, { lang: 'en' });
    expect(texts(en, '[part~="summary"]')[0]).to.contain('Related (not part of the three public costs, not in their total): 会议费 (meetings) 86.81');
    expect(texts(en, 'g.kind-group .label')).to.deep.equal(['Related (not part of the three public costs)']);
  });

  it('the table heads them with their group; the CSV says each row\'s group', async () => {
    const el = await mount(1200, xian);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    const body = [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) => tr.querySelector('th')!.textContent!.trim());
    expect(body.slice(5)).to.deep.equal(['合计', '相关支出（不属于“三公”经费）', '会议费', '培训费']);
    const csv = el.toCSV().trim().split(/\r?\n/);
    expect(csv[0]!.endsWith(',group')).to.equal(true);
    expect(csv[6]).to.match(/^合计,万元,593.46,587.55,.*,“三公”经费$/);
    expect(csv[7]).to.match(/^会议费,万元,86.81,86.81,100,.*,相关支出（不属于“三公”经费）$/);
    expect(csv[8]).to.match(/^培训费,万元,2795.78,2795.78,100,.*,相关支出（不属于“三公”经费）$/);
    await expect(el).to.be.accessible();
  });

  it('walks the related rows by keyboard after the 三公 (the heading is not a stop)', async () => {
    const el = await mount(1200, xian);
    el.shadowRoot!.querySelector<HTMLElement>('.chart')!.focus();
    await el.updateComplete;
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain('培训费').and.contain('第8项，共8项');
  });

  it('江苏 预算: the printed 合计 over all five is in the table and the CSV, not drawn; the scale stays the 三公\'s', async () => {
    const el = await mount(1200, jiangsu);
    expect(value(el, 'total')).to.equal('418.26');
    expect(value(el, 'meetings')).to.equal('158.44');
    expect(value(el, 'training')).to.equal('700.00');
    expect(el.shadowRoot!.querySelector('[data-id="totalWithRelated"]')).to.equal(null);
    // The scale reaches 700 (培训费), not 1,276.70.
    expect(el.layout!.scale.x(1276.7)).to.be.greaterThan(el.layout!.width);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ''));
    expect(rows.at(-1)).to.contain('合计（含会议费、培训费）1,276.70');
    expect(el.toCSV()).to.contain('合计（含会议费、培训费）,万元,1276.7,');
    expect(texts(el, '[part~="summary"]')[0]).to.contain('会议费158.44万元、培训费700.00万元');
  });

  it('360 px: the heading and both rows stay, nothing scrolls sideways', async () => {
    const el = await mount(360, xian);
    expect(texts(el, 'g.kind-group .label')).to.deep.equal(['相关支出（不属于“三公”经费）']);
    expect(el.shadowRoot!.querySelectorAll('g.related').length).to.equal(2);
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
  });

  it('absent when the table does not print them: the sample has no heading, no group column', async () => {
    const el = await mount(1000, await sampleDocument());
    expect(el.shadowRoot!.querySelectorAll('g.kind-group').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('g.related').length).to.equal(0);
    expect(el.toCSV().split(/\r?\n/)[0]!.endsWith(',reason')).to.equal(true);
    expect(texts(el, '[part~="summary"]')[0]).to.not.contain('相关支出');
  });
});
