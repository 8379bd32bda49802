// The shape of a truth file (eval/README.md), checked with valibot so that a typo in a
// hand-written file (a misspelt kind, a count of 0, a definition without members) fails loudly
// instead of silently scoring as a miss.
import * as v from 'valibot';

export const TERM_CLASSES = ['ordinal', 'compound', 'place-value', 'scheme-unit', 'saying', 'label'] as const;
export const DEFINITION_CLASSES = ['label-after', 'label-before', 'gloss', 'list'] as const;

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));

export const TruthTermSchema = v.strictObject({
  term: nonEmpty,
  kind: v.picklist(['numbered', 'policy']),
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  class: v.optional(v.picklist(TERM_CLASSES)),
  accept: v.optional(v.array(nonEmpty)),
  note: v.optional(v.string()),
});

export const TruthDefinitionSchema = v.strictObject({
  label: nonEmpty,
  members: v.pipe(v.array(nonEmpty), v.minLength(1)),
  quote: nonEmpty,
  class: v.optional(v.picklist(DEFINITION_CLASSES)),
  note: v.optional(v.string()),
});

export const TruthFileSchema = v.strictObject({
  file: v.pipe(nonEmpty, v.endsWith('.txt')),
  terms: v.array(TruthTermSchema),
  notTerms: v.optional(v.array(nonEmpty)),
  definitions: v.array(TruthDefinitionSchema),
  note: v.optional(v.string()),
});

export type TruthTerm = v.InferOutput<typeof TruthTermSchema>;
export type TruthDefinition = v.InferOutput<typeof TruthDefinitionSchema>;
export type TruthFile = v.InferOutput<typeof TruthFileSchema>;

/** Parses one truth file's JSON, throwing with the file name and the failing path. */
export function parseTruth(json: unknown, where: string): TruthFile {
  const r = v.safeParse(TruthFileSchema, json);
  if (r.success) return r.output;
  const issues = r.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('; ');
  throw new Error(`${where}: not a valid truth file: ${issues}`);
}
