// `render`: each widget's chart as standalone SVG from Node, drawn by the element's own code.
// The geometry must equal the element's in the browser: the SVG snapshots under
// tests/snapshots were taken from the elements in Chromium at the same widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderStaticSvg, STATIC_WIDGETS, firstChartSvg, hostToRoot, type StaticWidget } from '../../components/render/static-svg.js';

const SAMPLE_PATH = 'tests/fixtures/linzi-industry-it-bureau-2021-final.json';
const SAMPLE = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'));

const round = (text: string) =>
  text.replace(/-?\d+(?:\.\d+)?/g, (n) => {
    const r = (Math.round(Number(n) * 10) / 10).toFixed(1);
    return r === '-0.0' ? '0.0' : r;
  });

/**
 * Each element's geometry attributes (numbers to 0.1, as the snapshots round), element by
 * element in document order; within an element sorted by name (a browser lists static
 * attributes before bound ones, the server renderer as written).
 */
function geometry(svg: string): string[] {
  svg = withoutUnitNote(svg);
  const body = svg.replace(/<rect class="dw-background"[^>]*><\/rect>/, '').replace(/<title>[^<]*<\/title>|<style>[^<]*<\/style>/g, '');
  return [...body.matchAll(/<([a-z]+)\b([^>]*)>/g)].map(([, tag, attributes]) => {
    const pairs = [...attributes!.matchAll(/\s(d|x|y|x1|x2|y1|y2|cx|cy|r|rx|width|height|points|transform)="([^"]*)"/g)];
    return `${tag} ${pairs.map(([, name, value]) => `${name}=${round(value!)}`).sort().join(' ')}`;
  });
}

