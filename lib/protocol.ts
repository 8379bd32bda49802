// The one typed message protocol between content scripts, popup and background.
// Types only come from core/; nothing here imports entrypoints.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Annotation, GlossaryEntry } from '../core/types';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the background returns for one chunk of page text. */
export interface AnnotateResult {
  annotation: Annotation;
  /** The glossary entries referenced by annotation.terms[].entryId. */
  entries: Record<string, GlossaryEntry>;
}

/** Messages handled by the background. */
export interface BackgroundProtocol {
  /** Segment + match + mine one chunk of page text (offsets are UTF-16 into `text`). */
  annotate(data: { text: string }): AnnotateResult;
  /** The content script tells how many distinct terms its page has (for the badge). */
  reportTermCount(data: { count: number }): void;
  engineStatus(): { status: EngineStatus; error?: string };
  searchGlossary(data: { query: string; limit?: number }): GlossaryEntry[];
}

export const background = defineExtensionMessaging<BackgroundProtocol>();
