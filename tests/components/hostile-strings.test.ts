// The hostile-string corpus (tests/helpers/hostile-strings.ts) in every name a widget shows:
// each widget must show the strings as inert text — in its chart, its tooltips, its data
// table, its SVG export and its CSV export — never as markup, script, a link, a style, a
// formula, or text that reorders the sentence around it.
import { expect } from '@open-wc/testing';
import '../../components/index.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { FORMULA_STRINGS, LONG_NAME, NAME_STRINGS, hostileDocument } from '../helpers/hostile-strings.js';
import { mountWidget } from './mount-widget.js';
import { parseSvg } from './helpers.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { isolate } from '../../src/format/bidi.js';
import { CONTROLS, bidiLeaks } from '../helpers/bidi-leaks.js';

const TAGS = ['budget-sankey', 'spend-structure-pie', 'budget-execution', 'three-public-costs', 'performance-scorecard', 'performance-summary', 'disclosure-audit'];
const WIDTH = 900;

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean>; toSVG(): string; toCSV(): string };

/** Elements, attributes and URLs that would mean a string became markup. */
function injected(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName;
    if (['script', 'img', 'iframe', 'object', 'embed', 'foreignobject', 'b'].includes(tag)) found.push(`<${tag}>`);
    if (el.id === 'hostile-b') found.push('#hostile-b');
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
      if (/^\s*javascript:/i.test(attr.value) && /href|src|action/i.test(attr.name)) found.push(`${tag}[${attr.name}=javascript:]`);
    }
    if (tag === 'style' && /display\s*:\s*none/.test(el.textContent ?? '')) found.push('<style> from data');
    if (el.shadowRoot) found.push(...injected(el.shadowRoot));
  }
  return found;
}

/** Text nodes where a bidi control from a name leaks (a node holding just one name is its own run: an element boundary). */
function leakingBidi(root: ParentNode): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      if (CONTROLS.test(text) && !NAME_STRINGS.includes(text.trim()) && bidiLeaks(text)) out.push(JSON.stringify(text.slice(0, 80)));
      return;
    }
    for (const child of Array.from(node.childNodes)) walk(child);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  walk(root as Node);
  return out;
}

/** The fields of a CSV text (RFC 4180 quoting). */
function csvFields(text: string): string[] {
  const fields: string[] = [];
  const pattern = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r?\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) && match[0] !== '') {
    const raw = match[1]!;
    fields.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
  }
  return fields;
}

describe('hostile strings are shown inert in every widget', function () {
  this.timeout(60000);
  let doc: Disclosure;
  before(async () => {
    doc = hostileDocument(await sampleDocument());
    (window as { __hostile?: unknown }).__hostile = undefined;
  });

  for (const tag of TAGS) {
    it(`<${tag}>: chart, tooltips, data table, SVG and CSV export`, async () => {
      const el = await mountWidget<Widget>(tag, WIDTH, doc, { toolbar: '' });
      expect(el.state, JSON.stringify((el as unknown as { problems: unknown[] }).problems?.slice(0, 1)).slice(0, 300)).to.equal('ready');
      const root = el.shadowRoot!;
      // The data table open, and every mark hovered in turn (its tooltip filled).
      root.querySelector<HTMLButtonElement>('.table-toggle')?.click();
      await el.updateComplete;
      const tips = new Set<string>();
      for (const mark of Array.from(root.querySelectorAll('[data-id]')).slice(0, 60)) {
        (mark.querySelector('.hit') ?? mark).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: 50, clientY: 50 }));
        await el.updateComplete;
        const tip = root.querySelector('[part~="tooltip"]');
        if (tip?.textContent?.trim()) tips.add(tip.textContent);
        expect(injected(root), `after hovering ${mark.getAttribute('data-id')}`).to.deep.equal([]);
      }
      await new Promise(requestAnimationFrame);

      expect(injected(root), 'markup from the data').to.deep.equal([]);
      expect((window as { __hostile?: unknown }).__hostile, 'a payload ran').to.equal(undefined);
      const text = root.textContent ?? '';
      expect(
        NAME_STRINGS.filter((s) => s.length < 100 && text.includes(s)).length,
        'the names are shown as written, as text',
      ).to.be.greaterThan(0);
      expect(leakingBidi(root), 'bidi controls outside an isolate').to.deep.equal([]);

      expect(el.getBoundingClientRect().width, 'a 500-character name does not widen the widget').to.be.at.most(WIDTH);
      for (const tip of tips) expect(bidiLeaks(tip), `tooltip ${JSON.stringify(tip.slice(0, 80))}`).to.equal(false);

      // SVG export: well-formed, inert.
      const svgText = el.toSVG();
      const svg = parseSvg(svgText);
      expect(svg.querySelector('parsererror'), 'the SVG export parses').to.equal(null);
      expect(injected(svg), 'markup in the SVG export').to.deep.equal([]);

      // CSV export: no field a spreadsheet would run as a formula.
      const fields = csvFields(el.toCSV());
      const formulas = fields.filter((field) => /^[=+@\t\r]/.test(field) || /^-(?![\d.])/.test(field));
      expect(formulas, 'CSV fields starting a formula').to.deep.equal([]);
      const shown = FORMULA_STRINGS.filter((s) => fields.some((field) => field.includes(s.trim())));
      for (const s of shown) expect(fields.some((field) => field.startsWith(`'${s}`) || field.includes(s.trim())), s).to.equal(true);
    });
  }
});

describe('isolate() keeps every name of the corpus inside its isolate', () => {
  it('closes what a name opens and shelters a stray PDI', () => {
    expect(isolate('\u2067\u2066嵌套\u2069')).to.equal('\u2068\u2067\u2066嵌套\u2069\u2069\u2069');
    expect(isolate('甲\u2069乙\u202e')).to.equal('\u2068\u2068甲\u2069乙\u202e\u2069');
    for (const name of NAME_STRINGS) expect(bidiLeaks(`前${isolate(name)}后`), JSON.stringify(name.slice(0, 40))).to.equal(false);
    expect(bidiLeaks('前\u202e后')).to.equal(true);
  });
});

describe('a 10,000-character name', () => {
  for (const tag of TAGS) {
    it(`<${tag}> refuses it with its path, in a message of bounded length, inside its width`, async () => {
      const doc = await sampleDocument();
      doc.meta.department = LONG_NAME;
      const el = await mountWidget<Widget>(tag, WIDTH, doc);
      expect(el.state).to.equal('invalid');
      const problems = (el as unknown as { problems: { path: string; message: { en: string } }[] }).problems;
      expect(problems.map((p) => p.path)).to.deep.equal(['$.meta.department']);
      const text = el.shadowRoot!.textContent ?? '';
      expect(text.length, 'the panel quotes a cut name').to.be.below(2000);
      expect(el.getBoundingClientRect().width).to.be.at.most(WIDTH);
      expect(injected(el.shadowRoot!)).to.deep.equal([]);
    });
  }
});
