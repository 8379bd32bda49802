// The three categories of term in the order every list shows them (CLI report, popup). Their
// names are UI wording and live once, in public/_locales (categoryFormula…).
import type { Category } from './types';

export const CATEGORY_ORDER: readonly Category[] = ['formula', 'enumeration', 'policy'];
