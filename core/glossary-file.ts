// Reading a user's glossary file: JSON first, then the same schema as the bundled glossary.
// Pure (no storage, no `browser`) so the exact messages a user sees are unit-tested.
import { GlossaryError, mergeGlossaries, parseGlossary } from './glossary-schema';
import type { Glossary } from './types';

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** Files larger than this are not glossaries; refusing early keeps storage.local small. */
export const MAX_GLOSSARY_FILE_CHARS = 4_000_000;

export function parseGlossaryFile(text: string): Result<Glossary> {
  if (text.length > MAX_GLOSSARY_FILE_CHARS) {
    return { ok: false, error: `file too large (${text.length} characters; at most ${MAX_GLOSSARY_FILE_CHARS})` };
  }
  let data: unknown;
  try {
    // A BOM is common in files saved by Windows editors and is not an error of the user's data.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, error: `not valid JSON: ${(err as Error).message}` };
  }
  try {
    return { ok: true, value: parseGlossary(data) };
  } catch (err) {
    if (err instanceof GlossaryError) return { ok: false, error: err.message };
    throw err;
  }
}

/**
 * A user's glossary file checked against the glossary it joins: parsed with the schema, then
 * merged by mergeGlossaries' rules (an entry with a bundled id replaces that entry; a term or
 * variant that another entry already claims is refused with the reason). Both the CLI's
 * --glossary and an import can use it, so neither accepts a file the engine would reject.
 */
export function mergeGlossaryFile(base: Glossary, text: string): Result<{ user: Glossary; merged: Glossary }> {
  const parsed = parseGlossaryFile(text);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, value: { user: parsed.value, merged: mergeGlossaries(base, parsed.value) } };
  } catch (err) {
    if (err instanceof GlossaryError) return { ok: false, error: err.message };
    throw err;
  }
}
