// Follows the page's own changes: text that appears or changes is gathered into the blocks that
// hold it and handed back for annotation after a short quiet spell (at most a second after the
// first change); removed nodes drop their occurrences at once.
import type { GuestContext } from '../loader/guest-context';
import { closestBlock, isInSkippedSubtree } from '../text/collect-text';

const MUTATION_DEBOUNCE_MS = 250;
const MUTATION_MAX_WAIT_MS = 1000;

export interface ChangeHandlers {
  /** Outermost blocks whose text is new or changed, still in the document. */
  changed(roots: Element[]): void;
  /** Nodes were removed: forget occurrences that are no longer in the document. */
  removed(): void;
}

export class ChangeWatcher {
  private observer: MutationObserver | null = null;
  private dirtyRoots = new Set<Element>();
  private debounceTimer: number | undefined;
  private firstDirtyAt = 0;

  constructor(
    private readonly ctx: GuestContext,
    private readonly doc: Document,
    private readonly handlers: ChangeHandlers,
  ) {}

  start(): void {
    if (this.observer || !this.doc.body) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.debounceTimer);
    this.dirtyRoots.clear();
    this.firstDirtyAt = 0;
  }

  private onMutations(records: MutationRecord[]): void {
    let removed = false;
    for (const r of records) {
      if (r.type === 'characterData') this.markDirty(r.target);
      else {
        for (const n of r.addedNodes) this.markDirty(n);
        if (r.removedNodes.length) removed = true;
      }
    }
    if (removed) this.handlers.removed();
    if (!this.dirtyRoots.size) return;
    const now = performance.now();
    if (!this.firstDirtyAt) this.firstDirtyAt = now;
    clearTimeout(this.debounceTimer);
    const wait = Math.max(0, Math.min(MUTATION_DEBOUNCE_MS, this.firstDirtyAt + MUTATION_MAX_WAIT_MS - now));
    this.debounceTimer = this.ctx.setTimeout(() => this.flush(), wait);
  }

  private markDirty(node: Node): void {
    if (node.nodeType !== Node.TEXT_NODE && node.nodeType !== Node.ELEMENT_NODE) return;
    // Not trim(): it would copy a text node's whole text (5M characters in one node happen).
    if (node.nodeType === Node.TEXT_NODE && !/\S/.test((node as Text).data)) return;
    if (!node.isConnected || isInSkippedSubtree(node, this.doc.body)) return;
    this.dirtyRoots.add(closestBlock(node));
  }

  private flush(): void {
    this.firstDirtyAt = 0;
    const roots = [...this.dirtyRoots].filter((r) => r.isConnected);
    this.dirtyRoots.clear();
    // Nested roots are covered by their ancestors.
    const outer = roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
    if (outer.length) this.handlers.changed(outer);
  }
}
