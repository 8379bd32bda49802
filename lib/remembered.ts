// The remembered explanations in extension storage (rules in remembered-model.ts).
import { storage } from '#imports';
import type { RememberedDefinition } from './remembered-model';

export const rememberedItem = storage.defineItem<RememberedDefinition[]>('local:remembered', { fallback: [], version: 1 });
