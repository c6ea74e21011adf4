// Runs in the benchmark page: render <budget-sankey> for a generated document and time it
// from setting `.data` to `updateComplete` plus one frame.
// The element with the audit wired in, as a script-tag user gets it. (Import the define.ts
// files: package.json marks only those as side effects, so a bare components/index.ts
// import would be tree-shaken away.)
import '../../components/budget-sankey/define.js';
import '../../components/with-audit/define.js';
import { timeRenders } from './render-timing.js';
import { generateDocument, type GenerateOptions } from '../../tests/helpers/generate-document.js';
import { audit } from '../../src/audit/index.js';
import { validate } from '../../src/schema/validate.js';
import { buildFlowModel } from '../../src/model/flows.js';
import { modelInUnit } from '../../src/model/flows-unit.js';
import { layoutSankey } from '../../src/layout/sankey.js';
import { resolveUnit } from '../../src/format/units.js';

interface Result {
  modelLinks: number;
  drawnLinks: number;
  drawnNodes: number;
  times: number[];
}

async function run(options: GenerateOptions, runs: number): Promise<Result> {
  const { times, el } = await timeRenders('budget-sankey', generateDocument(options), runs, (sankey) => (sankey.depth = 'subitem'));
  if (!el.model) throw new Error(`not drawn: ${el.state} ${JSON.stringify(el.problems.slice(0, 2))}`);
  return { modelLinks: el.model.links.length, drawnLinks: el.layout?.links.length ?? 0, drawnNodes: el.layout?.nodes.length ?? 0, times };
}

(window as unknown as { bench: typeof run }).bench = run;

/**
 * Where the time goes: validation, flow model, audit and layout timed on their own (best of
 * `runs`, ms), for the same document and options as the element. Shows which stage grows
 * faster than the document when the render does.
 */
async function stages(options: GenerateOptions, runs: number): Promise<Record<string, number>> {
  const doc = generateDocument(options);
  const best = (run: () => unknown) => {
    let ms = Infinity;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      run();
      ms = Math.min(ms, performance.now() - start);
    }
    return ms;
  };
  const validated = validate(doc);
  if (!validated.ok) throw new Error('generated document is not valid');
  const valid = validated.document;
  const built = buildFlowModel(valid, { money: 'all', depth: 'subitem', order: 'official' });
  if (!built.ok) throw new Error('no flow model');
  const model = modelInUnit(built.model, resolveUnit('auto', [built.model.total], built.model.unit));
  return {
    validate: best(() => validate(doc)),
    model: best(() => buildFlowModel(valid, { money: 'all', depth: 'subitem', order: 'official' })),
    audit: best(() => audit(valid)),
    layout: best(() => layoutSankey(model, { width: 1200, orientation: 'auto', narrowBelow: 640, fontSize: 12, expanded: new Set(), lang: 'zh-CN' })),
  };
}

(window as unknown as { stages: typeof stages }).stages = stages;
