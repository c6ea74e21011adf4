/**
 * The widgets the demo shows and their attributes, read from the Custom Elements Manifest
 * (custom-elements.json, written by `npm run build`) so the gallery and the playground's
 * controls cannot drift from the elements: every element the manifest documents with a tag
 * is shown, each attribute with its type, default and description. The allowed values of an
 * attribute whose type the manifest names only as an alias (`UnitChoice`, `PieBy`) come from
 * the element's own `static options`, the list the element checks its attributes against.
 */
import manifest from '../custom-elements.json';
import type { Lang, Localized } from '../src/format/messages.js';
import type { OptionSpec, OptionSpecs } from '../components/base/options.js';
import { attributeHelpZh } from './attribute-help.js';

/** The widgets in the order a reader meets a disclosure; one the manifest adds later goes last. */
export const WIDGET_ORDER = [
  'budget-sankey',
  'spend-structure-pie',
  'budget-execution',
  'three-public-costs',
  'performance-scorecard',
  'performance-summary',
  'disclosure-audit',
  'disclosure-report',
];

/** Each widget's name on the page (tests/node/demo-catalogue.test.ts: every manifest element has one). */
export const WIDGET_NAMES: Record<string, Localized> = {
  'budget-sankey': { 'zh-CN': '资金来源与去向', en: 'Where the money came from and went' },
  'spend-structure-pie': { 'zh-CN': '支出结构', en: 'What the spending is made of' },
  'budget-execution': { 'zh-CN': '预算执行', en: 'How the budget was executed' },
  'three-public-costs': { 'zh-CN': '“三公”经费', en: 'The "three public" costs' },
  'performance-scorecard': { 'zh-CN': '项目绩效自评表', en: 'A project’s performance scorecard' },
  'performance-summary': { 'zh-CN': '绩效自评汇总', en: 'Performance self-evaluations' },
  'disclosure-audit': { 'zh-CN': '一致性核对', en: 'Consistency audit' },
  'disclosure-report': { 'zh-CN': '整份公开报告', en: 'The whole disclosure' },
};

/** Set by the page, not per widget: the language switch and the theme's light/dark. */
export const PAGE_ATTRIBUTES: ReadonlySet<string> = new Set(['lang', 'theme']);

/** One attribute as the manifest documents it. */
export interface AttributeDoc {
  name: string;
  /** The TypeScript type as written (`'class' | 'item'`, `boolean`, `UnitChoice`). */
  type: string;
  /** The default as written in the source (`'auto'`, `12`), or undefined. */
  default?: string;
  description: string;
}

/** How the playground edits an attribute. */
export type Control =
  | { kind: 'boolean' }
  | { kind: 'choice'; values: string[]; default: string }
  | { kind: 'range'; min: number; max: number; default: number }
  | { kind: 'text'; default: string };

export interface WidgetDoc {
  tag: string;
  attributes: AttributeDoc[];
}

interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; type?: { text: string }; default?: string; description?: string }[];
}

/** Every element the manifest documents with a tag, in `WIDGET_ORDER`. */
export function widgetDocs(): WidgetDoc[] {
  const declarations = (manifest.modules as { declarations?: ManifestDeclaration[] }[])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  const rank = (tag: string) => (WIDGET_ORDER.includes(tag) ? WIDGET_ORDER.indexOf(tag) : WIDGET_ORDER.length);
  return declarations
    .map((declaration) => ({
      tag: declaration.tagName!,
      attributes: (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        type: attribute.type?.text ?? 'string',
        default: attribute.default,
        description: attribute.description ?? '',
      })),
    }))
    .sort((a, b) => rank(a.tag) - rank(b.tag));
}

/** The widget's name in `lang`; a widget without one is named by its tag. */
export function widgetName(tag: string, lang: Lang): string {
  return WIDGET_NAMES[tag]?.[lang] ?? tag;
}

/** The attribute's meaning in `lang`: the manifest's (English) description, or the Chinese help. */
export function attributeHelp(tag: string, attribute: AttributeDoc, lang: Lang): string {
  return lang === 'en' ? attribute.description : (attributeHelpZh(tag, attribute.name) ?? attribute.description);
}

/** The playground control for an attribute, from the element's checked options or the manifest type. */
export function controlFor(tag: string, attribute: AttributeDoc): Control {
  if (attribute.type === 'boolean') return { kind: 'boolean' };
  const spec = optionSpec(tag, attribute.name);
  if (spec?.kind === 'range') return { kind: 'range', min: spec.min, max: spec.max, default: spec.default };
  if (spec?.kind === 'choice' && spec.values.length > 0) return { kind: 'choice', values: [...spec.values], default: spec.default };
  const literals = [...attribute.type.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
  if (literals.length > 0 && !/\bstring\b/.test(attribute.type)) {
    return { kind: 'choice', values: literals, default: unquote(attribute.default) ?? literals[0]! };
  }
  return { kind: 'text', default: unquote(attribute.default) ?? '' };
}

function optionSpec(tag: string, attribute: string): OptionSpec | undefined {
  const element = customElements.get(tag) as (CustomElementConstructor & { options?: OptionSpecs }) | undefined;
  return Object.values(element?.options ?? {}).find((spec) => spec.attribute === attribute);
}

const unquote = (text: string | undefined) => text?.replace(/^'(.*)'$/, '$1');
