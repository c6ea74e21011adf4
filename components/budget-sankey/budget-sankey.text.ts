/**
 * Everything <budget-sankey> says in words: the summary sentence (its accessible name), the
 * tooltip and announcement of a mark, the data tables and the CSV rows. Pure functions of
 * the model, the drawn graph and the language.
 */
import { html, type TemplateResult } from 'lit';
import type { FlowModel, FlowNode } from '../../src/model/sankey-types.js';
import type { Unit } from '../../src/schema/primitives.js';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { t, type Lang } from '../../src/format/messages.js';
import { convert, formatAmount, unitLabel } from '../../src/format/units.js';
import { formatPercent, shares } from '../../src/format/percent.js';
import { formatAmountNumber, withoutNoise } from '../../src/format/number.js';
import { describeProvenance, listTables } from '../base/provenance.js';
import type { CsvRow } from '../base/disclosure-element.js';
import { FRAME } from '../base/messages.js';
import { SANKEY } from './budget-sankey.messages.js';
import type { Focus, SankeyGraph } from './sankey-graph.js';

export interface TextContext {
  doc: Disclosure;
  model: FlowModel;
  unit: Unit;
  lang: Lang;
}

/** The name to show: as printed, or the library's own translation for nodes it names. */
export function nodeName(node: FlowNode, lang: Lang): string {
  return lang === 'en' ? (node.label?.en ?? node.name) : node.name;
}

export function amount(value: number | null, { model, unit, lang }: TextContext): string {
  return formatAmount(value, model.unit, unit, lang);
}

/** Title of the document: "淄博市临淄区工业和信息化局2021年度部门决算". */
export function documentTitle({ doc, lang }: TextContext): string {
  const key = doc.meta.kind === 'budget' ? 'titleBudget' : 'titleFinal';
  return t(SANKEY, key, lang, { department: doc.meta.department, year: doc.meta.year });
}

/** The generated summary: total, the largest function class, the basic/project split. */
export function summarize(context: TextContext): string {
  const { model, lang } = context;
  const parts = [t(SANKEY, 'summary', lang, { title: documentTitle(context), total: amount(model.total, context) })];
  const functionNodes = model.nodes.filter((node) => node.kind === 'functionClass');
  const classes = functionNodes.some((node) => node.code?.length === 3)
    ? functionNodes.filter((node) => node.code?.length === 3)
    : functionNodes;
  if (classes.length) {
    const classShares = shares(classes.map((node) => node.value));
    let largest = 0;
    classes.forEach((node, index) => {
      if (node.value > classes[largest]!.value) largest = index;
    });
    const node = classes[largest]!;
    parts.push(
      t(SANKEY, 'summaryLargest', lang, {
        name: nodeName(node, lang),
        value: amount(node.value, context),
        share: formatPercent(classShares[largest], lang),
      }),
    );
  }
  const kinds = model.nodes.filter((node) => node.kind === 'expenditureKind');
  const basic = kinds.findIndex((node) => node.id === 'exp:basic');
  const project = kinds.findIndex((node) => node.id === 'exp:project');
  if (basic >= 0 && project >= 0) {
    const kindShares = shares(kinds.map((node) => node.value));
    parts.push(
      t(SANKEY, 'summarySplit', lang, {
        basic: formatPercent(kindShares[basic], lang),
        project: formatPercent(kindShares[project], lang),
      }),
    );
  }
  return parts.join(lang === 'en' ? ' ' : '');
}

export interface MarkText {
  title: string;
  value: string;
  lines: string[];
}

/** What a tooltip and the live region say about a mark. */
export function describeMark(graph: SankeyGraph, focus: Focus, context: TextContext): MarkText | null {
  const { lang, model } = context;
  const share = (value: number) =>
    model.total > 0 ? t(SANKEY, 'shareOfTotal', lang, { share: formatPercent((value / model.total) * 100, lang) }) : '';
  if (focus.type === 'node') {
    const entry = graph.nodes.get(focus.id);
    if (!entry) return null;
    const { node, drawn } = entry;
    const lines = [share(node.value), ...describeProvenance(node.provenance, lang)];
    // The imbalance of a node, on the node itself or on the mark that draws the gap.
    const imbalance = model.imbalances.find((item) => item.nodeId === node.id || `imbalance:${item.nodeId}` === node.id);
    if (imbalance) lines.push(imbalance.message[lang]);
    if (drawn.merged?.length) {
      const names = drawn.merged.map((id) => model.nodes.find((n) => n.id === id)).filter((n): n is FlowNode => !!n);
      lines.push(t(SANKEY, 'expandHint', lang, { names: names.map((n) => nodeName(n, lang)).join(t(FRAME, 'listSeparator', lang)) }));
    }
    const title = node.code && !nodeName(node, lang).startsWith(node.code) ? `${node.code} ${nodeName(node, lang)}` : nodeName(node, lang);
    return { title, value: amount(node.value, context), lines: lines.filter(Boolean) };
  }
  const entry = graph.links.get(focus.id);
  if (!entry) return null;
  const source = graph.nodes.get(entry.drawn.source)?.node;
  const target = graph.nodes.get(entry.drawn.target)?.node;
  const lines = [share(entry.link.value), ...describeProvenance(entry.link.provenance, lang)];
  if (entry.drawn.exaggerated) lines.push(t(SANKEY, 'exaggerated', lang));
  return {
    title: t(SANKEY, 'flow', lang, {
      source: source ? nodeName(source, lang) : entry.drawn.source,
      target: target ? nodeName(target, lang) : entry.drawn.target,
    }),
    value: amount(entry.link.value, context),
    lines: lines.filter(Boolean),
  };
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
    return node ? nodeName(node, lang) : id;
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
            <th scope="row">${nodeName(node, lang)}</th>
            <td class="num">${cellAmount(node.value, context)}</td>
            <td>${describeProvenance(node.provenance, lang).join('；')}</td>
          </tr>`,
        )}
        ${model.omitted.map(
          (row) => html`<tr class="omitted">
            <td>${t(SANKEY, 'omitted', lang)}</td>
            <td class="code">${row.code ?? ''}</td>
            <th scope="row">${row.name}</th>
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
 * CSV: a header, then one row per node and per flow of the model. Amounts are the printed
 * ones, exactly: in the document's own unit (stated in the unit column) and precision, never
 * converted to the unit shown, so 17.98 万元 stays 17.98 whatever the chart shows.
 */
export function csvRows(context: TextContext): CsvRow[] {
  const { model } = context;
  const unit = model.unit;
  const value = (v: number) => withoutNoise(v);
  const rows: CsvRow[] = [['type', 'column', 'id', 'code', 'name', 'source', 'target', 'value', 'unit', 'provenance']];
  for (const node of modelNodes(model)) {
    rows.push(['node', node.column, node.id, node.code ?? '', node.name, '', '', value(node.value), unit, describeProvenance(node.provenance, 'zh-CN').join('; ')]);
  }
  for (const link of model.links) {
    rows.push(['link', '', link.id, '', '', link.source, link.target, value(link.value), unit, describeProvenance(link.provenance, 'zh-CN').join('; ')]);
  }
  return rows;
}
