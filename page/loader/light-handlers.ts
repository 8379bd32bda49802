// The popup's answers for a top frame without Chinese, without loading the page script.
import { tab } from '../../lib/protocol';

export function registerNoChineseHandlers(): () => void {
  const removers = [
    tab.onMessage('getPageTerms', () => ({ status: 'no-chinese' as const, terms: [] })),
    tab.onMessage('revealTerm', () => ({ shown: -1, total: 0 })),
    tab.onMessage('getPageInfo', () => ({ url: location.href })),
  ];
  return () => removers.forEach((remove) => remove());
}
