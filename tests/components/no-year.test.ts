// A document with no recognisable year (the parser leaves meta.year out rather than invent
// one): every element draws it, its titles and sentences leave the year out — never
// "undefined", "NaN" or "0年" — and the exports say the same.
import { expect } from '@open-wc/testing';
import { mountWidget } from './mount-widget.js';
import '../../components/index.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { ELEMENT_TAGS } from '../helpers/tags.js';
import { watchPageErrors } from '../helpers/page-errors.js';
import { deepElements } from '../helpers/drawn.js';

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean>; toSVG?(): string; toCSV?(): string };

const allText = (el: Widget) => Array.from(deepElements(el.shadowRoot!)).map((node) => node.textContent ?? '').join(' ');

describe('a document without a year, in every element', () => {
  const errors = watchPageErrors();
  for (const tag of ELEMENT_TAGS) {
    for (const lang of ['zh-CN', 'en']) {
      it(`<${tag}> (${lang}) draws it and never prints undefined or a year 0`, async () => {
        const doc = await sampleDocument();
        delete (doc.meta as { year?: number }).year;
        const el = await mountWidget<Widget>(tag, 900, doc, { lang });
        expect(el.state, `<${tag}> state`).to.equal('ready');
        const text = [allText(el), el.getAttribute('aria-label') ?? '', el.toSVG?.() ?? '', el.toCSV?.() ?? ''].join(' ');
        expect(text).not.to.match(/undefined|NaN|(?<!\d)0年/);
        expect(errors).to.deep.equal([]);
      });
    }
  }
});
