/**
 * The published JSON Schema (draft 2020-12), generated from the same valibot definitions as
 * the types and the validator, so the three cannot drift. Build-time only: not in any bundle.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { Disclosure } from './disclosure.js';
import { Amount, Count, FunctionCode, EconomicCode, Percent, Score, SignedAmount, Source, Unit } from './primitives.js';
import { SummaryLine } from './tables.js';
import { Target, Indicator, FundsLine } from './performance.js';
import { ExecutionItem, Comparison } from './narrative.js';

export const SCHEMA_ID = 'https://disclosure-widgets.invalid/schema/disclosure-v1.json';

export function buildJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(Disclosure, {
    target: 'draft-2020-12',
    // JSON numbers are finite by construction; the runtime validator still rejects NaN and
    // Infinity that arrive through the .data property. A `check` (an otherTables row has one
    // value per column) has no JSON Schema form; the runtime validator checks it.
    ignoreActions: ['finite', 'check'],
    definitions: {
      Amount,
      SignedAmount,
      Percent,
      Count,
      Score,
      Unit,
      Source,
      FunctionCode,
      EconomicCode,
      SummaryLine,
      Target,
      Indicator,
      FundsLine,
      ExecutionItem,
      Comparison,
    },
  }) as Record<string, unknown>;
  return { $id: SCHEMA_ID, title: 'Disclosure', ...schema };
}
