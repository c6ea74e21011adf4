// Option values outside their allowed set (issue 7, fault 1): every enumerated or numeric
// option falls back to its default and is reported — a console warning naming the attribute
// and the allowed values, a `dw-warning` event and a note in the frame — never a throw, never
// a different chart. The expected values are written out here, not imported from the code.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BudgetSankey } from '../../components/budget-sankey/define.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import type { Problem } from '../../src/schema/validate.js';
import { sampleDocument } from '../helpers/fixtures.js';
import { checkedValue, optionProblem, type OptionSpec, type OptionSpecs } from '../../components/base/options.js';
import '../../components/index.js';
// <disclosure-report> registers on its own entry (not in the all-elements one): the manifest lists it.
import '../../components/disclosure-report/define.js';

interface Mounted {
  el: BudgetSankey;
  warnings: Problem[][];
  consoleWarnings: string[];
  errors: unknown[];
}

/** Mount a sankey at `width` px (set through the CSSOM), collecting warnings and errors. */
async function mount(doc: Disclosure, attributes: Record<string, string>, width = 960): Promise<Mounted> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const warnings: Problem[][] = [];
  const errors: unknown[] = [];
  const consoleWarnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => consoleWarnings.push(args.map(String).join(' '));
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  window.addEventListener('error', onError);
  wrapper.addEventListener('dw-warning', (event) => warnings.push(event.detail.problems));
  wrapper.addEventListener('dw-error', (event) => errors.push(event.detail.problems));
  try {
    const el = document.createElement('budget-sankey');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.data = doc;
    wrapper.append(el);
    await waitUntil(() => el.state !== 'none' && el.state !== 'loading', 'never settled', { timeout: 5000 });
    await waitUntil(() => el.layout, 'no layout', { timeout: 5000 });
    await el.updateComplete;
    // A throw inside Lit's update surfaces as an error event on a later task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { el, warnings, consoleWarnings, errors };
  } finally {
    console.warn = original;
    window.removeEventListener('error', onError);
  }
}

