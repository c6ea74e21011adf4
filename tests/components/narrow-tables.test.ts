// At 360 px a data table scrolls in its wrap rather than squeezing its words: Chinese breaks
// between any two characters, so a name beside unwrapped numbers used to stand one character
// per line (the 三公 table did). Every element's table is checked, not only the one reported.
import { expect } from '@open-wc/testing';
import { mountWidget } from './mount-widget.js';
import '../../components/index.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { ELEMENT_TAGS } from '../helpers/tags.js';
import { deepElements } from '../helpers/drawn.js';

type Widget = HTMLElement & { data?: unknown; state: string; updateComplete: Promise<boolean> };

describe('data tables at 360 px', () => {
  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: no cell of words is narrower than 6em`, async () => {
      const el = await mountWidget<Widget>(tag, 360, await sampleDocument());
      expect(el.state).to.equal('ready');
      for (const toggle of Array.from(deepElements(el.shadowRoot!)).filter((node) => node.matches('button.table-toggle'))) {
        if (toggle.getAttribute('aria-expanded') !== 'true') (toggle as HTMLButtonElement).click();
      }
      await new Promise(requestAnimationFrame);
      await el.updateComplete;
      const cells = Array.from(deepElements(el.shadowRoot!)).filter(
        (node) => node.matches('tbody th[scope="row"], tbody td:not(.num):not(.code)') && (node.textContent ?? '').trim().length > 6 && (node as HTMLElement).offsetParent !== null,
      ) as HTMLElement[];
      const narrow = cells
        .map((cell) => ({ text: cell.textContent!.trim().slice(0, 12), width: cell.getBoundingClientRect().width, em: parseFloat(getComputedStyle(cell).fontSize) }))
        .filter((cell) => cell.width < 6 * cell.em);
      expect(narrow, `<${tag}> squeezed cells`).to.deep.equal([]);
      // A cell of sentences (a stated reason, a finding, a source list) reads as a paragraph:
      // at 7em every row of the table stood eight lines tall for its reason.
      const sentences = cells.filter((cell) => cell.matches('td.prose') && (cell.textContent ?? '').trim().length > 24);
      if (tag === 'budget-execution' || tag === 'disclosure-audit') expect(sentences.length, 'cells of sentences checked').to.be.greaterThan(0);
      const prose = sentences
        .map((cell) => ({ text: cell.textContent!.trim().slice(0, 12), width: cell.getBoundingClientRect().width, em: parseFloat(getComputedStyle(cell).fontSize) }))
        .filter((cell) => cell.width < 15 * cell.em);
      expect(prose, `<${tag}> squeezed sentences`).to.deep.equal([]);
    });
  }
});