/** The file's unit line taken off again (its text and the 24 px it adds to the root's height and viewBox): the marks above it are the element's. */
function withoutUnitNote(svg: string): string {
  if (!svg.includes('class="dw-unit-note"')) return svg;
  const less = (h: string) => String(Number(h) - 24);
  return svg
    .replace(/<text class="dw-unit-note"[^>]*>[^<]*<\/text>/, '')
    .replace(/(<svg xmlns[^>]*?\sheight=")([\d.]+)"/, (_, start: string, h: string) => `${start}${less(h)}"`)
    .replace(/(<svg xmlns[^>]*?\sviewBox="[-\d.]+ [-\d.]+ [\d.]+ )([\d.]+)"/, (_, start: string, h: string) => `${start}${less(h)}"`);
}

test('a file states the unit of its amounts (the page says it beside the chart, outside the SVG; 6,443.60 alone read as 元)', () => {
  const lines: Record<string, string | undefined> = {};
  for (const widget of Object.keys(STATIC_WIDGETS) as StaticWidget[]) {
    const result = renderStaticSvg(widget, SAMPLE, { width: 960 });
    assert.ok(result.ok, widget);
    lines[widget] = /<text class="dw-unit-note" x="4" y="([\d.]+)">([^<]*)<\/text>/.exec(result.svg)?.[2];
    const note = /<text class="dw-unit-note" x="4" y="([\d.]+)">/.exec(result.svg);
    // On its own line below the chart, inside the file's height.
    if (note) assert.ok(Number(note[1]) > result.height - 24 && Number(note[1]) < result.height, `${widget}: y ${note[1]} in ${result.height}`);
  }
  assert.deepEqual(lines, {
    'budget-sankey': '单位：万元',
    'spend-structure-pie': undefined, // the donut's hole says 万元
    'budget-execution': '单位：万元',
    'three-public-costs': '单位：万元',
    'performance-summary': undefined, // scores
    'performance-scorecard': undefined,
    'disclosure-audit': undefined, // the rule grid
  });
  const pie = renderStaticSvg('spend-structure-pie', SAMPLE, { width: 960, lang: 'en', attributes: { variant: 'pie', unit: '元' } });
  assert.ok(pie.ok);
  assert.match(pie.svg, /<text class="dw-unit-note" x="4" y="[\d.]+">Unit: yuan<\/text>/, 'a pie without the hole says it');
});

const SNAPSHOTS: [StaticWidget, number, string][] = [
  ['budget-sankey', 960, 'budget-sankey-sample-960'],
  ['budget-sankey', 360, 'budget-sankey-sample-360'],
  ['spend-structure-pie', 960, 'spend-structure-pie-classes-960'],
  ['spend-structure-pie', 360, 'spend-structure-pie-classes-360'],
  ['budget-execution', 960, 'budget-execution-sample-960'],
  ['budget-execution', 360, 'budget-execution-sample-360'],
  ['three-public-costs', 960, 'three-public-costs-sample-960'],
  ['three-public-costs', 360, 'three-public-costs-sample-360'],
  ['disclosure-audit', 960, 'disclosure-audit-sample-960'],
  ['disclosure-audit', 360, 'disclosure-audit-sample-360'],
];

for (const [widget, width, snapshot] of SNAPSHOTS) {
  test(`${widget} at ${width} px: the same marks as the element's snapshot ${snapshot}.svg`, () => {
    const result = renderStaticSvg(widget, SAMPLE, { width });
    assert.ok(result.ok, JSON.stringify(result));
    const element = readFileSync(`tests/snapshots/${snapshot}.svg`, 'utf8');
    const expected = geometry(element);
    assert.ok(expected.length > 5, 'the snapshot has marks');
    assert.deepEqual(geometry(result.svg), expected);
  });
}

for (const widget of Object.keys(STATIC_WIDGETS) as StaticWidget[]) {
  test(`${widget}: a standalone file (namespace, title, styles, no Lit markers, no script)`, () => {
    const result = renderStaticSvg(widget, SAMPLE, { width: 720, lang: 'en', theme: 'dark' });
    assert.ok(result.ok, JSON.stringify(result));
    const { svg } = result;
    assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="dw-chart[^"]*" theme="dark" lang="en" role="img"/);
    assert.ok(result.width > 0 && result.width <= 720, `width ${result.width}`);
    assert.ok(result.height > 0);
    assert.match(svg, new RegExp(`<title>${result.summary.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(svg, /<style>[^<]*svg\.dw-chart\[theme='dark'\]/);
    assert.doesNotMatch(svg, /lit-part|lit-node|<\?lit|<script|:host|\spart="|aria-hidden/);
    assert.equal((svg.match(/<svg\b/g) ?? []).length, (svg.match(/<\/svg\s*>/g) ?? []).length);
    assert.equal(result.warnings.length, 0);
  });
}

test('attributes are the element\'s: --by economic draws 公开06表, --money fiscal the fiscal tables', () => {
  const classes = renderStaticSvg('spend-structure-pie', SAMPLE, { width: 960 });
  const economic = renderStaticSvg('spend-structure-pie', SAMPLE, { width: 960, attributes: { by: 'economic' } });
  assert.ok(classes.ok && economic.ok);
  assert.match(classes.svg, /资源勘探工业信息等支出/);
  assert.match(economic.svg, /人员经费/);
  assert.doesNotMatch(economic.svg, /资源勘探工业信息等支出/);
});

test('bad input: invalid data names the JSON path; a bad option value and an unknown attribute are problems, not a different chart', () => {
  const broken = structuredClone(SAMPLE);
  broken.tables.t1.income[0].amount = '6,443.60';
  const invalid = renderStaticSvg('budget-sankey', broken);
  assert.equal(invalid.ok, false);
  assert.ok(!invalid.ok && invalid.problems.some((p) => p.path === '$.tables.t1.income[0].amount'));
  assert.equal(broken.tables.t1.income[0].amount, '6,443.60', 'the caller\'s object is not touched');
  const option = renderStaticSvg('budget-sankey', SAMPLE, { attributes: { depth: 'typo' } });
  assert.ok(option.ok && option.warnings.some((p) => p.path === '@depth'));
  const unknown = renderStaticSvg('budget-sankey', SAMPLE, { attributes: { dpth: 'item' } });
  assert.ok(!unknown.ok && unknown.problems[0]!.path === '@dpth' && /no such attribute/.test(unknown.problems[0]!.message.en));
});

test('a document without the tables a widget draws says so instead of drawing', () => {
  const noScorecards = structuredClone(SAMPLE);
  delete noScorecards.performance;
  const result = renderStaticSvg('performance-summary', noScorecards);
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.empty && result.empty['zh-CN'].length > 0 && result.empty.en.length > 0);
});

test('hostToRoot and firstChartSvg: :host(…) with nested parentheses; nested <svg> kept whole', () => {
  assert.equal(hostToRoot(":host(:not([theme='light'])) { a: b } :host { c: d }"), "svg.dw-chart:not([theme='light']) { a: b } svg.dw-chart { c: d }");
  assert.equal(firstChartSvg('<p><svg part="legend"></svg><svg part="svg x"><svg></svg><g></g></svg><svg part="svg"></svg>'), '<svg part="svg x"><svg></svg><g></g></svg>');
});

const dir = mkdtempSync(join(tmpdir(), 'dw-render-'));
function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/node.ts', ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('CLI: render -o writes the SVG; --version prints package.json\'s version', () => {
  const out = join(dir, 'chart.svg');
  const result = cli(['render', SAMPLE_PATH, '--widget', 'budget-sankey', '--width', '640', '--lang', 'en', '--theme', 'dark', '-o', out]);
  assert.equal(result.code, 0, result.stderr);
  const svg = readFileSync(out, 'utf8');
  assert.match(svg, /theme="dark" lang="en"/);
  assert.match(svg, />Total income</);
  const version = cli(['--version']);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync('package.json', 'utf8')).version);
});

test('CLI: render reports a missing or unknown widget, a bad width and invalid JSON (exit 2)', () => {
  assert.equal(cli(['render', SAMPLE_PATH]).code, 2);
  const unknown = cli(['render', SAMPLE_PATH, '--widget', 'bar-chart', '--lang', 'en']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /Invalid value: --widget bar-chart/);
  assert.match(cli(['render', SAMPLE_PATH, '--widget', 'budget-sankey', '--width', 'wide', '--lang', 'en']).stderr, /--width wide/);
  const notJson = join(dir, 'x.json');
  writeFileSync(notJson, '{ nope');
  const bad = cli(['render', notJson, '--widget', 'budget-sankey']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /不是有效的 JSON/);
});

test('every widget\'s file is well-formed XML that Chromium opens as an .svg (lit-html\'s "<?>" marker made it an XML error)', async () => {
  const { chromium } = await import('playwright');
  // @ts-expect-error: plain .mjs helpers without types
  const { launchOptions } = await import('../../scripts/bench/serve.mjs');
  const real = JSON.parse(readFileSync('tests/fixtures/real/chongqing-shuili-2026-budget.json', 'utf8'));
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage();
    for (const [name, doc] of [['sample', SAMPLE], ['chongqing', real]] as const) {
      for (const widget of Object.keys(STATIC_WIDGETS) as StaticWidget[]) {
        const result = renderStaticSvg(widget, doc, { width: 360, lang: 'en', theme: 'dark' });
        if (!result.ok) continue;
        assert.equal((result.svg.match(/<\?/g) ?? []).length, 1, `${widget} on ${name}: only the XML declaration is a processing instruction`);
        const error = await page.evaluate((svg) => {
          const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
          return parsed.querySelector('parsererror')?.textContent ?? (parsed.documentElement.localName === 'svg' ? '' : parsed.documentElement.localName);
        }, result.svg);
        assert.equal(error, '', `${widget} on ${name}`);
      }
    }
  } finally {
    await browser.close();
  }
});

test('a widget that is ready but draws no chart on a document (scorecards of targets, no scores) says so by name, exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-render-targets-'));
  const doc = join(dir, 'targets.json');
  const parsed = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/node.ts', 'parse', 'tests/fixtures/real/beijing-tongji-2026-budget-2-tables.layout.txt', '-o', doc], { encoding: 'utf8' });
  assert.ok(parsed.status === 0 || parsed.status === 1, parsed.stderr);
  const result = cli(['render', doc, '--widget', 'performance-scorecard', '--lang', 'en']);
  assert.equal(result.code, 1);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr.trim(), '<performance-scorecard> shows this document as text and tables only: there is no chart to export as SVG.');
});
