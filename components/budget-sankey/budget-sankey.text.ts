/**
 * Everything <budget-sankey> says in words: the summary sentence (its accessible name), the
 * tooltip and announcement of a mark, the data tables and the CSV rows. Pure functions of
 * the model, the drawn graph and the language.
 */
import { html, type TemplateResult } from 'lit';
import type { FlowModel, FlowNode } from '../../src/model/sankey-types.js';
import { isNegative } from '../../src/model/flows-cells.js';
import type { Unit } from '../../src/schema/primitives.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { t, type Lang } from '../../src/format/messages.js';
import { convert, formatAmount, unitLabel } from '../../src/format/units.js';
import { formatPercent, formatShare, shares } from '../../src/format/percent.js';
import { formatAmountNumber, withoutNoise } from '../../src/format/number.js';
import { describeProvenance, listTables } from '../base/provenance.js';
import { qualifyNames, shownName } from '../../src/format/names.js';
import { isolate } from '../../src/format/bidi.js';
import type { CsvRow } from '../base/disclosure-element.js';
import { FRAME } from '../base/messages.js';
import { SANKEY } from './budget-sankey.messages.js';
import type { Focus, SankeyGraph } from './sankey-graph.js';
import type { MarkText } from '../base/marks-controller.js';

export interface TextContext {
  doc: Disclosure;
  model: FlowModel;
  unit: Unit;
  lang: Lang;
}

/**
 * The name to show: as printed — qualified by its parent (or code) where two classification
 * rows share it, "行政运行（人大事务）" — or the library's own translation for nodes it names.
 */
export function nodeName(node: FlowNode, { model, lang }: Pick<TextContext, 'model' | 'lang'>): string {
  if (lang === 'en' && node.label) return node.label.en;
  return shownNames(model, lang).get(node.id) ?? shownName(node.name, lang);
}

const qualified = new WeakMap<FlowModel, Partial<Record<Lang, Map<string, string>>>>();

/** Names shown for the model's classification rows, by node id (computed once per model). */
function shownNames(model: FlowModel, lang: Lang): Map<string, string> {
  let entry = qualified.get(model);
  if (!entry) qualified.set(model, (entry = {}));
  return (entry[lang] ??= qualifyNames(model.nodes.filter((node) => node.code), lang));
}

/**
 * The model as the layout should label it: classification rows that share a name carry
 * their qualified name. Only for drawing; the model itself keeps the printed names.
 */
export function labelledModel(model: FlowModel, lang: Lang): FlowModel {
  const names = shownNames(model, lang);
  const shown = (node: FlowNode) => names.get(node.id) ?? shownName(node.name, lang);
  const renamed = (node: FlowNode) => shown(node) !== node.name;
  if (!model.nodes.some(renamed)) return model;
  return { ...model, nodes: model.nodes.map((node) => (renamed(node) ? { ...node, name: shown(node) } : node)) };
}

export function amount(value: number | null, { model, unit, lang }: TextContext): string {
  return formatAmount(value, model.unit, unit, lang);
}

/** Title of the document: "淄博市临淄区工业和信息化局2021年度部门决算". */
export function documentTitle({ doc, lang }: TextContext): string {
  const key = doc.meta.kind === 'budget' ? 'titleBudget' : 'titleFinal';
  return t(SANKEY, key, lang, { department: doc.meta.department, year: doc.meta.year ?? '' });
}

/** The generated summary: total, the largest function class, the basic/project split. */
export function summarize(context: TextContext): string {
  const { model, lang } = context;
  const parts = [t(SANKEY, 'summary', lang, { title: documentTitle(context), total: amount(model.total, context) })];
  // The 类 of the function tables whatever the depth drawn: at depth 款 or 项 the largest
  // drawn node is not the largest function class.
  const classes = model.classes.filter((row): row is typeof row & { value: number } => row.value !== null && row.value > 0);
  if (classes.length) {
    const classShares = shares(classes.map((row) => row.value));
    let largest = 0;
    classes.forEach((row, index) => {
      if (row.value > classes[largest]!.value) largest = index;
    });
    const row = classes[largest]!;
    parts.push(
      t(SANKEY, 'summaryLargest', lang, {
        name: row.name,
        value: amount(row.value, context),
        share: formatShare(classShares[largest], row.value, lang),
      }),
    );
  }
  // The gap a 合计-only 表3 leaves beside its kinds counts in the base: shares of the printed total.
  const kinds = model.nodes.filter((node) => node.kind === 'expenditureKind' || node.id === 'imbalance:total');
  const basic = kinds.findIndex((node) => node.id === 'exp:basic');
  const project = kinds.findIndex((node) => node.id === 'exp:project');
  if (basic >= 0 && project >= 0) {
    const kindShares = shares(kinds.map((node) => node.value));
    parts.push(
      t(SANKEY, 'summarySplit', lang, {
        basic: formatShare(kindShares[basic], kinds[basic]?.value, lang),
        project: formatShare(kindShares[project], kinds[project]?.value, lang),
      }),
    );
  }
  return parts.join(lang === 'en' ? ' ' : '');
}

