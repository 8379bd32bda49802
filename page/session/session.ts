// One page's life: the reader's settings decide whether Tifa is on here; while on, the page's
// text is collected in slices and its new or changed blocks are annotated (chunk-annotator.ts),
// the page's own changes are followed (change-watch.ts) and the badge kept current
// (badge-report.ts). `status` answers the popup.
import type { GuestContext } from '../loader/guest-context';
import { mark } from '../../lib/debug';
import type { PageStatus } from '../../lib/protocol';
import { densityOf, isActiveOn, settingsItem, type Density, type Settings } from '../../lib/settings';
import { shownOccurrences } from '../paint/density';
import type { Interaction } from '../card/interaction';
import type { HeadStart } from '../loader/head-start';
import type { PageModel } from '../page-model';
import type { Highlighter } from '../paint/highlighter';
import { collectBlocks, type BlockText, type Slicer } from '../text/collect-text';
import { buildChunksSliced, FIRST_CHUNK_CHARS, MAX_CHUNK_CHARS, type TextChunk } from '../text/chunks';
import { BadgeReporter } from './badge-report';
import { ChangeWatcher } from './change-watch';
import { ChunkAnnotator } from './chunk-annotator';
import { createSlicer } from './slices';

export class PageSession {
  status: PageStatus = 'loading';
  error: string | undefined;
  /** Called each time the page is fully annotated (remembered explanations: memory.ts). */
  onReady: (() => void) | null = null;
  private active = false;
  private started = false;
  /** The settings have been read (before that, `active` is a guess and nothing is shown). */
  private confirmed = false;
  /** Resolves once the stored settings have been applied. */
  private settingsApplied: Promise<void> = Promise.resolve();
  /** Bumped by every switch and stop: work of an older generation is dropped. */
  private generation = 0;
  private pending = 0;
  /** Text of each block when it was last sent, so unchanged blocks are never sent again. */
  private sentText = new WeakMap<Element, string>();
  private readonly changes: ChangeWatcher;
  private readonly annotator: ChunkAnnotator;
  private readonly badge: BadgeReporter;
  private density: Density = 'all';

  constructor(
    private readonly ctx: GuestContext,
    private readonly doc: Document,
    private readonly model: PageModel,
    private readonly highlighter: Highlighter,
    private readonly interaction: Interaction,
  ) {
    this.badge = new BadgeReporter(ctx, () => (this.active && this.confirmed ? [...this.model.terms.keys()] : []));
    this.annotator = new ChunkAnnotator(ctx, model, highlighter, () => this.badge.schedule());
    this.changes = new ChangeWatcher(ctx, doc, {
      changed: (roots) => {
        if (this.active) void this.scan(roots);
      },
      removed: () => this.highlighter.remove(this.model.pruneDisconnected()),
    });
  }

