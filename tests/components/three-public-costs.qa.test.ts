// Faults found by QA (issue 8) in <three-public-costs>, each pinned by the case that showed it.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixtureJson, sampleDocument } from '../helpers/fixtures.js';
import { mountBars, texts } from './bars-helpers.js';

/** WCAG relative luminance of a computed colour, read back through a 1×1 canvas. */
function luminance(color: string): number {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].slice(0, 3).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('<three-public-costs> QA', () => {
  // Skipped: a design call, not a one-line fix. In theme="dark" the 预算数 bar
  // (--dw-bar-back: palette-1 at 24% over the background, components/base/bars.styles.ts) is
  // rgb(18,46,63) on rgb(24,24,27): 1.26:1, so where the budget ends is next to invisible
  // (screenshot: the 4.00 budget reads as empty track). Graphics needed to read a value want
  // 3:1 (WCAG 1.4.11); raising the mix alone costs the contrast between the two bars, so the
  // light bar probably needs an outline (stroke) in dark, or its end marked.
  it('draws the 预算数 bar at 3:1 against the background in the dark theme', async () => {
    const doc = await sampleDocument();
    const el = await mountBars('three-public-costs', 1000, (element) => (element.data = doc), { theme: 'dark' });
    const back = el.shadowRoot!.querySelector('.back')!;
    const style = getComputedStyle(back);
    const background = getComputedStyle(el).getPropertyValue('--dw-background').trim();
    const fill = contrast(style.fill, background);
    const stroke = style.stroke && style.stroke !== 'none' ? contrast(style.stroke, background) : 0;
    expect(Math.max(fill, stroke)).to.be.at.least(3);
  });

  it('says a total the document does not state is not stated, never "预算—" in a sentence', async () => {
    // 重庆市水利局 2026 预算 as an older parser read it: no 公开07表 (today's reads its 表八), the
    // text giving only the vehicle figures, so 合计 is unknown; the summary read
    // "重庆市水利局2026年度“三公”经费预算—（部门预算，只有预算数）。"
    const parsed = (await fixtureJson('real/chongqing-shuili-2026-budget.json')) as { tables: Record<string, unknown> };
    const doc = structuredClone(parsed);
    delete doc.tables.t7;
    for (const lang of ['zh-CN', 'en']) {
      const el = await mountBars('three-public-costs', 1000, (element) => (element.data = doc), { lang });
      const summary = texts(el, '[part~="summary"]')[0]!;
      expect(summary).to.not.contain('—');
      expect(summary).to.contain(lang === 'en' ? 'not stated' : '未列出');
    }
  });

  it('fires dw-select with NaN, not 0, for a row whose 公开07表 cell is blank', async () => {
    // The sample leaves 因公出国（境）费 blank in 公开07表; Enter on it fired `value: 0`.
    const doc = await sampleDocument();
    const el = await mountBars('three-public-costs', 1000, (element) => (element.data = doc));
    el.shadowRoot!.querySelector<HTMLElement>('.chart')!.focus();
    await el.updateComplete;
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const selected = oneEvent(el, 'dw-select');
    await sendKeys({ press: 'Enter' });
    const detail = (await selected).detail as { code: string; value: number };
    expect(detail.code).to.equal('abroad');
    expect(Number.isNaN(detail.value), `value ${detail.value}`).to.equal(true);
  });
});
