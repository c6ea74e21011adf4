// English words load on demand (components/base/catalogue.ts): a page that only speaks Chinese
// never fetches them; an English element waits for them and draws English from its first
// frame; switching language at runtime still works both ways. Imports one element only, as an
// app using the ES module build does, so the English of its catalogues is not yet loaded.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/spend-structure-pie/define.js';
import type { SpendStructurePie } from '../../components/spend-structure-pie/define.js';
import { speaks } from '../../components/base/catalogue.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { shadow } from './helpers.js';

// The page has loaded hundreds of modules already; a full buffer would record no more.
performance.clearResourceTimings();
const englishRequests = () => performance.getEntriesByType('resource').filter((entry) => /messages\.en\./.test(entry.name));
const summaryText = (el: SpendStructurePie) => shadow(el).querySelector('.summary')?.textContent ?? '';

/** Drawn: ready, laid out, rendered. */
async function drawn(el: SpendStructurePie): Promise<void> {
  await waitUntil(() => el.state === 'ready' && el.layout, 'never drawn', { timeout: 5000 });
  await el.updateComplete;
}

describe('catalogues: English on demand', () => {
  it('a Chinese element draws without loading any English', async () => {
    const el = await fixture<SpendStructurePie>(html`<spend-structure-pie lang="zh-CN"></spend-structure-pie>`);
    el.data = await sampleDocument();
    await drawn(el);
    expect(summaryText(el)).to.contain('合计');
    expect(speaks('en')).to.equal(false);
    expect(englishRequests()).to.have.length(0);
  });

  it('an English element waits for its words and never draws a Chinese frame', async () => {
    const doc = await sampleDocument();
    const el = document.createElement('spend-structure-pie') as SpendStructurePie;
    el.setAttribute('lang', 'en');
    el.data = doc;
    const frames: string[] = [];
    // Every render's words, as they reach the page.
    const observer = new MutationObserver(() => frames.push(shadow(el).querySelector('.frame')?.textContent ?? ''));
    document.body.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await drawn(el);
    observer.disconnect();
    expect(speaks('en')).to.equal(true);
    expect(englishRequests().length).to.be.greaterThan(0);
    expect(summaryText(el)).to.contain('final accounts');
    expect(summaryText(el)).to.contain('in total');
    expect(frames.length).to.be.greaterThan(0);
    // Names from the document stay Chinese; the library's own words are English in every frame.
    for (const text of frames) expect(text).not.to.match(/合计|共\d+项|数据表/);
    expect(shadow(el).querySelector('.table-toggle')?.textContent?.trim()).to.equal('Data table');
    el.remove();
  });

  it('switching language at runtime redraws in the other language and back', async () => {
    const el = await fixture<SpendStructurePie>(html`<spend-structure-pie lang="zh-CN"></spend-structure-pie>`);
    el.data = await sampleDocument();
    await drawn(el);
    const toggle = () => shadow(el).querySelector('.table-toggle')?.textContent?.trim();
    expect(toggle()).to.equal('数据表');
    el.lang = 'en';
    await el.updateComplete;
    expect(toggle()).to.equal('Data table');
    expect(summaryText(el)).to.contain('in total');
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(toggle()).to.equal('数据表');
  });
});
