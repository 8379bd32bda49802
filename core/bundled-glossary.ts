// The glossary shipped with Tifa, validated once when first imported. A broken glossary.json
// must fail loudly here (and in `scripts/check-glossary.ts` at build time), never half-load.
import data from '../glossary/glossary.json' with { type: 'json' };
import { parseGlossary } from './glossary-schema';
import type { Glossary } from './types';

export const bundledGlossary: Glossary = parseGlossary(data);
