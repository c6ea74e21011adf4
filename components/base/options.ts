/**
 * Options a widget takes as attributes (with property twins), declared once with their
 * allowed values and default, and checked in one place (the base class) before anything is
 * derived from them. A value outside the allowed set never reaches the model or the layout:
 * the widget uses the default instead and reports the value (see `OptionReporter`). The
 * property itself keeps what the page set — the page owns its attributes.
 *
 * @example
 * static override options = {
 *   ...DisclosureElement.options,
 *   depth: choice('depth', ['class', 'item', 'subitem'], 'class'),
 *   labelSize: range('label-size', { min: 12, max: 48, default: 12 }),
 * };
 */
import { interpolate, type Lang, type Localized } from '../../src/format/messages.js';
import type { Problem } from '../../src/schema/validate.js';
import { isolate } from '../../src/format/bidi.js';

/** One of a list of words, e.g. `unit`: `auto | 元 | 万元 | 亿元`. */
export interface ChoiceOption<T extends string = string> {
  kind: 'choice';
  /** The attribute's name, as the page writes it. */
  attribute: string;
  /** The allowed values, in the order the warning lists them. */
  values: readonly T[];
  default: T;
  /**
   * Other accepted spellings mapped to a value (`lang`: `en-US` → `en`); returns undefined
   * for a value that is not accepted. Without it only `values` are accepted, exactly.
   */
  normalize?: (raw: string) => T | undefined;
  /** How the note names the default when it is not a word of its own (`lang`: "the page's language"). */
  defaultName?: Localized;
}

/** A number in a closed range, e.g. `label-size`: 12 … 48 px. */
export interface RangeOption {
  kind: 'range';
  attribute: string;
  min: number;
  max: number;
  default: number;
}

export type OptionSpec = ChoiceOption | RangeOption;

/** A widget's options, keyed by property name. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Declare an option whose value is one of `values`. */
export function choice<T extends string>(
  attribute: string,
  values: readonly T[],
  fallback: NoInfer<T>,
  extra: Pick<ChoiceOption<T>, 'normalize' | 'defaultName'> = {},
): ChoiceOption<T> {
  return { kind: 'choice', attribute, values, default: fallback, ...extra };
}

/** Declare a numeric option accepted from `min` to `max` inclusive. */
export function range(attribute: string, bounds: { min: number; max: number; default: number }): RangeOption {
  return { kind: 'range', attribute, ...bounds };
}

/**
 * The value to use for an option: the value set when it is allowed, else the default.
 * Unset (`undefined`, `null`) means the default, silently. Numbers also accept numeric
 * strings (`el.labelSize = '14'`).
 */
export function checkedValue(spec: OptionSpec, value: unknown): unknown {
  return isAllowed(spec, value) ? accepted(spec, value) : spec.default;
}

function isAllowed(spec: OptionSpec, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (spec.kind === 'choice') {
    if (typeof value !== 'string') return false;
    return spec.normalize ? spec.normalize(value) !== undefined : spec.values.includes(value);
  }
  const number = toNumber(value);
  return number !== undefined && number >= spec.min && number <= spec.max;
}

function accepted(spec: OptionSpec, value: unknown): unknown {
  if (value === undefined || value === null) return spec.default;
  if (spec.kind === 'choice') return spec.normalize ? spec.normalize(value as string) : value;
  return toNumber(value);
}

/** A decimal number as a page writes one: `14`, ` 12.5 `, `-5`, `1e3`; not `""`, `0x10` or `Infinity`. */
const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;

function toNumber(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value) ? Number(value) : NaN;
  return Number.isFinite(number) ? number : undefined;
}

/**
 * The value to check for an option: the attribute's own text when the property came from it,
 * else the property. A numeric property has been through Lit's Number converter, which reads
 * `""` as 0 and `"0x10"` as 16: checked as converted, `narrow-below=""` would silently mean
 * "never narrow" and `label-size=""` would be reported as "0", which the page never wrote.
 */