/**
 * The name a reader meets for a mark: a node's shown name (qualified where shared), or a
 * flow's "来源 → 去向" with both ends' shown names. Null for a mark no longer drawn.
 */
export function markName(graph: SankeyGraph, focus: Focus, context: TextContext): string | null {
  if (focus.type === 'node') {
    const node = graph.nodes.get(focus.id)?.node;
    return node ? nodeName(node, context) : null;
  }
  const drawn = graph.links.get(focus.id)?.drawn;
  if (!drawn) return null;
  const end = (id: string) => {
    const node = graph.nodes.get(id)?.node;
    return node ? nodeName(node, context) : id;
  };
  return t(SANKEY, 'flow', context.lang, { source: end(drawn.source), target: end(drawn.target) });
}

/** What a tooltip and the live region say about a mark. */
export function describeMark(graph: SankeyGraph, focus: Focus, context: TextContext): MarkText | null {
  const { lang, model } = context;
  const name = markName(graph, focus, context);
  if (name === null) return null;
  const share = (value: number) =>
    model.total > 0 ? t(SANKEY, 'shareOfTotal', lang, { share: formatPercent((value / model.total) * 100, lang) }) : '';
  if (focus.type === 'node') {
    const { node, drawn } = graph.nodes.get(focus.id)!;
    const lines = [share(node.value), ...describeProvenance(node.provenance, lang)];
    // The imbalance of a node, on the node itself or on the mark that draws the gap.
    const imbalance = model.imbalances.find((item) => item.nodeId === node.id || `imbalance:${item.nodeId}` === node.id);
    if (imbalance) lines.push(imbalance.message[lang]);
    if (drawn.merged?.length) {
      const names = drawn.merged.map((id) => model.nodes.find((n) => n.id === id)).filter((n): n is FlowNode => !!n);
      lines.push(t(SANKEY, 'expandHint', lang, { names: names.map((n) => isolate(nodeName(n, context))).join(t(FRAME, 'listSeparator', lang)) }));
    }
    const title = node.code && !name.startsWith(node.code) ? `${node.code} ${isolate(name)}` : isolate(name);
    return { title, value: amount(node.value, context), lines: lines.filter(Boolean) };
  }
  const entry = graph.links.get(focus.id)!;
  const lines = [share(entry.link.value), ...describeProvenance(entry.link.provenance, lang)];
  if (entry.drawn.exaggerated) lines.push(t(SANKEY, 'exaggerated', lang));
  return { title: name, value: amount(entry.link.value, context), lines: lines.filter(Boolean) };
}

/** The sentence the live region reads when keyboard focus moves. */
export function announce(graph: SankeyGraph, focus: Focus, context: TextContext): string {
  const text = describeMark(graph, focus, context);
  if (!text) return '';
  const { lang } = context;
  let position = t(SANKEY, 'linkPosition', lang);
  if (focus.type === 'node') {
    const columnIndex = graph.columns.findIndex((ids) => ids.includes(focus.id));
    const column = graph.columns[columnIndex] ?? [];
    position = t(SANKEY, 'nodePosition', lang, {
      column: columnIndex + 1,
      index: column.indexOf(focus.id) + 1,
      count: column.length,
    });
  }
  const extra = focus.type === 'link' && graph.links.get(focus.id)?.drawn.exaggerated ? ` ${t(SANKEY, 'exaggerated', lang)}` : '';
  return t(SANKEY, 'focused', lang, { name: text.title, value: text.value, position }) + extra;
}

function columnTitle(model: FlowModel, column: number, lang: Lang): string {
  return model.columns[column]?.[lang] ?? String(column + 1);
}

/**
 * Every node of the model by column (official order), including those the drawing merged
 * into "其他 (N项)": what does not fit the chart is still in the table.
 */
function modelNodes(model: FlowModel): FlowNode[] {
  return [...model.nodes].sort((a, b) => a.column - b.column || a.order - b.order);
}

