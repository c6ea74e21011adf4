/**
 * One 项目支出绩效自评表: header (项目名称, 主管部门, 实施单位), the funds block, the
 * 年度总体目标, the indicator rows and the 总分 row. A scorecard that ends before its 总分
 * row is kept and marked truncated.
 */
import type { TextLine } from '../lines.js';
import { displayWidth, isPageNoise } from '../lines.js';
import type { WarningSink } from '../warnings.js';
import { chunksOf, placeCells, type Chunk } from './columns.js';
import { addFundHeader, fundHeaderWords, fundRowKey, hasFundHeader, newFundHeader, readBudgetFundsLine, readFundsLine, type BudgetSide } from './funds.js';
import { fundsAcrossHeader, readFundsAcross } from './funds-across.js';
import { gradeLine } from './grade.js';
import { labelledFields, labelledGoal } from './labelled-head.js';
import { party } from './party.js';
import { parseScore } from './score.js';
import { periodGoalHeader, splitPeriodGoal, type PeriodGoalState } from './period-goal.js';
import { finishIndicators, indicatorColumns, indicatorHeader, readIndicatorRow, readSpacedIndicatorRow, type IndicatorColumns, type IndicatorOut } from './indicators.js';

type Obj = Record<string, unknown>;

function filled(cells: string[]): string[] {
  return cells.filter((c) => c !== '');
}


/** The goal row's label, which narrow layouts print down the left edge a few characters a line. */
const GOAL_LABEL = '年度总体目标完成情况';

/**
 * A goal line's chunks without the piece of the vertical 年度总体目标完成情况 label printed
 * left of the 预期目标 column ("年度总 该项目…", "况"): a first word that is only part of
 * that label, in a chunk that starts before the column, is the label, not the goal.
 */
function withoutGoalLabel(chunks: Chunk[], expected: Chunk | undefined): Chunk[] {
  const first = chunks[0];
  if (!first || (expected && first.start >= expected.start && first.cstart >= expected.cstart)) return chunks;
  const [word, ...rest] = first.text.split(' ');
  // Without a goal header to place it by, only a short piece counts ("体", "目标").
  if (!word || !GOAL_LABEL.includes(word) || (!expected && word.length > 3)) return chunks;
  if (rest.length === 0) return chunks.slice(1);
  const cut = word.length + 1;
  const shown = displayWidth(first.text.slice(0, cut));
  return [{ text: rest.join(' '), start: first.start + shown, end: first.end, cstart: first.cstart + cut, cend: first.cend }, ...chunks.slice(1)];
}

/** An amount, a percentage or a blank-cell dash: a cell of a funds row's values. */
const AMOUNT_CELL = /^(?:-?[\d,]+(?:\.\d+)?%?|[—–-]+)$/;

/** A funds row label cut at the end of its line ("其中：当年财政拨", 款 on a line below): its row. */
function cutFundRowKey(cells: string[]): string | undefined {
  const last = cells.map((c) => c.trim() !== '').lastIndexOf(true);
  if (last < 0 || cells.some((c) => /\d/.test(c))) return undefined;
  for (const tail of ['款', '金', '资金']) {
    const key = fundRowKey(cells.map((c, i) => (i === last ? c.trim() + tail : c)));
    if (key) return key;
  }
  return undefined;
}

/** A short piece of a label printed down the left edge ("总", "体", "年度"), or undefined. */
function labelPiece(line: TextLine | undefined): string | undefined {
  const word = (line?.text.trim() ?? '').split(/\s+/)[0] ?? '';
  return /^[\u4e00-\u9fff]{1,3}$/.test(word) ? word : undefined;
}

/**
 * A budget's 绩效目标表 prints its goal with no 预期目标 header, under a 总体目标 label down the
 * left edge ("总" / "体 目标1：…" / "目" / "标"): true when the pieces starting at this line
 * spell it (a 年度主要任务 label, spelled the same way, is not a goal).
 */
function opensVerticalGoal(lines: TextLine[], at: number, to: number): boolean {
  if (!labelPiece(lines[at]) || !/^(?:总|总体|年度|年度总)$/.test(labelPiece(lines[at])!)) return false;
  // Two goal columns over it (实施期总目标 | 年度目标) are no one goal: not read as one.
  let above = at - 1;
  while (above > 0 && lines[above]!.text.trim() === '') above--;
  if ((lines[above]?.text.match(/目标/g) ?? []).length >= 2) return false;
  let spelled = '';
  for (let i = at; i < Math.min(to, at + 8) && spelled.length < 6; i++) spelled += labelPiece(lines[i]) ?? '';
  return /^(?:年度)?总体目标/.test(spelled);
}

