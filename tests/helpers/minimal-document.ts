// The smallest valid document: a starting point for tests that break one thing at a time.
import type { Disclosure } from '../../src/schema/disclosure.js';

export function minimalDocument(): Disclosure {
  return {
    schemaVersion: 1,
    meta: { kind: 'final', year: 2021, department: '测试局', unit: '万元' },
    tables: {
      t3: {
        title: '支出决算表',
        code: '公开03表',
        unit: '万元',
        total: { name: '合计', values: { total: 10, basic: 4, project: 6 } },
        rows: [
          { code: '201', name: '一般公共服务支出', values: { total: 10, basic: 4, project: 6 } },
          { code: '20101', name: '人大事务', values: { total: 10, basic: 4, project: 6, superiorRemit: null } },
        ],
      },
    },
  };
}