export function givenValue(spec: OptionSpec, value: unknown, attributeText: string | null): unknown {
  if (spec.kind !== 'range' || attributeText === null || typeof value !== 'number') return value;
  const converted = Number(attributeText);
  return Object.is(converted, value) || (Number.isNaN(converted) && Number.isNaN(value)) ? attributeText : value;
}

const NOTE: Record<'choice' | 'range', Localized> = {
  choice: {
    'zh-CN': '{attribute} 的值“{found}”无效（可选：{allowed}），已改用 {fallback}。',
    en: '{attribute}="{found}" is not a valid value (allowed: {allowed}); using {fallback}.',
  },
  range: {
    'zh-CN': '{attribute} 的值“{found}”无效（应为 {min} 至 {max} 之间的数），已改用 {fallback}。',
    en: '{attribute}="{found}" is not valid (expected a number from {min} to {max}); using {fallback}.',
  },
};

/**
 * The problem with an option's value, or undefined when it is allowed. `attributeText` is
 * the attribute as written, so `label-size="abc"` is reported as "abc", not as NaN.
 * The path is `@` + the attribute name, so it cannot be mistaken for a JSON path.
 */
export function optionProblem(spec: OptionSpec, value: unknown, attributeText?: string | null): Problem | undefined {
  if (isAllowed(spec, value)) return undefined;
  const found = attributeText ?? (typeof value === 'string' ? value : String(value));
  const fallback = (lang: Lang) => spec.kind === 'choice' && spec.defaultName ? spec.defaultName[lang] : String(spec.default);
  const allowed = spec.kind === 'choice' ? spec.values.join(' | ') : `a number from ${spec.min} to ${spec.max}`;
  const values = (lang: Lang) => ({
    attribute: spec.attribute,
    // The page's text: isolated, so an RLO or a stray PDI in it cannot reorder the sentence.
    found: isolate(found),
    allowed: spec.kind === 'choice' ? spec.values.join(lang === 'en' ? ' | ' : '、') : '',
    min: spec.kind === 'range' ? spec.min : '',
    max: spec.kind === 'range' ? spec.max : '',
    fallback: fallback(lang),
  });
  return {
    path: `@${spec.attribute}`,
    expected: allowed,
    found,
    message: { 'zh-CN': interpolate(NOTE[spec.kind]['zh-CN'], values('zh-CN')), en: interpolate(NOTE[spec.kind].en, values('en')) },
  };
}

/**
 * Reports option problems once each: a console warning per element, attribute and value (a
 * page that re-renders does not flood the console), and the current list, which the base
 * compares with the last one to fire `dw-warning` only when it changed.
 */
export class OptionReporter {
  /** The problems with the options as they are now. */
  problems: Problem[] = [];
  private readonly warned = new Set<string>();

  /**
   * Check every option of `specs` on `host`; returns the problems when they differ from
   * the last check (the caller fires its event then), else undefined.
   */
  check(host: HTMLElement, specs: OptionSpecs): Problem[] | undefined {
    const problems: Problem[] = [];
    for (const [name, spec] of Object.entries(specs)) {
      const value = (host as unknown as Record<string, unknown>)[name];
      // The attribute's own text, when the property came from it (not when a script set it).
      const text = host.getAttribute(spec.attribute);
      const given = givenValue(spec, value, text);
      const fromAttribute = text !== null && (given === text || String(value) === text);
      const problem = optionProblem(spec, given, fromAttribute ? text : undefined);
      if (problem) problems.push(problem);
    }
    for (const problem of problems) {
      const key = `${problem.path}=${problem.found}`;
      if (this.warned.has(key)) continue;
      this.warned.add(key);
      console.warn(`<${host.localName}> ${problem.message.en}`);
    }
    const changed = JSON.stringify(problems) !== JSON.stringify(this.problems);
    this.problems = problems;
    return changed ? problems : undefined;
  }
}