  /**
   * `settings` is the read the page script started when it was evaluated; `headStart` what the
   * loader learnt (the background's answer for this site) and sent while the script loaded.
   */
  async start(settings: Promise<Settings>, headStart: HeadStart): Promise<void> {
    const hostname = location.hostname;
    const apply = (value: Settings) => {
      this.setDensity(densityOf(value));
      this.setActive(isActiveOn(value, hostname));
    };
    const unwatch = settingsItem.watch(apply);
    this.ctx.onInvalidated(() => {
      unwatch();
      this.stop();
    });
    // Highlights are on for nearly every reader: collect the page's text while the settings
    // read is in flight (it can take 10–30 ms while the page renders). Nothing is sent to the
    // background before the settings allow it: a site the reader switched off is not read.
    let settingsApplied!: () => void;
    this.settingsApplied = new Promise((resolve) => (settingsApplied = resolve));
    this.annotator.adoptHeadStart(headStart);
    this.setActive(true, false);
    // The background read the settings for this site before this script was even fetched: its
    // yes lets the page show highlights now. The stored settings, read here too and then
    // watched, have the last word.
    void headStart.siteActive.then((active) => {
      if (!active || this.confirmed || !this.ctx.isValid) return;
      this.setActive(true);
      settingsApplied();
    });
    try {
      const current = await settings;
      mark('settings');
      apply(current);
    } catch (error) {
      // Without the reader's settings we cannot know this site is allowed: stay off.
      this.setActive(false);
      this.status = 'error';
      this.error = `settings unreadable: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      // After apply(): a scan waiting on this sees the generation the settings produced.
      settingsApplied();
    }
  }

  /** @param confirmed false only for the guess made before the settings are read. */
  private setActive(active: boolean, confirmed = true): void {
    if (confirmed && !this.confirmed) {
      this.confirmed = true;
      if (active && this.active) {
        this.highlighter.show();
        return;
      }
    }
    if (active === this.active && this.started) return;
    this.started = true;
    this.active = active;
    this.generation++;
    if (!active) {
      this.status = 'disabled';
      this.changes.stop();
      this.interaction.close();
      this.highlighter.hide();
      this.badge.schedule();
      return;
    }
    this.status = 'loading';
    if (this.confirmed) this.highlighter.show();
    this.changes.start();
    void this.scan([this.doc.body]);
  }

  private setDensity(density: Density): void {
    if (density === this.density) return;
    this.density = density;
    this.applyDensity();
  }

  /** Paint what the density allows of everything the page holds (all: the model's all). */
  private applyDensity(): void {
    const shown = shownOccurrences(this.model.inDocumentOrder(), this.density);
    const all = this.density === 'all';
    this.model.shown = all ? null : new WeakSet(shown);
    // While a scan runs, new chunks are painted through the filter; 'first' is settled again
    // over the whole page when the scan ends.
    const held = this.model.shown;
    this.highlighter.paintOnly(shown, all || !held ? null : this.density === 'formulas' ? (o) => o.category !== 'policy' : (o) => !this.model.occurrencesOf(o.term).some((x) => held.has(x)));
  }

  private stop(): void {
    this.generation++;
    this.changes.stop();
    this.badge.stop();
  }

  /** Annotate the blocks under `roots` whose text is new or changed since last sent. */
  private async scan(roots: Element[]): Promise<void> {
    const generation = this.generation;
    const isCurrent = () => generation === this.generation;
    const slicer = createSlicer();
    this.pending++;
    this.status = 'loading';
    try {
      const groups: BlockText[] = [];
      for (const root of roots) groups.push(...(await collectBlocks(root, slicer)));
      mark('collected');
      await this.settingsApplied;
      if (!isCurrent()) return;
      const fresh = await this.takeChangedBlocks(roots, groups, slicer, isCurrent);
      if (!isCurrent()) return;
      const chunks = await buildChunksSliced(fresh, slicer, MAX_CHUNK_CHARS, FIRST_CHUNK_CHARS);
      if (!isCurrent()) {
        this.forgetSent(chunks);
        return;
      }
      const { failed, error } = await this.annotator.run(chunks, isCurrent, slicer);
      // Switched off (or superseded) mid-way: chunks whose answer was dropped or never asked
      // for must be sent again when highlights come back, so they cannot count as sent.
      if (!isCurrent()) this.forgetSent(chunks);
      // Chunks the worker never answered, even when asked again: the next change sends them.
      if (failed.length) {
        this.forgetSent(failed);
        throw error;
      }
    } catch (error) {
      if (this.ctx.isValid) {
        this.status = 'error';
        this.error = error instanceof Error ? error.message : String(error);
      }
      return;
    } finally {
      this.pending--;
    }
    if (isCurrent() && this.pending === 0 && this.status === 'loading') {
      this.status = 'ready';
      this.highlighter.flushDeferred();
      // For the browser tests and benchmarks: every chunk answered in full and painted.
      if (this.density !== 'all') this.applyDensity();
      mark('ready');
      this.onReady?.();
    }
    this.badge.schedule();
  }

  /**
   * The collected blocks whose text differs from what was last sent (now counted as sent), after
   * dropping what the model holds for blocks under `roots` that changed or lost their Chinese.
   */
  private async takeChangedBlocks(roots: Element[], groups: BlockText[], slicer: Slicer, isCurrent: () => boolean): Promise<BlockText[]> {
    // In slices (every 512 blocks): a page of 50k blocks made this one 300 ms task.
    const every = async (i: number) => {
      if (i % 512 === 511) await slicer.maybeYield();
    };
    const textOf = new Map<Element, string>();
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      textOf.set(g.block, (textOf.has(g.block) ? textOf.get(g.block)! + '\u0000' : '') + g.text);
      await every(i);
    }
    const stale = new Set<Element>();
    const occurrences = this.model.allOccurrences();
    for (let i = 0; i < occurrences.length; i++) {
      const o = occurrences[i]!;
      if (roots.some((r) => r.contains(o.block)) && textOf.get(o.block) !== this.sentText.get(o.block)) stale.add(o.block);
      await every(i);
    }
    const fresh: BlockText[] = [];
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (textOf.get(g.block) !== this.sentText.get(g.block)) fresh.push(g);
      await every(i);
    }
    // From here on in one task: what counts as sent and what the model holds change together.
    if (!isCurrent()) return [];
    for (const g of fresh) {
      stale.add(g.block);
      this.sentText.set(g.block, textOf.get(g.block)!);
    }
    if (stale.size) this.highlighter.remove(this.model.removeBlocks(stale));
    return fresh;
  }

  private forgetSent(chunks: TextChunk[]): void {
    for (const chunk of chunks) for (const segment of chunk.segments) this.sentText.delete(segment.block);
  }
}
