/**
 * The 28 rules of docs/disclosure-format.md §5, then the reviewer's-checklist rules of issue 14
 * (29–41: completeness, empty tables, arithmetic the 28 skip, narrative and editorial checks,
 * the "三公" budget against last year's, one item quoted with two amounts, the 目录 against
 * the body, 类/款/项 names of the text against the table's, the 国有资产 "截至" year; 45–47:
 * income's direction against the tables, 部门 wording in a 单位 document, a budget's 绩效目标;
 * 48: the totals of the tables kept as printed),
 * in rule order.
 */
import type { Rule } from '../types.js';
import { R01, R02, R03, R04, R05 } from './table1.js';
import { R06, R07, R12, R13 } from './cross-tables.js';
import { R08 } from './hierarchy.js';
import { R09, R10, R17, R33 } from './columns.js';
import { R11 } from './table4.js';
import { R14 } from './table6.js';
import { R15, R16 } from './three-public.js';
import { R18 } from './narrative-amounts.js';
import { R19, R20, R21 } from './narrative.js';
import { R22, R23 } from './other-matters.js';
import { R24, R25, R26, R28 } from './scorecard.js';
import { R27 } from './summary.js';
import { R29 } from './fiscal-income.js';
import { R30, R31 } from './fund-tables.js';
import { R32 } from './table4-balance.js';
import { R34, R35, R36 } from './narrative-checks.js';
import { R37 } from './completeness.js';
import { R38, R39 } from './editorial.js';
import { R40 } from './three-public-previous.js';
import { R41 } from './narrative-repeats.js';
import { R42 } from './contents.js';
import { R43 } from './function-names.js';
import { R44 } from './assets-date.js';
import { R45 } from './income-direction.js';
import { R46 } from './unit-wording.js';
import { R47 } from './performance-targets.js';
import { R48 } from './other-tables.js';

export const RULE_CHECKS: readonly Rule[] = [
  R01, R02, R03, R04, R05, R06, R07, R08, R09, R10, R11, R12, R13, R14,
  R15, R16, R17, R18, R19, R20, R21, R22, R23, R24, R25, R26, R27, R28,
  R29, R30, R31, R32, R33, R34, R35, R36, R37, R38, R39, R40, R41, R42, R43, R44,
  R45, R46, R47, R48,
];
