import type { MajorityRule } from '../../shared/model';

/** The rules as the settings panel and the table's rule cell name them. */
export const ruleNames: Record<MajorityRule, string> = {
  simple: 'Simple majority',
  'two-thirds': 'Two-thirds majority',
  'three-quarters': 'Three-quarters majority',
  absolute: 'Absolute majority (of the voters)',
};

/** The same, short enough for a table cell. */
export const ruleShortNames: Record<MajorityRule, string> = { simple: 'Simple', 'two-thirds': '⅔', 'three-quarters': '¾', absolute: 'Absolute' };
