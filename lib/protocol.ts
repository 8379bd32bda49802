// The one typed message protocol between content scripts, popup and background.
// Types only come from core/; nothing here imports entrypoints.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { RememberedDefinition, TermFacts } from '../core/explain';
import type { Annotation, GlossaryEntry } from '../core/types';
import type { SavedTerm } from './saved-terms-model';

/** What the background returns for one chunk of page text. */
export interface AnnotateResult {
  annotation: Annotation;
  /** The glossary entries referenced by annotation.terms[].entryId. */
  entries: Record<string, GlossaryEntry>;
  /** Toned pinyin per annotation.terms[].term (computed here so content scripts stay small). */
  pinyin: Record<string, string>;
  /**
   * Set when the engine was still loading and the sender accepted a provisional answer: glossary
   * matches found without segmentation only (no numbered terms, no definitions). The sender
   * must ask again without `provisionalOk` and replace this result completely with that one.
   */
  provisional?: boolean;
}

/** Messages handled by the background. */
export interface BackgroundProtocol {
  /** Segment + match + mine one chunk of page text (offsets are UTF-16 into `text`). */
  annotate(data: { text: string; provisionalOk?: boolean }): AnnotateResult;
  /**
   * The content script tells which distinct terms its page (frame) has, for the badge: the
   * background counts their union across the frames of one tab.
   */
  reportTermCount(data: { terms: string[] }): void;
  /**
   * A content script saw Chinese while its page was still loading: start the engine now (if
   * highlights are on for the sender's site) so the first `annotate` does not wait for all of
   * the init. Answers whether highlights are on for the sender's site, at once: the engine
   * keeps loading behind one promise.
   */
  warmUp(): { active: boolean };
  searchGlossary(data: { query: string; limit?: number }): GlossaryEntry[];
  /**
   * The page's high-confidence definitions, to explain the terms on later pages. The worker
   * records them only for a site the reader has on and never from a private window; the URL
   * is the sender's own.
   */
  rememberDefinitions(data: { title: string; definitions: { explains: string; label: string; members: string[] }[] }): void;
  /** What earlier pages explained of these terms (never the asking page itself), newest first. */
  recallDefinitions(data: { terms: string[] }): RememberedDefinition[];
}

export const background = defineExtensionMessaging<BackgroundProtocol>();

/** A term as the popup lists it for the current page. */
export interface PageTerm extends TermFacts {
  count: number;
  /** True when the page itself explains the term (a mined definition). */
  definedOnPage: boolean;
}

export type PageStatus = 'loading' | 'ready' | 'disabled' | 'no-chinese' | 'error';

/** Messages handled by the content script of a tab (sent by the popup with a tabId). */
export interface TabProtocol {
  getPageTerms(): { status: PageStatus; terms: PageTerm[]; error?: string };
  /** Scroll to occurrence `index` (wrapping) of `term` and flash it; returns the index shown. */
  revealTerm(data: { term: string; index?: number }): { shown: number; total: number };
  /**
   * Added for the popup's "off on this site": the page's own location.href. Without the "tabs"
   * permission (or activeTab, which a popup opened as a page does not get) Chrome hides
   * tabs.Tab.url, so the page is asked. Top frame only, like getPageTerms.
   */
  getPageInfo(): { url: string };
  /**
   * The page's glossary for the popup's export: each term as the card would save it (its first
   * explanation, sources, English), in order of first occurrence, with the page's title and URL.
   */
  getPageGlossary(): SavedTerm[];
}

export const tab = defineExtensionMessaging<TabProtocol>();
