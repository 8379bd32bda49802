// The card's copy and star, kept apart from the pointer and keyboard logic (interaction.ts):
// the saved keys are read once and followed through storage, so the star shows the truth when
// a term is saved in another tab or deleted in My terms.
import type { Explanation } from '../../core/explain';
import { keyOf, saveTerm, savedTermsItem, unsaveTerm } from '../../lib/saved-terms';
import { coerceSavedTerms } from '../../lib/saved-terms-model';
import { citationText } from '../../lib/term-export';
import type { TermInfo } from '../page-model';
import type { Strings } from './strings';
import { termRecord } from './term-record';

export class CardActions {
  private saved: Set<string> | null = null;
  private unwatch: (() => void) | null = null;

  constructor(private readonly doc: Document, private readonly changed: () => void) {}

  /** Starts reading the saved keys (first card only); `changed` re-renders once they are in. */
  private load(): void {
    if (this.saved) return;
    this.saved = new Set();
    const apply = (value: unknown) => {
      this.saved = new Set(coerceSavedTerms(value).map(keyOf));
      this.changed();
    };
    void savedTermsItem.getValue().then(apply, () => undefined);
    this.unwatch = savedTermsItem.watch(apply);
  }

  isSaved(term: string): boolean {
    this.load();
    return this.saved!.has(keyOf({ term, url: this.url() }));
  }

  private url(): string {
    return this.doc.location?.href ?? '';
  }

  private record(info: TermInfo, explanations: readonly Explanation<Range>[], strings: Strings) {
    return termRecord(info, explanations, { title: this.doc.title.trim(), url: this.url(), now: new Date() }, strings);
  }

  /** Save, or remove when saved already (the star is a toggle). */
  async toggleSave(info: TermInfo, explanations: readonly Explanation<Range>[], strings: Strings): Promise<void> {
    this.load();
    const key = keyOf({ term: info.term, url: this.url() });
    if (this.saved!.has(key)) {
      this.saved!.delete(key);
      await unsaveTerm(key);
    } else {
      this.saved!.add(key);
      await saveTerm(this.record(info, explanations, strings));
    }
    this.changed();
  }

  /** The entry with its citation on the clipboard; false where the page's focus forbids it. */
  async copy(info: TermInfo, explanations: readonly Explanation<Range>[], strings: Strings): Promise<boolean> {
    const text = citationText(this.record(info, explanations, strings));
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  destroy(): void {
    this.unwatch?.();
  }
}
