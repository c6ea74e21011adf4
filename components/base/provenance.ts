/**
 * Provenance in words, for tooltips and data tables: "公开03表 第8行 基本支出",
 * "Table 03, code 2150517, 项目支出", or "推算：…" for a derived value.
 */
import { COMMON, standardTableName, t, type Lang } from '../../src/format/messages.js';
import type { TableId } from '../../src/schema/primitives.js';
import type { CellRef, Provenance } from '../../src/model/provenance.js';
import { FRAME } from './messages.js';
import { isolate } from '../../src/format/bidi.js';

const CODE = /^\d{3}(?:\d{2}){0,2}$/;

/** 公开03表 / Table 03. */
export function tableName(table: TableId, lang: Lang): string {
  return standardTableName(table, lang);
}

export function describeCell(cell: CellRef, lang: Lang): string {
  const parts = [tableName(cell.table, lang)];
  if (CODE.test(cell.row)) parts.push(t(FRAME, 'code', lang, { code: cell.row }));
  else if (/^\d+$/.test(cell.row)) parts.push(t(COMMON, 'rowRef', lang, { row: cell.row }));
  else if (!cell.label) parts.push(isolate(cell.row));
  // A row keyed by its name already says it in the label. Labels isolate the names in them
  // where they are built (src/model, src/audit), so a column word after a name stays outside
  // the name's run; isolating the whole label here would pull it in.
  parts.push(cell.label ?? cell.column);
  return parts.filter((part, index) => part && parts.indexOf(part) === index).join(' ');
}

/** One line per cell, then how the value was derived. */
export function describeProvenance(provenance: Provenance, lang: Lang): string[] {
  const lines = provenance.cells.map((cell) => describeCell(cell, lang));
  const how = provenance.derived?.[lang];
  // Some derivations already say "推算：" / "Derived:" themselves.
  if (how) lines.push(/^(推算|derived)/i.test(how) ? how : t(FRAME, 'derivedHow', lang, { how }));
  return lines;
}

/** "公开01表、公开03表" for a caption. */
export function listTables(tables: readonly TableId[], lang: Lang): string {
  return tables.map((table) => tableName(table, lang)).join(t(FRAME, 'listSeparator', lang));
}
