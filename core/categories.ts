// The three categories of term in the order every list shows them (CLI report, popup). Their
// names are UI wording and live once, in public/_locales (categoryFormula…).
import type { Category } from './types';

export const CATEGORY_ORDER = ['formula', 'enumeration', 'policy'] as const satisfies readonly Category[];

/** Whether a value read from storage or a file is a category. */
export function isCategory(value: unknown): value is Category {
  return (CATEGORY_ORDER as readonly unknown[]).includes(value);
}
