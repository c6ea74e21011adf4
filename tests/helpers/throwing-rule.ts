// A rule that always throws, for the tests that check a broken rule is reported as
// "could not check" (audit, CLI, widget note) instead of silently passing.
import type { Rule } from '../../src/audit/index.js';

export function throwingRule(id: string, error: Error = new TypeError('odd data')): Rule {
  return {
    id,
    name: 'always-throws',
    description: { 'zh-CN': '测试', en: 'test' },
    check: () => {
      throw error;
    },
  };
}
