// Elements written into the page before the library's script runs (a CMS puts the markup
// first, the <script type="module"> last, or loads it lazily): the properties a page set on
// the not-yet-defined element, its attributes and its inline JSON must all count once the
// definitions arrive. Nothing here imports the elements statically: they are defined mid-test.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sampleDocument } from '../helpers/fixtures.js';
import { ELEMENT_TAGS } from '../helpers/tags.js';

const TAGS = ELEMENT_TAGS;

type Widget = HTMLElement & { data?: unknown; state: string; updateComplete: Promise<boolean>; currentLang: string; toCSV(): string };

describe('elements created before their definition', function () {
  this.timeout(60000);
  it('take the data, lang, unit and inline JSON set while undefined', async () => {
    const doc = await sampleDocument();
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.style.width = '800px';
    const byProperty: Widget[] = [];
    const inline: Widget[] = [];
    for (const tag of TAGS) {
      expect(customElements.get(tag), `${tag} not yet defined`).to.equal(undefined);
      const el = document.createElement(tag) as Widget;
      // An own property on the plain HTMLElement, which would shadow the class's accessor.
      el.data = doc;
      el.lang = 'en';
      el.setAttribute('unit', '元');
      wrapper.append(el);
      byProperty.push(el);
      const other = document.createElement(tag) as Widget;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(doc);
      other.append(script);
      wrapper.append(other);
      inline.push(other);
    }
    await import('../../components/index.js');
    for (const el of [...byProperty, ...inline]) {
      await waitUntil(() => el.state !== 'none' && el.state !== 'loading', `<${el.localName}> never settled`, { timeout: 5000 });
      await el.updateComplete;
      expect(el.state, `<${el.localName}>`).to.equal('ready');
    }
    for (const el of byProperty) {
      expect(el.currentLang, `<${el.localName}> lang`).to.equal('en');
      expect(Object.prototype.hasOwnProperty.call(el, 'data'), `<${el.localName}> has no own data property left`).to.equal(false);
      // The property still drives the element after the upgrade.
      el.data = null;
      await el.updateComplete;
      expect(el.state, `<${el.localName}> after data = null`).to.not.equal('ready');
    }
  });
});
