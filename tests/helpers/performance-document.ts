// Synthetic documents with scorecards, for the performance widgets: each builder changes one
// thing a real document does (truncated, weights 8/10, no 分值 column, qualitative only …).
import type { Disclosure } from '../../src/schema/disclosure.js';
import type { Indicator, Scorecard, SelfEvaluation } from '../../src/schema/performance.js';
import { minimalDocument } from './minimal-document.js';

export function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    level1: 'output',
    level2: '数量指标',
    name: '培训人数',
    target: { text: '≥12人', comparator: '≥', value: 12, unit: '人' },
    actual: { text: '12人', value: 12, unit: '人' },
    weight: 20,
    score: 20,
    ...over,
  };
}

/** A consistent card: funds 10 + indicators 90 = 100, scores adding up to `totalScore`. */
export function scorecard(name: string, over: Partial<Scorecard> = {}): Scorecard {
  return {
    name,
    department: { code: '123', name: '测试局' },
    implementer: { code: '123001', name: '测试局本级' },
    unit: '万元',
    funds: { total: { initialBudget: 100, annualBudget: 100, executed: 100, weight: 10, rate: 100, score: 10 } },
    goal: { expected: '完成培训', actual: '已完成培训' },
    indicators: [
      indicator(),
      indicator({ level2: '质量指标', name: '合格率', target: { text: '=100%', comparator: '=', value: 100, unit: '%' }, actual: { text: '100%', value: 100, unit: '%' }, weight: 30, score: 30 }),
      indicator({ level1: 'outcome', level2: '社会效益', name: '服务水平', target: { text: '提升' }, actual: { text: '提升' }, weight: 30, score: 30 }),
      indicator({ level1: 'satisfaction', level2: '服务对象满意度指标', name: '满意度', target: { text: '≥90%', comparator: '≥', value: 90, unit: '%' }, actual: { text: '95%', value: 95, unit: '%' }, weight: 10, score: 10 }),
    ],
    indicatorWeight: 90,
    totalWeight: 100,
    totalScore: 100,
    ...over,
  };
}

export function performanceDocument(cards: Scorecard[], selfEvaluations?: SelfEvaluation[]): Disclosure {
  const doc = minimalDocument();
  doc.performance = { unit: '万元', scorecards: cards };
  if (selfEvaluations) doc.performance.summary = { selfEvaluations };
  return doc;
}

/** Weights as some regions print them: 8 for the funds, 10 per indicator, adding to 48. */
export function weights8and10(): Scorecard {
  const base = scorecard('八十分制项目');
  return {
    ...base,
    funds: { total: { ...base.funds.total, weight: 8, score: 8 } },
    indicators: base.indicators.map((i) => ({ ...i, weight: 10, score: 10 })),
    indicatorWeight: undefined,
    totalWeight: undefined,
    totalScore: 48,
  };
}

/** No 分值 column: weights blank (null), scores printed. */
export function noWeightColumn(): Scorecard {
  const base = scorecard('无分值栏项目');
  return { ...base, funds: { total: { ...base.funds.total, weight: null } }, indicators: base.indicators.map((i) => ({ ...i, weight: null })), indicatorWeight: undefined };
}

/** Every target a word (是, 提升, 及时). */
export function qualitativeOnly(): Scorecard {
  const words = ['是', '提升', '及时', '有效'];
  const base = scorecard('定性指标项目');
  return {
    ...base,
    indicators: base.indicators.map((i, n) => ({ ...i, target: { text: words[n]! }, actual: { text: words[n]! } })),
  };
}

/** Cut off after two indicators: no total row. */
export function truncatedCard(): Scorecard {
  const base = scorecard('截断项目');
  return { ...base, indicators: base.indicators.slice(0, 2), totalScore: null, truncated: true, indicatorWeight: undefined };
}

/** A budget's 绩效目标表: targets, no actuals, no scores. */
export function targetsDocument(): Disclosure {
  const base = scorecard('预算项目');
  const card: Scorecard = {
    name: base.name,
    funds: { total: { initialBudget: 50, annualBudget: null, executed: null } },
    goal: { expected: '完成培训', actual: '' },
    indicators: base.indicators.map((i) => ({ ...i, actual: { text: '' }, weight: null, score: null })),
    totalScore: null,
  };
  const doc = performanceDocument([card]);
  doc.meta.kind = 'budget';
  return doc;
}

/** `n` projects listed in a 汇总表, each with a consistent scorecard, totals spread over 77–100. */
export function manyProjects(n: number): Disclosure {
  const cards: Scorecard[] = [];
  const list: SelfEvaluation[] = [];
  for (let i = 0; i < n; i++) {
    const name = `项目${String(i + 1).padStart(2, '0')}`;
    const funds = 10 - (i % 5);
    const lost = (i * 7) % 20;
    const total = 90 + funds - lost;
    const base = scorecard(name);
    const indicators = base.indicators.map((item, k) => (k === 0 && lost > 0 ? { ...item, actual: { text: '10人', value: 10, unit: '人' }, score: 20 - lost } : item));
    const card = scorecard(name, { indicators, funds: { total: { initialBudget: 10 + i, annualBudget: 10 + i, executed: ((10 + i) * funds) / 10, weight: 10, rate: funds * 10, score: funds } }, totalScore: total });
    cards.push(card);
    list.push({ index: i + 1, name, score: total, grade: total >= 90 ? '优' : total >= 80 ? '良' : '中' });
  }
  return performanceDocument(cards, list);
}
