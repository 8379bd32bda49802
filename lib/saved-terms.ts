// The reader's saved terms (the card's star, the options page's My terms), kept locally.
import { storage } from '#imports';
import { coerceSavedTerms, savedKey, withImported, withSaved, withoutSaved, type SavedTerm } from './saved-terms-model';

export { savedKey, type SavedTerm } from './saved-terms-model';

export const savedTermsItem = storage.defineItem<SavedTerm[]>('local:savedTerms', { fallback: [], version: 1 });

export async function readSavedTerms(): Promise<SavedTerm[]> {
  return coerceSavedTerms(await savedTermsItem.getValue());
}

/** Read-modify-write, so a save in one tab and a delete in the options page do not collide. */
async function update(change: (list: SavedTerm[]) => SavedTerm[]): Promise<SavedTerm[]> {
  const next = change(await readSavedTerms());
  await savedTermsItem.setValue(next);
  return next;
}

export const saveTerm = (item: SavedTerm) => update((list) => withSaved(list, item));
export const unsaveTerm = (key: string) => update((list) => withoutSaved(list, key));
export const importSavedTerms = (items: SavedTerm[]) => update((list) => withImported(list, items));
export { savedKey as keyOf };
