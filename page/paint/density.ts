// Highlight density: every occurrence, each term's first occurrence only, or numbered formulas
// only (fixed formulas and list labels, not the policy terms that recur on every line). The
// model keeps every occurrence; only what is painted (and hovered) follows the choice.
import type { Density } from '../../lib/settings-model';
import type { Occurrence } from '../page-model';

/** The occurrences to paint, from all of them in document order. */
export function shownOccurrences(inDocumentOrder: readonly Occurrence[], density: Density): Occurrence[] {
  if (density === 'formulas') return inDocumentOrder.filter((o) => o.category !== 'policy');
  if (density === 'first') {
    const seen = new Set<string>();
    return inDocumentOrder.filter((o) => !seen.has(o.term) && (seen.add(o.term), true));
  }
  return [...inDocumentOrder];
}
