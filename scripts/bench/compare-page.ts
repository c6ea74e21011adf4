// Runs in the comparison benchmark page (scripts/bench-compare.mjs): our elements (with the
// audit wired in, as the script-tag bundle has them) and ECharts, tree-shaken through
// echarts/core to the sankey, pie and bar charts with the SVG renderer. Node times each
// `draw()` with the main thread's task time (CDP Performance.getMetrics), so the page only
// sets things up, draws and counts; nothing here reads a clock.
import '../../components/index.js';
import * as echarts from 'echarts/core';
import { BarChart, PieChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { Disclosure } from '../../src/schema/disclosure.js';
import { benchCases, type BenchCase } from './compare-cases.js';
import { frame } from './render-timing.js';
import { churn } from '../../tests/helpers/churn.js';

echarts.use([SankeyChart, PieChart, BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type Engine = 'ours' | 'echarts' | 'floor';
type Widget = HTMLElement & { data?: unknown; state: string; updateComplete: Promise<boolean> };

let cases: BenchCase[] = [];
let current: BenchCase | undefined;
let engine: Engine = 'ours';
let chart: echarts.ECharts | undefined;
let pending: (() => Promise<void>) | undefined;
/** Our final markup and style sheets of the current case, for the floor. */
const finals = new Map<string, { markup: string; sheets: CSSStyleSheet[]; height: number }>();

const host = () => document.getElementById('host')!;
const SHAPES = 'path,rect,circle,ellipse,line,polyline,polygon';

/** Empty the host (disposing any ECharts instance) and wait a frame. */
async function clear(): Promise<void> {
  chart?.dispose();
  chart = undefined;
  pending = undefined;
  host().replaceChildren();
  await frame();
}

/** Set up `engine` for case `id` without drawing: the element is connected, the chart initialised. */
async function prepare(id: string, which: Engine): Promise<void> {
  await clear();
  current = cases.find((c) => c.id === id);
  if (!current) throw new Error(`no case ${id}`);
  engine = which;
  const c = current;
  if (which === 'ours') {
    const el = document.createElement(c.tag) as Widget;
    for (const [name, value] of Object.entries(c.attributes)) el.setAttribute(name, value);
    host().append(el);
    await el.updateComplete;
    await frame();
    // A fresh copy each run: nothing cached for a document object (the audit is cached per
    // document, as widgets sharing one document share one run) carries over between runs.
    const doc = structuredClone(c.doc);
    pending = async () => {
      el.data = doc;
      await el.updateComplete;
      await frame();
    };
  } else if (which === 'echarts') {
    if (!c.echarts) throw new Error(`no ECharts option for ${id}`);
    const box = document.createElement('div');
    const height = finals.get(id)?.height || 600;
    box.style.width = '1200px';
    box.style.height = `${height}px`;
    host().append(box);
    chart = echarts.init(box, undefined, { renderer: 'svg', width: 1200, height });
    await frame();
    const option = c.echarts;
    pending = async () => {
      chart!.setOption(option);
      await frame();
    };
  } else {
    const saved = finals.get(id);
    if (!saved) throw new Error(`floor before ours for ${id}`);
    const box = document.createElement('div');
    host().append(box);
    await frame();
    pending = async () => {
      const root = box.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = saved.sheets;
      root.innerHTML = saved.markup;
      await frame();
    };
  }
}

/** The timed part: hand over the data (or markup) and wait for the next frame. */
async function draw(): Promise<void> {
  await pending!();
}

/** Elements (light and shadow), SVG shapes and, for ours, the state; keeps our markup for the floor. */
function inspect(): { elements: number; marks: number; state: string } {
  const root = host();
  let elements = 0;
  let marks = 0;
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      elements++;
      if (child.matches(SHAPES)) marks++;
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  const el = root.firstElementChild as Widget | null;
  if (engine === 'ours' && el?.shadowRoot && current) {
    const svg = el.shadowRoot.querySelector('svg[part~="chart"], svg');
    finals.set(current.id, {
      markup: el.shadowRoot.innerHTML,
      sheets: [...el.shadowRoot.adoptedStyleSheets],
      height: Math.round(svg?.getBoundingClientRect().height ?? 0),
    });
  }
  return { elements, marks, state: engine === 'ours' ? (el?.state ?? 'none') : 'ready' };
}

async function load(): Promise<{ id: string; label: string; items: number; echarts: boolean }[]> {
  const sample = (await (await fetch('/sample.json')).json()) as Disclosure;
  cases = benchCases(sample);
  return cases.map((c) => ({ id: c.id, label: c.label, items: c.items, echarts: Boolean(c.echarts) }));
}

Object.assign(window, { benchLoad: load, benchPrepare: prepare, benchDraw: draw, benchInspect: inspect, benchClear: clear,
  benchChurn: async (perKind: number) => churn(host(), await (await fetch('/sample.json')).json(), perKind),
});
