// The terms of the target tab, asked from its content script. The engine may still be loading
// when the popup opens, so a 'loading' answer is polled until it settles or time runs out.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { tab, type PageStatus, type PageTerm } from '../../lib/protocol';
import { isRestrictedUrl } from '../../lib/settings';
import type { TargetTab } from './target-tab';

export type PageState =
  | { kind: PageStatus; terms: PageTerm[]; error?: string }
  /** Browser page or extension store: no content script can run there. */
  | { kind: 'restricted'; terms: [] }
  /** No content script answered (page opened before install, or a blocked page). */
  | { kind: 'unreachable'; terms: [] }
  /** Still 'loading' after the polling budget. */
  | { kind: 'slow'; terms: [] };

const POLL_MS = 300;
const POLL_BUDGET_MS = 15_000;

export function usePageTerms(target: TargetTab | null): { state: PageState; refresh: () => void } {
  const [state, setState] = useState<PageState>({ kind: 'loading', terms: [] });
  const generation = useRef(0);

  const refresh = useCallback(() => {
    if (!target) return;
    const mine = ++generation.current;
    const started = Date.now();
    const poll = async (): Promise<void> => {
      if (mine !== generation.current) return; // superseded by a newer refresh
      try {
        const reply = await tab.sendMessage('getPageTerms', undefined, target.id);
        if (mine !== generation.current) return;
        if (reply.status === 'loading') {
          if (Date.now() - started > POLL_BUDGET_MS) setState({ kind: 'slow', terms: [] });
          else {
            setState((s) => (s.kind === 'loading' ? s : { kind: 'loading', terms: [] }));
            setTimeout(() => void poll(), POLL_MS);
          }
          return;
        }
        setState({ kind: reply.status, terms: reply.terms, error: reply.error });
      } catch {
        if (mine !== generation.current) return;
        // A content script that is just starting cannot answer yet; give it the same budget.
        const restricted = target.url !== undefined && isRestrictedUrl(target.url);
        if (!restricted && Date.now() - started < 2_000) {
          setTimeout(() => void poll(), POLL_MS);
          return;
        }
        setState({ kind: restricted ? 'restricted' : 'unreachable', terms: [] });
      }
    };
    void poll();
  }, [target]);

  useEffect(() => {
    if (target === null) return;
    if (target.url !== undefined && isRestrictedUrl(target.url)) {
      setState({ kind: 'restricted', terms: [] });
      return;
    }
    refresh();
    return () => void generation.current++;
  }, [target, refresh]);

  return { state, refresh };
}