/** True when the card prints a 实际完成 / 完成情况 / 得分 word anywhere: a 自评表, not a 绩效目标表. */
function reportsAnything(lines: TextLine[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/实际完成|完成情况|实际值|得分/.test(lines[i]!.text)) return true;
  return false;
}

/** A line of the indicator header wrapped over lines: only its words (and a piece of a vertical 绩效指标 label), no number. */
function indicatorHeaderPiece(line: TextLine, cells: string[]): boolean {
  return !/\d/.test(line.text) && filled(cells).every((c) => /指标|分值|得分|措施|偏差|原因|完成值|^(?:施|值|年度|实际|[一二三]级|[绩效指标])$/.test(c));
}

/**
 * `within`: the indicator part of a larger card (the 部门整体 card reads its own head and
 * funds and hands the rest here): named so, and its funds are not missing.
 */
export function parseScorecard(lines: TextLine[], from: number, to: number, warnings: WarningSink, within?: { name: string }): Obj | undefined {
  const card: Obj = { name: within?.name ?? '' };
  const funds: Obj = {};
  const indicators: IndicatorOut[] = [];
  const state = {};
  const fundHeader = newFundHeader();
  const budgetSides: BudgetSide[] = [];
  let goalColumns: [number, number] | undefined;
  // Space-aligned text: header chunks to place the cells of the lines below by position.
  let goalHeader: Chunk[] | undefined;
  let spacedColumns: IndicatorColumns | undefined;
  let mode: 'head' | 'goal' | 'indicators' | 'done' = 'head';
  let targetsOnly = false;
  let acrossHeader: ReturnType<typeof fundsAcrossHeader>;
  let singleGoal = false;
  // 实施期总目标 | 年度目标 (period-goal.ts): the goal's two columns.
  let periodHeader: [Chunk, Chunk] | undefined;
  const periodState: PeriodGoalState = {};
  let unitPrinted = false;
  // A funds row label without amounts on its line, until the next line says whether they follow.
  let heldFund: { key: string; line: TextLine; cells: string[]; chunks: Chunk[] | undefined } | undefined;
  let first: TextLine | undefined;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.text === '' || isPageNoise(line)) continue;
    const chunks = line.tabbed ? undefined : chunksOf(line);
    const cells = chunks ? chunks.map((c) => c.text) : line.cells.map((c) => c.text);
    const head = filled(cells)[0] ?? '';
    const compact = head.replace(/\s+/g, '');
    // A title line: the year alone, or a line ending in the table's name (with a label before
    // it, "表14 2022年…绩效目标表", or a qualifier after it, "…绩效目标表（一级项目）").
    const whole = line.text.replace(/\s+/g, '');
    if (/^[(（]?\d{4}年度?[)）]?$/.test(whole) || /(?:绩效自评表|绩效目标表)(?:[(（][^)）]{1,12}[)）])?$/.test(whole)) continue;
    first ??= line;
    // The table's unit line ("单位：万元" at the right, above 项目名称): the funds' unit.
    const unitLine = /^(?:金额)?单位[:：](万元|亿元|元)$/.exec(whole);
    if (unitLine && mode === 'head') {
      card.unit ??= unitLine[1];
      continue;
    }
    const labelled = mode === 'head' ? labelledFields(filled(cells), line.no) : undefined;
    if (labelled) {
      if (labelled.name !== undefined && card.name === '') {
        card.name = labelled.name;
        card.source = { line: line.no };
      }
      if (labelled.department) card.department ??= labelled.department;
      if (labelled.implementer) card.implementer ??= labelled.implementer;
      if (labelled.total) funds.total ??= labelled.total;
      continue;
    }
    if (/^项目名称/.test(compact)) {
      // 主管部门 printed on the same line ("项目名称 X 主管部门 Y") is not part of the name.
      const rest = filled(cells).slice(1);
      const owner = rest.findIndex((c) => /^主管部门/.test(c.replace(/\s+/g, '')));
      card.name = (owner < 0 ? rest : rest.slice(0, owner)).join('').trim();
      const dept = owner < 0 ? undefined : party(rest.slice(owner + 1).join(''));
      if (dept) card.department = dept;
      card.source = { line: line.no };
      continue;
    }
    // A 部门整体 card printed as a project card: 部门名称 (单位名称) names it.
    const named = /^(?:部门|单位)(?:[(（]单位[)）])?名称[:：]?(.*)$/.exec(compact);
    if (named && card.name === '' && (named[1] !== '' || filled(cells).length > 1)) {
      // "部门名称  X", or "单位名称：X" in one cell.
      card.name = (named[1] + filled(cells).slice(1).join('')).trim();
      card.source = { line: line.no };
      continue;
    }
    if (/^主管部门/.test(compact)) {
      // Lines above it (a wrapped 实施单位) are not funds header lines.
      fundHeader.lines = [];
      // A 实施期限 printed beside it ("主管部门 X 实施期限 1年") is no part of the department.
      const all = filled(cells).slice(1);
      const period = all.findIndex((c) => /^实施期限/.test(c.replace(/\s+/g, '')));
      const rest = period < 0 ? all : all.slice(0, period);
      const at = rest.findIndex((c) => /^实施单位/.test(c));
      const dept = party(at < 0 ? rest.join('') : rest.slice(0, at).join(''));
      if (dept) card.department = dept;
      const impl = at < 0 ? undefined : party(rest.slice(at + 1).join(''));
      if (impl) card.implementer = impl;
      continue;
    }
    const fundsLabel = /^项目资金/.test(compact);
    // The funds header: on the 项目资金 line, or on the lines above the first funds row.
    // (A number strayed onto a header line of two or more words is not read there.)
    const headerLine = !/\d/.test(line.text) || fundHeaderWords(cells) >= 2;
    if (mode === 'head' && Object.keys(funds).length === 0 && headerLine && (fundsLabel || chunks)) {
      addFundHeader(fundHeader, cells, chunks);
    }
    // The unit on the 项目资金 line, or in the block label printed down beside the rows.
    // (项目资金 with its unit on the next line, "（元）" beside 其中：财政拨款: that unit, not 万元.)
    if (fundsLabel || (mode === 'head' && !unitPrinted && fundRowKey(cells) && /[(（]\s*(?:万元|亿元|元)\s*[)）]/.test(line.text))) {
      const unit = /[(（]\s*(万元|亿元|元)\s*[)）]/.exec(line.text);
      if (unit) {
        card.unit = unit[1];
        unitPrinted = true;
      } else card.unit ??= '万元';
    }
    // A 绩效目标表's funds across: 总额 | 财政拨款 | 其他资金 over a line of amounts.
    if (mode === 'head' && chunks && Object.keys(funds).length === 0) {
      const across = fundsAcrossHeader(chunks);
      if (across) {
        acrossHeader = across;
        continue;
      }
      const read = acrossHeader ? readFundsAcross(line, chunks, acrossHeader) : undefined;
      if (read) {
        Object.assign(funds, read);
        const unit = /[(（]\s*(万元|亿元|元)\s*[)）]/.exec(line.text);
        if (unit) card.unit ??= unit[1];
        continue;
      }
    }
    // A 绩效目标表's funds block: no column header, each label followed by its amount.
    const budgetRow = mode === 'head' && !hasFundHeader(fundHeader) && fundRowKey(cells) ? readBudgetFundsLine(line, cells, budgetSides) : undefined;
    if (budgetRow) {
      funds[budgetRow.key] ??= budgetRow.funds;
      continue;
    }
    const fundRow = mode === 'head' && hasFundHeader(fundHeader) ? fundRowKey(cells) ?? cutFundRowKey(cells) : undefined;
    // A funds row whose label was printed around its amounts ("其中：当年财政拨" / "0 400 400 — —" /
    // "款", the label centred on a taller row): the line of amounts after the label is the row's.
    if (heldFund && !fundRow && mode === 'head' && cells.some((c) => /\d/.test(c)) && cells.every((c) => c.trim() === '' || AMOUNT_CELL.test(c.trim()))) {
      funds[heldFund.key] ??= readFundsLine(line, cells, chunks, fundHeader);
      heldFund = undefined;
      continue;
    }
    if (heldFund && (fundRow || /\d/.test(line.text))) {
      funds[heldFund.key] ??= readFundsLine(heldFund.line, heldFund.cells, heldFund.chunks, fundHeader);
      heldFund = undefined;
    }
    if (fundRow) {
      if (!(fundRow in funds)) {
        if (/\d/.test(line.text)) funds[fundRow] = readFundsLine(line, cells, chunks, fundHeader);
        else heldFund = { key: fundRow, line, cells, chunks };
      }
      continue;
    }
    if (fundsLabel) continue;
    if (/^项目绩效年度目标/.test(compact)) continue;
    // The goal's own header line: on the 年度总体目标 line, or alone when that label is
    // printed down the left edge ("年度总" / "体目标" / "完成情" / "况") beside the texts.
    const goalHeaderAlone = mode === 'head' && /预期目标/.test(line.text) && /实际完成/.test(line.text) && !/\d/.test(line.text);
    // A 绩效目标表 (budget) has one goal column: "年度目标  目标1：…" wrapped over the lines below.
    // (Only in a card that reports nothing: a 自评表's goal row has two columns.)
    if (mode === 'head' && chunks && /^(?:年度目标|年度绩效目标|绩效目标|年度总体目标)$/.test(compact) && !/预期目标|实际完成/.test(line.text) && !reportsAnything(lines, from, to)) {
      card.goal = { expected: filled(cells).slice(1).join('').trim(), actual: '' };
      singleGoal = true;
      mode = 'goal';
      continue;
    }
    const goalText = mode === 'head' && !reportsAnything(lines, from, to) ? labelledGoal(filled(cells)) : undefined;
    if (goalText !== undefined) {
      card.goal = { expected: goalText, actual: '' };
      singleGoal = true;
      mode = 'goal';
      continue;
    }
    if (/^年度总体目标/.test(compact) || goalHeaderAlone) {
      const expected = cells.findIndex((c) => /预期目标/.test(c));
      const actual = cells.findIndex((c) => /实际完成/.test(c));
      goalColumns = expected >= 0 && actual > expected ? [expected, actual] : undefined;
      goalHeader = chunks && goalColumns ? [chunks[goalColumns[0]]!, chunks[goalColumns[1]]!] : undefined;
      mode = 'goal';
      continue;
    }
    // Header words wrapped over lines ("一级指" / "标", "三级指标" alone): the line with
    // 三级指标 and another column's word, or 一级指标 with 分值/得分, is the header.
    const headerWords =
      (/三级指标/.test(line.text) && /一级指标|二级指标|分值|指标值/.test(line.text)) ||
      (/一级指/.test(line.text) && /分值|得分|指标值/.test(line.text) && !/\d/.test(line.text));
    // In space text the merged 年度绩效指标 cell can be printed beside an indicator row.
    if (headerWords || (/^年度绩效指标/.test(compact) && !(chunks && cells.filter((c) => /\d/.test(c)).length > 1))) {
      // A 绩效目标表 (budget) has no 实际完成值 / 分值 / 得分 columns.
      // (Its header words can wrap onto the lines above: "一级指 … 实际完成值 分值 得分".)
      const above = [lines[i - 1], lines[i - 2]].map((l) => (l && !/\d/.test(l.text) ? l.text : '')).join(' ');
      // (A 分值 or 权重 column alone weighs the targets: still nothing reported or scored.)
      const words = `${line.text} ${above}`;
      targetsOnly = !/实际完成|完成值|实际值|得分/.test(words) && !(/分值/.test(words) && !chunks);
      const weight = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(line.text);
      if (weight) card.indicatorWeight = Number(weight[1]);
      if (chunks && headerWords) spacedColumns = indicatorColumns(indicatorHeader(lines, i, chunks));
      mode = 'indicators';
      continue;
    }
    if (/^总分/.test(compact)) {
      const numbers = filled(cells).slice(1).map((c) => parseScore(c)).filter((n): n is number => typeof n === 'number');
      if (numbers.length >= 2) {
        card.totalWeight = numbers[0];
        card.totalScore = numbers[1];
      } else card.totalScore = numbers[0] ?? null;
      const grade = filled(cells).find((c) => /^(?:优|良|中|差|合格|不合格|优秀|良好)$/.test(c)) ?? filled(cells).map(gradeLine).find(Boolean);
      if (grade) card.grade = grade;
      else {
        // The grade on a line of its own right after 总分 (page noise between allowed).
        for (let k = i + 1; k < Math.min(to, i + 4); k++) {
          if (lines[k]!.text === '' || isPageNoise(lines[k]!)) continue;
          const printed = gradeLine(lines[k]!.text);
          if (printed) card.grade = printed;
          break;
        }
      }
      mode = 'done';
      // What follows 总分 in the region is the document's text again (the 部门整体 card is
      // followed by the section's narrative), not the card's.
      break;
    }
    // The indicator header's first line ("二级 年度 实际 偏差原因分析及…") above the line that
    // names its columns: not a goal line.
    if (mode === 'goal' && chunks && indicatorHeaderPiece(line, cells)) continue;
    if (mode === 'head' && chunks && opensVerticalGoal(lines, i, to)) {
      goalColumns = undefined;
      goalHeader = undefined;
      mode = 'goal';
    }
    if (mode === 'head' && chunks && !reportsAnything(lines, from, to) && (periodHeader = periodGoalHeader(chunks))) {
      goalHeader = periodHeader;
      mode = 'goal';
      continue;
    }
    if (mode === 'goal' && chunks && periodHeader) {
      const [period, year] = splitPeriodGoal(withoutGoalLabel(chunks, periodHeader[0]), periodHeader, periodState);
      const goal = (card.goal ??= { expected: '', actual: '', period: '' }) as { expected: string; actual: string; period: string };
      goal.period += period;
      goal.expected += year;
      continue;
    }
    if (mode === 'goal' && chunks) {
      // Space text wraps long goals over several lines: each column continues.
      const texts = withoutGoalLabel(chunks, goalHeader?.[0]);
      if (texts.length === 0) continue;
      const [expected, actual] = singleGoal ? [texts.map((c) => c.text).join('')] : goalHeader ? placeCells(texts, goalHeader) : texts.map((c) => c.text);
      const goal = (card.goal ??= { expected: '', actual: '' }) as { expected: string; actual: string };
      goal.expected += (expected ?? '').trim();
      goal.actual += (actual ?? '').trim();
      continue;
    }
    if (mode === 'goal') {
      const texts = goalColumns ? [cells[goalColumns[0]] ?? '', cells[goalColumns[1]] ?? ''] : filled(cells);
      if (!card.goal) card.goal = { expected: (texts[0] ?? '').trim(), actual: (texts[1] ?? '').trim() };
      continue;
    }
    if (mode === 'indicators') {
      // A header wrapped over lines ("偏差原因分析" / "及改进措施") before the first row.
      if (chunks && indicators.length === 0 && indicatorHeaderPiece(line, cells)) continue;
      const result = chunks
        ? readSpacedIndicatorRow(line, chunks, spacedColumns, state, indicators, warnings, targetsOnly, `绩效自评表“${String(card.name)}”`)
        : readIndicatorRow(line, cells, state, indicators, warnings, targetsOnly);
      if (result === 'unread') warnings.add('line-unread', { line: line.no, text: line.raw }, { where: `绩效自评表“${String(card.name)}”` });
      continue;
    }
    if (/\d/.test(line.text)) warnings.add('line-unread', { line: line.no, text: line.raw }, { where: `绩效自评表“${String(card.name)}”` });
  }
  // A label-only funds row still held when the card ends: kept, blank, as it was printed.
  if (heldFund) funds[heldFund.key] ??= readFundsLine(heldFund.line, heldFund.cells, heldFund.chunks, fundHeader);
  if (!first) return undefined;
  card.source ??= { line: first.no };
  if (!funds.total && !within) {
    warnings.add('scorecard-funds-missing', { line: first.no, text: first.raw }, { name: String(card.name) });
    funds.total = { initialBudget: null, annualBudget: null, executed: null };
  }
  card.funds = funds;
  finishIndicators(state, indicators, warnings, `绩效自评表“${String(card.name)}”`);
  card.indicators = indicators;
  if (targetsOnly) card.totalScore ??= null;
  // A targets-only table has no 总分 row to lose: it is complete without one.
  if (mode !== 'done' && !(targetsOnly && indicators.length > 0)) {
    card.truncated = true;
    card.totalScore ??= null;
    warnings.add('scorecard-truncated', { line: first.no, text: first.raw }, { name: String(card.name) });
  }
  return card;
}
