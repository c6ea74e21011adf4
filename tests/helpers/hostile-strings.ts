/**
 * A corpus of hostile strings — markup, script, SVG with handlers, javascript: URLs, a
 * closing </style>, bidi overrides, spreadsheet formula starts and a 10,000-character name —
 * and a document that carries them in every name a widget shows. Widgets must show each as
 * inert text (tests/components/hostile-strings.test.ts); the demo reuses the same corpus.
 * `window.__hostile` is what any payload would set if it ever ran.
 */
import type { Disclosure } from '../../src/schema/disclosure.js';

export const LONG_NAME = `超长名称${'长'.repeat(9996)}`;

/** Each string, as a name in a document. Plain data: the corpus itself must never change. */
export const HOSTILE_STRINGS: readonly string[] = Object.freeze([
  '<b id="hostile-b">粗体</b>行政运行',
  '<script>window.__hostile = "script"</script>',
  '<img src="x" onerror="window.__hostile = \'img\'">',
  '<svg onload="window.__hostile = \'svg\'"><circle r="5"/></svg>',
  '"><svg><a href="javascript:window.__hostile=\'a\'"><text>点击</text></a></svg>',
  'javascript:window.__hostile = "url"',
  '</style><style>*{display:none}</style>',
  '</text></svg><script>window.__hostile = "svg-break"</script>',
  ']]><!-- -->&amp;&lt;&#60;',
  '\u202e行政运行\u202c（反转）',
  '\u202eمصروفات تشغيلية',
  '\u2067\u2066嵌套\u2069',
  '=HYPERLINK("http://example.invalid","点击")',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  LONG_NAME,
]);

/** Strings of the corpus that a spreadsheet would run as a formula if exported as is. */
export const FORMULA_STRINGS = HOSTILE_STRINGS.filter((s) => /^[=+\-@\t]/.test(s));

/**
 * The corpus as names a valid document can carry: the schema caps a name at 500 characters
 * (src/schema/primitives.ts), so the 10,000-character name is cut to 500 here; the full one
 * must be refused with a path (tests/components/hostile-strings.test.ts).
 */
export const NAME_STRINGS: readonly string[] = Object.freeze(HOSTILE_STRINGS.map((s) => s.slice(0, 500)));


/**
 * `base` (not changed) with `names` (the corpus) in every name the widgets show: the 功能分类 rows of
 * 公开03/05表, the 经济分类 of 公开06表, income lines of 公开01/04表, the execution labels,
 * 三公 labels, scorecard names and indicator names, the department. Numbers are untouched,
 * so the document stays valid and every widget draws.
 */
export function hostileDocument(base: Disclosure, names: readonly string[] = NAME_STRINGS): Disclosure {
  const pick = (index: number) => names[index % names.length]!;
  const doc = structuredClone(base) as Disclosure & Record<string, unknown>;
  let n = 0;
  const rename = (row: { name?: string } | undefined) => {
    if (row && typeof row.name === 'string') row.name = pick(n++);
  };
  doc.meta.department = pick(n++);
  for (const table of Object.values(doc.tables) as { rows?: { name?: string }[]; income?: { name?: string }[]; expenditure?: { name?: string }[] }[]) {
    table?.rows?.forEach(rename);
    table?.income?.forEach(rename);
    table?.expenditure?.forEach(rename);
  }
  const narrative = doc.narrative;
  narrative?.execution?.items?.forEach((item) => (item.label = pick(n++)));
  const tp = narrative?.threePublic;
  if (tp) {
    for (const part of [tp.total, tp.abroad?.execution, tp.vehicles?.execution, tp.reception?.execution]) if (part) part.label = pick(n++);
  }
  // A project keeps one name across the summary, its scorecard and its evaluation (they are matched by name).
  const projects = new Map<string, string>();
  const project = (name: string) => {
    if (!projects.has(name)) projects.set(name, pick(n++));
    return projects.get(name)!;
  };
  const performance = doc.performance;
  for (const entry of performance?.summary?.selfEvaluations ?? []) entry.name = project(entry.name);
  for (const card of performance?.scorecards ?? []) {
    card.name = project(card.name);
    for (const indicator of card.indicators ?? []) indicator.name = pick(n++);
  }
  for (const evaluation of performance?.evaluations ?? []) evaluation.project = project(evaluation.project);
  return doc;
}
