// Turns the engine's Annotation into what a content script needs to show it, so the content
// script never loads the glossary, a normaliser or a pinyin dictionary (it runs on every page).
import { pinyin } from 'pinyin-pro';
import type { Annotation, GlossaryEntry } from '../core/types';
import type { AnnotateResult } from './protocol';

export function buildAnnotateResult(annotation: Annotation, entriesById: ReadonlyMap<string, GlossaryEntry>): AnnotateResult {
  const entries: Record<string, GlossaryEntry> = {};
  const pinyinByTerm: Record<string, string> = {};
  for (const hit of annotation.terms) {
    const entry = hit.entryId === undefined ? undefined : entriesById.get(hit.entryId);
    if (entry) entries[entry.id] = entry;
    pinyinByTerm[hit.term] ??= cachedTermPinyin(hit.term);
  }
  return { annotation, entries, pinyin: pinyinByTerm };
}

/**
 * pinyin-pro reads a whole term in context (a few ms per call in a service worker), and the
 * same few hundred terms come back on every page: read each term string once per worker.
 */
const pinyinCache = new Map<string, string>();
const PINYIN_CACHE_LIMIT = 20_000;

function cachedTermPinyin(term: string): string {
  let reading = pinyinCache.get(term);
  if (reading === undefined) {
    reading = termPinyin(term);
    if (pinyinCache.size >= PINYIN_CACHE_LIMIT) pinyinCache.clear();
    pinyinCache.set(term, reading);
  }
  return reading;
}

/**
 * Toned pinyin of a term for the tooltip: one syllable per Han character (四个意识 → sì gè yì
 * shí), digits and Latin letters kept as written, quotes, brackets and list marks dropped
 * (3个“坚决” → 3 gè jiān jué). The whole term is read at once so 一/不 take the tone they
 * are spoken with in context (一带一路 yí dài yí lù, 四个一 sì gè yī).
 */
export function termPinyin(term: string): string {
  const words: string[] = [];
  let other = '';
  const flushOther = () => {
    // Keep a '.' or '-' only between letters/digits (2.0, COVID-19), never as a stray mark.
    const kept = other.replace(/[^\p{L}\p{N}.\-]/gu, ' ').replace(/(^|\s)[.\-]+|[.\-]+(?=\s|$)/g, '$1');
    words.push(...kept.split(/\s+/).filter(Boolean));
    other = '';
  };
  for (const ch of pinyin(term, { toneType: 'symbol', type: 'all' })) {
    if (ch.isZh && ch.pinyin) {
      flushOther();
      words.push(ch.pinyin);
    } else other += ch.origin;
  }
  flushOther();
  return words.join(' ');
}
