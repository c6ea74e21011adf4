/** The seven chart elements (every tag but the composite <disclosure-report>), for tests that try each. */
export const WIDGET_TAGS = [
  'budget-sankey',
  'spend-structure-pie',
  'budget-execution',
  'three-public-costs',
  'performance-scorecard',
  'performance-summary',
  'disclosure-audit',
] as const;

/** Every element, the composite <disclosure-report> last. */
export const ELEMENT_TAGS = [...WIDGET_TAGS, 'disclosure-report'] as const;
