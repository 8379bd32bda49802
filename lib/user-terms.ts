// The reader's own terms in extension storage (lib/user-terms-model.ts has the rules).
import { storage } from '#imports';
import { coerceUserTerms, withUserTerm, withoutUserTerm, type UserTerm } from './user-terms-model';

export type { UserTerm } from './user-terms-model';

export const userTermsItem = storage.defineItem<UserTerm[]>('local:userTerms', { fallback: [], version: 1 });

export async function readUserTerms(): Promise<UserTerm[]> {
  return coerceUserTerms(await userTermsItem.getValue());
}

export async function saveUserTerm(item: UserTerm): Promise<void> {
  await userTermsItem.setValue(withUserTerm(await readUserTerms(), item));
}

export async function deleteUserTerm(term: string): Promise<void> {
  await userTermsItem.setValue(withoutUserTerm(await readUserTerms(), term));
}