const labels = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('text[part~="label"]')].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
const note = (el: HTMLElement) => el.shadowRoot!.querySelector('.option-note')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('invalid option values', () => {
  let doc: Disclosure;
  before(async () => {
    doc = await sampleDocument();
  });

  it('unit="yuan" draws in the automatic unit, reports it, and never throws', async () => {
    const { el, warnings, consoleWarnings, errors } = await mount(doc, { unit: 'yuan' });
    expect(errors).to.deep.equal([]);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('svg[part~="svg"]').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('.legend .unit')!.textContent).to.contain('万元');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.deep.equal([
      {
        path: '@unit',
        expected: 'auto | 元 | 万元 | 亿元',
        found: 'yuan',
        message: warnings[0]![0]!.message,
      },
    ]);
    expect(consoleWarnings).to.have.length(1);
    expect(consoleWarnings[0]).to.contain('unit').and.contain('yuan').and.contain('auto | 元 | 万元 | 亿元');
    expect(note(el)).to.contain('unit').and.contain('yuan').and.contain('auto');
    // The page owns the attribute: the widget does not rewrite it.
    expect(el.getAttribute('unit')).to.equal('yuan');
  });

  it('depth="typo" draws the same chart as the default depth, with no imbalance', async () => {
    const plain = await mount(doc, {});
    const typo = await mount(doc, { depth: 'typo' });
    expect(typo.el.model!.imbalances).to.deep.equal([]);
    expect(typo.el.shadowRoot!.querySelectorAll('.note.imbalances').length).to.equal(0);
    expect(labels(typo.el)).to.deep.equal(labels(plain.el));
    expect(typo.warnings.flat().map((p) => [p.path, p.expected, p.found])).to.deep.equal([
      ['@depth', 'class | item | subitem', 'typo'],
    ]);
    expect(typo.el.getAttribute('depth')).to.equal('typo');
  });

  it('money="typo" keeps all money (公开01表) rather than switching to the fiscal view', async () => {
    const { el, warnings } = await mount(doc, { money: 'typo' });
    expect(el.model!.tables).to.include('t1');
    expect(el.model!.tables).not.to.include('t4');
    expect(warnings.flat().map((p) => p.path)).to.deep.equal(['@money']);
  });

  it('orientation="typo" lays out automatically and never reaches the SVG class', async () => {
    const { el, warnings } = await mount(doc, { orientation: 'typo' });
    const svg = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
    expect(svg.getAttribute('class')).to.equal('horizontal');
    expect(el.layout!.orientation).to.equal('horizontal');
    expect(warnings.flat().map((p) => [p.path, p.expected])).to.deep.equal([['@orientation', 'auto | horizontal | vertical']]);
  });

  it('theme, order, label-size and narrow-below are checked the same way', async () => {
    const { el, warnings, errors } = await mount(doc, {
      theme: 'purple',
      order: 'biggest',
      'label-size': 'abc',
      'narrow-below': '-5',
    });
    expect(errors).to.deep.equal([]);
    const found = Object.fromEntries(warnings.flat().map((p) => [p.path, p.found]));
    expect(found).to.deep.equal({ '@theme': 'purple', '@order': 'biggest', '@label-size': 'abc', '@narrow-below': '-5' });
    expect(el.layout!.fontSize ?? 12).to.equal(12);
    expect(el.getAttribute('theme')).to.equal('purple');
  });

  it('label-size="4" is below the 12 px floor: reported, and labels stay 12 px', async () => {
    const { el, warnings } = await mount(doc, { 'label-size': '4' });
    expect(warnings.flat().map((p) => [p.path, p.found])).to.deep.equal([['@label-size', '4']]);
    const size = el.shadowRoot!.querySelector('text[part~="label"]')!.getAttribute('font-size');
    expect(Number(size ?? 12)).to.equal(12);
  });

  it('narrow-below="-5" falls back to 640: a 600 px chart is vertical', async () => {
    const { el, warnings } = await mount(doc, { 'narrow-below': '-5' }, 600);
    expect(warnings.flat().map((p) => p.path)).to.deep.equal(['@narrow-below']);
    expect(el.layout!.orientation).to.equal('vertical');
  });

  // Found by QA: Lit's Number converter reads narrow-below="" as 0 (accepted in silence: a
  // 600 px chart stayed horizontal, never narrow) and label-size="0x10" as 16; label-size=""
  // was reported as "0", a value the page never wrote.
  it('numeric attributes are checked as written: "" and hex are reported, never read as 0 or 16', async () => {
    const empty = await mount(doc, { 'narrow-below': '' }, 600);
    expect(empty.warnings.flat().map((p) => [p.path, p.found])).to.deep.equal([['@narrow-below', '']]);
    expect(empty.el.layout!.orientation).to.equal('vertical');
    const size = await mount(doc, { 'label-size': '' });
    expect(size.warnings.flat().map((p) => [p.path, p.found])).to.deep.equal([['@label-size', '']]);
    const hex = await mount(doc, { 'label-size': '0x10' });
    expect(hex.warnings.flat().map((p) => [p.path, p.found])).to.deep.equal([['@label-size', '0x10']]);
    expect(hex.el.layout!.fontSize ?? 12).to.equal(12);
    // Plain decimals, with spaces or an exponent, are still numbers.
    const decimal = await mount(doc, { 'label-size': ' 14 ', 'narrow-below': '1e3' }, 900);
    expect(decimal.warnings.flat()).to.deep.equal([]);
    expect(decimal.el.layout!.fontSize).to.equal(14);
    expect(decimal.el.layout!.orientation).to.equal('vertical');
  });

  it('checks values set as properties too, and clears the note once the value is valid', async () => {
    const { el } = await mount(doc, {});
    const seen: Problem[][] = [];
    el.addEventListener('dw-warning', (event) => seen.push(event.detail.problems));
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
    try {
      (el as unknown as { unit: string }).unit = 'yuan';
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(seen.flat().map((p) => [p.path, p.found])).to.deep.equal([['@unit', 'yuan']]);
      expect(note(el)).to.contain('yuan');
      el.unit = '亿元';
      await el.updateComplete;
      expect(note(el)).to.equal('');
      expect(el.shadowRoot!.querySelector('.legend .unit')!.textContent).to.contain('亿元');
      // The same bad value again on the same element: the console hears it once.
      (el as unknown as { unit: string }).unit = 'yuan';
      await el.updateComplete;
      expect(warned.filter((line) => line.includes('yuan'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });

  it('words the note in the widget language', async () => {
    const { el } = await mount(doc, { unit: 'yuan', lang: 'en' });
    expect(note(el)).to.match(/unit.*yuan.*auto/);
    expect(note(el)).not.to.contain('已改用');
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(note(el)).to.contain('已改用');
    await expect(el).to.be.accessible();
  });

  it('lang: en-US, zh and zh-Hans map without a warning; lang="fr" is reported and falls back', async () => {
    for (const [lang, expected] of [
      ['en-US', 'en'],
      ['zh', 'zh-CN'],
      ['zh-Hans', 'zh-CN'],
    ] as const) {
      const { el, warnings } = await mount(doc, { lang });
      expect(warnings, lang).to.deep.equal([]);
      expect(el.currentLang, lang).to.equal(expected);
    }
    const { el, warnings } = await mount(doc, { lang: 'fr' });
    expect(warnings.flat().map((p) => [p.path, p.found])).to.deep.equal([['@lang', 'fr']]);
    expect(['zh-CN', 'en']).to.include(el.currentLang);
    expect(el.getAttribute('lang')).to.equal('fr');
  });

  it('the dw-warning event bubbles out of the shadow root and is composed', async () => {
    let event: CustomEvent | undefined;
    const listener = (e: Event) => (event = e as CustomEvent);
    document.addEventListener('dw-warning', listener);
    try {
      await mount(doc, { depth: 'deep' });
    } finally {
      document.removeEventListener('dw-warning', listener);
    }
    expect(event?.bubbles).to.equal(true);
    expect(event?.composed).to.equal(true);
  });
});

describe('the option declarations', () => {
  it('cover every attribute of every element but booleans and URLs (src, *-src), with the values its type allows', async () => {
    // The manifest is generated from the components' types (npm run manifest).
    const manifest = await (await fetch(new URL('../../custom-elements.json', import.meta.url))).json();
    const unchecked: string[] = [];
    let elements = 0;
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        elements += 1;
        const ctor = customElements.get(declaration.tagName) as unknown as { options: OptionSpecs };
        for (const attribute of declaration.attributes ?? []) {
          const type: string = attribute.type?.text ?? '';
          // URLs (src, previous-src) are free text: a fetch that fails is reported as a load problem.
          if (type === 'boolean' || attribute.name === 'src' || attribute.name.endsWith('-src')) continue;
          const spec = ctor.options[attribute.fieldName];
          if (!spec || spec.attribute !== attribute.name) {
            unchecked.push(`<${declaration.tagName}> ${attribute.name}`);
            continue;
          }
          const union = type.match(/'([^']*)'/g)?.map((quoted) => quoted.slice(1, -1));
          if (union && spec.kind === 'choice') expect([...spec.values], attribute.name).to.deep.equal(union);
          if (type === 'number') expect(spec.kind, attribute.name).to.equal('range');
        }
      }
    }
    expect(elements).to.be.greaterThan(0);
    expect(unchecked).to.deep.equal([]);
  });

  it('checkedValue: unset means the default, numeric strings count as numbers, lang tags map', () => {
    const sankey = customElements.get('budget-sankey') as unknown as { options: OptionSpecs };
    const { unit, labelSize, lang } = sankey.options as Record<string, OptionSpec>;
    expect(checkedValue(unit!, undefined)).to.equal('auto');
    expect(checkedValue(unit!, null)).to.equal('auto');
    expect(checkedValue(unit!, '亿元')).to.equal('亿元');
    expect(checkedValue(unit!, 'yuan')).to.equal('auto');
    expect(checkedValue(labelSize!, '14')).to.equal(14);
    expect(checkedValue(labelSize!, 4)).to.equal(12);
    expect(checkedValue(labelSize!, Infinity)).to.equal(12);
    expect(checkedValue(lang!, 'en-GB')).to.equal('en');
    expect(checkedValue(lang!, 'zh-Hant')).to.equal('zh-CN');
    expect(checkedValue(lang!, 'fr')).to.equal('');
    expect(optionProblem(unit!, null)).to.equal(undefined);
    expect(optionProblem(labelSize!, 'abc')!.expected).to.equal('a number from 12 to 48');
  });
});
