// Runs in the adversarial screenshot page (scripts/screenshots-adversarial.mjs): every element,
// and the documents users of other chart libraries break their charts with, on `window`.
import '../../components/index.js';
import { executionDocument } from '../../tests/helpers/bars-documents.js';
import { manySlicesDocument } from '../../tests/helpers/pie-documents.js';
import { crowdedPie, extremeSankey, scaledTables } from '../../tests/helpers/adversarial-documents.js';
import type { Disclosure } from '../../src/schema/disclosure.js';

Object.assign(window, {
  adversarial: (sample: Disclosure) => ({
    crowded: crowdedPie(),
    many: manySlicesDocument(300),
    execution: executionDocument(500),
    sankey: extremeSankey(sample),
    huge: scaledTables(sample, 1e8),
  }),
});
