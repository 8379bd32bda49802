// The toolbar badge counts a tab's distinct terms: each frame tells the background its own,
// only when they change, and an empty list while its highlights are off.
import type { GuestContext } from '../loader/guest-context';
import { background } from '../../lib/protocol';

const REPORT_DELAY_MS = 150;

export class BadgeReporter {
  private reported = '';
  private timer: number | undefined;

  constructor(
    private readonly ctx: GuestContext,
    /** The terms to report now ([] while highlights are off). */
    private readonly currentTerms: () => string[],
  ) {}

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = this.ctx.setTimeout(() => {
      const terms = this.currentTerms();
      const key = terms.join('\u0000');
      if (key === this.reported || !this.ctx.isValid) return;
      this.reported = key;
      void background.sendMessage('reportTermCount', { terms }).catch(() => undefined);
    }, REPORT_DELAY_MS);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
