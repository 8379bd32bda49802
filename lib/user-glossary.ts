// The glossary a user imported, kept beside the bundled one; the background merges the two.
import { browser, storage } from '#imports';
import { loadBundledGlossary } from '../core/bundled-glossary';
import { GlossaryError, mergeGlossariesWithReport, type Override } from '../core/glossary-schema';
import type { Glossary } from '../core/types';
import { parseGlossaryFile, type Result } from '../core/glossary-file';

export type { Result } from '../core/glossary-file';
export type { Override } from '../core/glossary-schema';

const STORAGE_KEY = 'userGlossary';

export const userGlossaryItem = storage.defineItem<Glossary | null>(`local:${STORAGE_KEY}`, {
  fallback: null,
  version: 1,
});

/**
 * storage.local's quota in Chrome (QUOTA_BYTES, 10 MiB) without the unlimitedStorage permission;
 * Firefox sets none. Tifa does not ask for unlimitedStorage: a glossary bigger than this is not a
 * glossary a reader imports, and a permission prompt would cost every user trust for it.
 */
export const DEFAULT_QUOTA_BYTES = 10 * 1024 * 1024;
/** Room kept for the settings and WXT's version keys beside the glossary. */
const RESERVED_BYTES = 64 * 1024;

/** The bytes storage.local counts for the glossary: key plus JSON of the value, in UTF-8. */
export function storedBytes(glossary: Glossary): number {
  return new TextEncoder().encode(STORAGE_KEY + JSON.stringify(glossary)).length;
}

function quotaBytes(): number {
  const quota = (browser.storage.local as { QUOTA_BYTES?: number }).QUOTA_BYTES;
  return typeof quota === 'number' && quota > 0 ? quota : DEFAULT_QUOTA_BYTES;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Validate `text`, check that it merges with the bundled glossary exactly as the background will
 * merge it (core/glossary-schema.ts mergeGlossariesWithReport), check that it fits the storage
 * quota, and store it as the user glossary. On any error the stored glossary is left exactly as
 * it was, and the error says what is wrong and where. `overrides` lists the bundled entries and
 * variants the user's entries take over.
 */
export async function importGlossaryFile(text: string): Promise<Result<{ entries: number; overrides: Override[] }>> {
  const parsed = parseGlossaryFile(text);
  if (!parsed.ok) return parsed;
  let overrides: Override[];
  try {
    ({ overrides } = mergeGlossariesWithReport((await loadBundledGlossary()).glossary, parsed.value));
  } catch (err) {
    if (err instanceof GlossaryError) return { ok: false, error: `does not combine with the built-in glossary: ${err.message}` };
    throw err;
  }
  const bytes = storedBytes(parsed.value);
  const room = quotaBytes() - RESERVED_BYTES;
  if (bytes > room) {
    return { ok: false, error: `too large to store: ${mb(bytes)} MB; the browser keeps at most ${mb(room)} MB for an imported glossary` };
  }
  try {
    await userGlossaryItem.setValue(parsed.value);
  } catch (err) {
    // The quota is shared and its accounting is the browser's: say so instead of failing silently.
    return { ok: false, error: `the browser could not store it: ${err instanceof Error ? err.message : String(err)}` };
  }
  return { ok: true, value: { entries: parsed.value.entries.length, overrides } };
}

export async function removeUserGlossary(): Promise<void> {
  await userGlossaryItem.removeValue();
}
