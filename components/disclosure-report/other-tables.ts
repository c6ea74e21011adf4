/**
 * <disclosure-report>'s appendix: the tables the document prints that the nine typed tables
 * have no place for (`otherTables`: 政府采购, tables by unit or by fund …), as printed — a
 * caption with the table's label, title, unit and why it is here, the header paths as column
 * headings, every row with its code and name. Each table is a closed <details> on screen (a
 * by-unit table runs to hundreds of rows); numbers keep the decimals they were printed with,
 * so no nonzero amount reads as 0.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { t, type Lang } from '../../src/format/messages.js';
import { formatNumber } from '../../src/format/number.js';
import { shownName } from '../../src/format/names.js';
import { unitLabel } from '../../src/format/units.js';
import type { OtherTable } from '../../src/schema/other-tables.js';
import { REPORT } from './disclosure-report.messages.js';

/** Decimals a value was printed with (6 at most: 万元 to the 分 is 6 places). */
function decimals(value: number): number {
  const text = String(value);
  const at = text.indexOf('.');
  return at < 0 ? 0 : Math.min(6, text.length - at - 1);
}

/** One column's display decimals: 2 when any of its numbers has decimals (money), else as printed. */
function columnDecimals(table: OtherTable, column: number): number {
  let most = 0;
  for (const row of table.rows) {
    const value = row.values[column];
    if (typeof value === 'number') most = Math.max(most, decimals(value));
  }
  return most === 0 ? 0 : Math.max(2, most);
}

export function renderOtherTables(tables: readonly OtherTable[], lang: Lang): TemplateResult {
  return html`<p class="note">${t(REPORT, 'otherTablesNote', lang)}</p>
    ${tables.map((table) => {
      const digits = table.columns.map((_, i) => columnDecimals(table, i));
      const why = t(REPORT, `reason-${table.reason}`, lang, { table: table.of ?? '' });
      return html`<details class="other-table">
        <summary>${table.label ? html`<span class="label">${table.label}</span> ` : nothing}<bdi>${table.title}</bdi>
          <span class="meta">${t(REPORT, 'otherTableMeta', lang, { rows: table.rows.length, unit: unitLabel(table.unit, lang), why })}</span></summary>
        <div class="scroll" tabindex="0" role="region" aria-label=${table.title}>
          <table>
            <thead>
              <tr>
                <th scope="col">${t(REPORT, 'otherRow', lang)}</th>
                ${table.columns.map((column, i) => html`<th scope="col">${column.path.length ? column.path.join(' / ') : `#${i + 1}`}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${table.rows.map(
                (row) => html`<tr>
                  <th scope="row">${row.code ? html`<span class="code">${row.code}</span> ` : nothing}<bdi>${row.code && !row.name.trim() ? '' : shownName(row.name, lang)}</bdi></th>
                  ${row.values.map((value, i) => html`<td class=${value === null ? 'blank' : ''}>${value === null ? '' : formatNumber(value, lang, digits[i]!, digits[i]!)}</td>`)}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>`;
    })}`;
}