/** The data tables: every node by column, then every flow, with their sources. */
export function renderTables(context: TextContext): TemplateResult {
  const { model, lang, unit } = context;
  const tables = listTables(model.tables, lang);
  const unitText = t(FRAME, 'amount', lang, { unit: unitLabel(unit, lang) });
  const byId = new Map(model.nodes.map((node) => [node.id, node]));
  const name = (id: string) => {
    const node = byId.get(id);
    return node ? nodeName(node, context) : id;
  };
  return html`<table part="table">
      <caption>${t(SANKEY, 'nodesCaption', lang, { tables })}</caption>
      <thead>
        <tr>
          <th scope="col">${t(SANKEY, 'column', lang)}</th>
          <th scope="col">${t(SANKEY, 'code', lang)}</th>
          <th scope="col">${t(SANKEY, 'name', lang)}</th>
          <th scope="col" class="num">${unitText}</th>
          <th scope="col">${t(FRAME, 'source', lang)}</th>
        </tr>
      </thead>
      <tbody>
        ${modelNodes(model).map(
          (node) => html`<tr>
            <td>${columnTitle(model, node.column, lang)}</td>
            <td class="code">${node.code ?? ''}</td>
            <th scope="row">${nodeName(node, context)}</th>
            <td class="num">${cellAmount(node.value, context)}</td>
            <td>${describeProvenance(node.provenance, lang).join('；')}</td>
          </tr>`,
        )}
        ${model.omitted.map(
          (row) => html`<tr class="omitted">
            <td>${t(SANKEY, isNegative(row.value) ? 'omittedNegative' : 'omitted', lang)}</td>
            <td class="code">${row.code ?? ''}</td>
            <th scope="row">${shownName(row.name, lang)}</th>
            <td class="num">${cellAmount(row.value, context)}</td>
            <td>${describeProvenance(row.provenance, lang).join('；')}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <table part="table">
      <caption>${t(SANKEY, 'flowsCaption', lang, { tables })}</caption>
      <thead>
        <tr>
          <th scope="col">${t(SANKEY, 'from', lang)}</th>
          <th scope="col">${t(SANKEY, 'to', lang)}</th>
          <th scope="col" class="num">${unitText}</th>
          <th scope="col">${t(FRAME, 'source', lang)}</th>
        </tr>
      </thead>
      <tbody>
        ${model.links.map(
          (link) => html`<tr>
            <td>${name(link.source)}</td>
            <th scope="row">${name(link.target)}</th>
            <td class="num">${cellAmount(link.value, context)}</td>
            <td>${describeProvenance(link.provenance, lang).join('；')}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

/** The unit is in the column header; cells carry the number only. */
function cellAmount(value: number | null, { model, unit, lang }: TextContext): string {
  return formatAmountNumber(convert(value, model.unit, unit), lang);
}

/**
 * CSV: a header, then one row per node and per flow of the model, then the printed negative
 * amounts no band can show (type `omitted`). Amounts are the printed
 * ones, exactly: in the document's own unit (stated in the unit column) and precision, never
 * converted to the unit shown, so 17.98 万元 stays 17.98 whatever the chart shows.
 */
export function csvRows(context: TextContext): CsvRow[] {
  const { model } = context;
  const unit = model.unit;
  // A flow is named by its two ends as shown (qualified where shared), in Chinese.
  const byId = new Map(model.nodes.map((node) => [node.id, node]));
  const end = (id: string) => {
    const node = byId.get(id);
    return node ? nodeName(node, { model, lang: 'zh-CN' }) : id;
  };
  const flowName = (link: FlowModel['links'][number]) => t(SANKEY, 'flow', 'zh-CN', { source: end(link.source), target: end(link.target) });
  const value = (v: number) => withoutNoise(v);
  const rows: CsvRow[] = [['type', 'column', 'id', 'code', 'name', 'source', 'target', 'value', 'unit', 'provenance']];
  for (const node of modelNodes(model)) {
    rows.push(['node', node.column, node.id, node.code ?? '', node.name, '', '', value(node.value), unit, describeProvenance(node.provenance, 'zh-CN').join('; ')]);
  }
  for (const link of model.links) {
    rows.push(['link', '', link.id, '', flowName(link), link.source, link.target, value(link.value), unit, describeProvenance(link.provenance, 'zh-CN').join('; ')]);
  }
  // A printed negative is no node, but its amount must not vanish from the export.
  for (const row of model.omitted) {
    if (isNegative(row.value)) rows.push(['omitted', '', row.id, row.code ?? '', row.name, '', '', value(row.value), unit, describeProvenance(row.provenance, 'zh-CN').join('; ')]);
  }
  return rows;
}
