// The documents and pages scripts/screenshots-bars.mjs shows (bundled and run in Node).
import type { Disclosure } from '../../src/schema/disclosure.js';
import {
  allZeroThreePublic,
  blankAndZeroThreePublic,
  budgetThreePublic,
  executionDocument,
  previousYearSample,
} from '../../tests/helpers/bars-documents.js';
import { withNegatives } from '../../tests/helpers/negative-document.js';

export function documents(sample: Disclosure) {
  const docs = {
    sample,
    many: executionDocument(200, 3),
    zero: allZeroThreePublic(sample),
    blank: blankAndZeroThreePublic(sample),
    budget: budgetThreePublic(sample),
    previous: previousYearSample(sample),
    negative: withNegatives(sample),
  };
  const el = (tag: string, attrs: string) => `<${tag} theme="THEME" toolbar ${attrs}></${tag}>`;
  const pages: Record<string, { body: string; widths?: number[]; langs?: string[]; themes?: string[] }> = {
    'exec-items': { body: el('budget-execution', 'src="/sample.json"') },
    'exec-yoy': { body: el('budget-execution', 'src="/sample.json" view="yoy"') },
    'exec-many': { body: el('budget-execution', 'src="/many.json"'), langs: ['zh-CN'], themes: ['light'] },
    'exec-deviation': { body: el('budget-execution', 'src="/many.json" order="deviation"'), widths: [1200], langs: ['en'], themes: ['light'] },
    'tpc-sample': { body: el('three-public-costs', 'src="/sample.json" previous-src="/previous.json"') },
    'tpc-zero': { body: el('three-public-costs', 'src="/zero.json"'), themes: ['light'] },
    'tpc-blank': { body: el('three-public-costs', 'src="/blank.json"'), themes: ['light'] },
    'exec-negative': { body: el('budget-execution', 'src="/negative.json"'), langs: ['zh-CN'] },
    'tpc-negative': { body: el('three-public-costs', 'src="/negative.json"'), langs: ['zh-CN'] },
    'tpc-budget': { body: el('three-public-costs', 'src="/budget.json"'), themes: ['light'] },
  };
  return { docs, pages };
}
