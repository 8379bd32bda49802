// The glossary a user imported, kept beside the bundled one; the background merges the two.
import { storage } from '#imports';
import type { Glossary } from '../core/types';
import { parseGlossaryFile, type Result } from '../core/glossary-file';

export type { Result } from '../core/glossary-file';

export const userGlossaryItem = storage.defineItem<Glossary | null>('local:userGlossary', {
  fallback: null,
  version: 1,
});

/**
 * Validate `text` and store it as the user glossary. On any error the stored glossary is left
 * exactly as it was, and the error says what is wrong and where.
 */
export async function importGlossaryFile(text: string): Promise<Result<{ entries: number }>> {
  const parsed = parseGlossaryFile(text);
  if (!parsed.ok) return parsed;
  await userGlossaryItem.setValue(parsed.value);
  return { ok: true, value: { entries: parsed.value.entries.length } };
}

export async function removeUserGlossary(): Promise<void> {
  await userGlossaryItem.removeValue();
}
