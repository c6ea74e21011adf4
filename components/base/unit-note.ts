/**
 * The unit line under an exported chart ("单位：万元"). In the page an element states its unit
 * beside the chart, outside its SVG; a file or image travels alone, and 6,443.60 without a
 * unit reads as 元. Shared by the element's SVG and PNG exports and the server render, so
 * the three say it alike (its geometry: NOTE_LINE and the rest in export.ts). DOM-free (the server
 * render imports it).
 */
import { t, type Lang } from '../../src/format/messages.js';
import { unitLabel } from '../../src/format/units.js';
import type { Unit } from '../../src/schema/primitives.js';
import { FRAME } from './messages.js';

/**
 * The line's words for `unit` in `lang`, or undefined when the element draws no amounts in a
 * unit (scores, the audit's rule grid) or `chartText` (the chart's own text) states it already
 * (the donut's hole).
 */
export function unitNoteText(chartText: string, unit: Unit | undefined, lang: Lang): string | undefined {
  if (!unit) return undefined;
  const label = unitLabel(unit, lang);
  if (chartText.includes(label)) return undefined;
  return t(FRAME, 'unitNote', lang, { unit: label });
}
