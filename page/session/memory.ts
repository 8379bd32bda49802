// Remembered explanations, page side: once the page is annotated, its high-confidence
// definitions go to the worker (which decides whether to keep them: site on, not private), and
// what earlier pages explained of this page's terms comes back for the card (core/explain.ts
// places it). Only pages with Highlights on get here: a switched-off site is never read.
import { REMEMBER_MIN_CONFIDENCE } from '../../core/confidence';
import { background } from '../../lib/protocol';
import type { PageModel } from '../page-model';

export class PageMemory {
  private sent = new Set<string>();

  constructor(private readonly doc: Document, private readonly model: PageModel) {}

  async afterScan(): Promise<void> {
    const fresh = this.model.definitionsToRemember(REMEMBER_MIN_CONFIDENCE).filter((d) => !this.sent.has(`${d.explains}\u0000${d.members.join('\u0000')}`));
    try {
      if (fresh.length) {
        for (const d of fresh) this.sent.add(`${d.explains}\u0000${d.members.join('\u0000')}`);
        await background.sendMessage('rememberDefinitions', { title: this.doc.title.trim(), definitions: fresh });
      }
      const terms = [...this.model.terms.keys()];
      if (terms.length) this.model.setRemembered(await background.sendMessage('recallDefinitions', { terms }));
    } catch {
      // The worker restarting or the extension reloading: the card works without the memory.
    }
  }
}
