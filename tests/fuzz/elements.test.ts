// Property test of every element on mutated documents (tests/helpers/mutate-document.ts):
// whatever the document (in either language, phone to desktop width), the element ends ready, empty or invalid — never blank, never
// stuck — with no error thrown into the page and the (deep-frozen) document unchanged.
// FUZZ_RUNS=2000 npm test for a long run.
import { WIDGET_TAGS } from '../helpers/tags.js';
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../components/index.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { fuzzOptions, mutatedDocument } from '../helpers/mutate-document.js';
import { watchPageErrors } from '../helpers/page-errors.js';

export const TAGS: readonly string[] = WIDGET_TAGS;

type Widget = HTMLElement & { data?: unknown; state: string; updateComplete: Promise<boolean> };

/** What a reader sees in the element: nothing counts as blank only when there is no text and no drawing. */
function visible(el: Widget): { text: string; shapes: number } {
  const root = el.shadowRoot!;
  return {
    text: (root.querySelector('.frame')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    shapes: root.querySelectorAll('svg path, svg rect, svg circle, svg line').length,
  };
}

describe('property: every element on mutated documents', function () {
  this.timeout(600000);
  const pageErrors = watchPageErrors();

  for (const tag of TAGS) {
    it(`<${tag}> ends ready, empty or invalid, never blank, never throwing`, async () => {
      const base = await sampleDocument();
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      await fc.assert(
        fc.asyncProperty(mutatedDocument(base), fc.constantFrom('zh-CN', 'en'), fc.constantFrom(320, 720, 1200), async (doc, lang, width) => {
          const before = JSON.stringify(doc);
          pageErrors.length = 0;
          wrapper.style.width = `${width}px`;
          const el = document.createElement(tag) as Widget;
          el.lang = lang;
          el.data = doc;
          wrapper.replaceChildren(el);
          await el.updateComplete;
          await new Promise(requestAnimationFrame);
          await el.updateComplete;
          expect(pageErrors, 'errors thrown into the page').to.deep.equal([]);
          expect(['ready', 'empty', 'invalid'], `state of <${tag}>`).to.include(el.state);
          const seen = visible(el);
          if (el.state === 'ready') expect(seen.shapes + seen.text.length, 'a ready element shows something').to.be.greaterThan(0);
          else expect(seen.text.length, `the ${el.state} element says why`).to.be.greaterThan(0);
          expect(JSON.stringify(doc)).to.equal(before);
        }),
        fuzzOptions(40),
      );
      wrapper.replaceChildren();
    });
  }
});
