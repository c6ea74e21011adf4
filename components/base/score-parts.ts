/**
 * Small pieces the two performance widgets draw the same way: a grade badge (word + shape,
 * never colour alone), an in-cell score bar on a fixed scale, and a flag (severity word and
 * shape, rule, one sentence).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { t, type Lang } from '../../src/format/messages.js';
import { formatAmountNumber } from '../../src/format/number.js';
import { convert } from '../../src/format/units.js';
import type { Unit } from '../../src/schema/primitives.js';
import { fillOf } from '../../src/layout/score-bars.js';
import type { Flag } from '../../src/model/scorecard-flags.js';
import { GRADE_SHAPES, PERF, SEVERITY_SHAPES } from './performance.messages.js';

/** "★ 优", with how the grade was obtained when it was not printed on the scorecard. */
export function gradeBadge(grade: { text: string; source: string } | null, lang: Lang): TemplateResult {
  if (!grade) return html`<span class="grade none">${t(PERF, 'unrated', lang)}</span>`;
  const how = grade.source === 'derived' ? t(PERF, 'gradeDerived', lang) : grade.source === 'summary' ? t(PERF, 'gradeSummary', lang) : '';
  return html`<span class="grade" data-grade=${grade.text}><span aria-hidden="true">${GRADE_SHAPES[grade.text] ?? '◆'}</span> ${grade.text}</span>${how
      ? html`<span class="how">（${how}）</span>`
      : nothing}`;
}

/** A bar `width` px wide for `value` on 0–`max`; decorative (the number is printed beside it). */
export function miniBar(value: number | null, max: number | null, width = 56, ticks: readonly number[] = []): TemplateResult {
  const { fill, over } = fillOf(value, max, width);
  return html`<svg class="mini" width=${width} height="10" viewBox=${`0 0 ${width} 10`} aria-hidden="true">
    <rect class="track" x="0" y="1" width=${width} height="8"></rect>
    <rect class=${over ? 'fill over' : 'fill'} x="0" y="1" width=${fill} height="8"></rect>
    ${max ? ticks.map((tick) => svg`<line class="tick" x1=${(tick / max) * width} x2=${(tick / max) * width} y1="0" y2="10"></line>`) : nothing}
  </svg>`;
}

/** The flags of one place, as a list of sentences. */
export function flagList(flags: readonly Flag[], lang: Lang): TemplateResult | typeof nothing {
  if (!flags.length) return nothing;
  return html`<ul class="flags" part="flags">
    ${flags.map(
      (flag) => html`<li class=${`flag sev-${flag.severity}`} data-rule=${flag.rule}>
        <span aria-hidden="true">${SEVERITY_SHAPES[flag.severity] ?? '!'}</span>
        <strong>${t(PERF, flag.severity, lang)} ${flag.rule}</strong> ${flag.message[lang]}
      </li>`,
    )}
  </ul>`;
}

/** An amount in a column whose header states the unit: the number alone ("—" when blank). */
export function amountCell(value: number | null | undefined, from: Unit, to: Unit, lang: Lang): string {
  return value === null || value === undefined ? '—' : formatAmountNumber(convert(value, from, to), lang);
}
