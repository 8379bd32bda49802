// Every truth file under eval/truth/ is well-formed (eval/truth-schema.ts) and agrees with its
// text: each definition quote is a byte-exact substring of the text file, and each truth term
// (or one of its accepted wordings) occurs in the normalised text. A set whose texts are not on
// this machine (../shared or $TIFA_SHARED) is skipped, not failed.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../core/normalize';
import { loadTruthFiles, readDev2Text, sharedDir, TRUTH_DIR } from '../../eval/sets';
import { parseTruth } from '../../eval/truth-schema';
import { evalForm } from '../../eval/match-forms';

const sets = existsSync(TRUTH_DIR)
  ? readdirSync(TRUTH_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

describe('truth schema', () => {
  const good = { file: 'x.txt', terms: [{ term: '两个维护', kind: 'numbered', count: 2 }], definitions: [] };
  it('accepts the README example shape', () => {
    expect(parseTruth(good, 'good').terms[0]!.term).toBe('两个维护');
  });
  it('rejects a misspelt kind, a zero count, an unknown class, a definition without members and unknown keys', () => {
    expect(() => parseTruth({ ...good, terms: [{ term: 'a', kind: 'numberd', count: 1 }] }, 'k')).toThrow(/kind/);
    expect(() => parseTruth({ ...good, terms: [{ term: 'a', kind: 'numbered', count: 0 }] }, 'c')).toThrow(/count/);
    expect(() => parseTruth({ ...good, terms: [{ term: 'a', kind: 'numbered', count: 1, class: 'ordinals' }] }, 'cl')).toThrow(/class/);
    expect(() => parseTruth({ ...good, definitions: [{ label: 'L', members: [], quote: 'q' }] }, 'd')).toThrow(/members/);
    expect(() => parseTruth({ ...good, extra: 1 }, 'x')).toThrow(/extra/);
  });
});

for (const set of sets) {
  describe(`truth set ${set}`, () => {
    const files = loadTruthFiles(set); // throws (fails the suite) on a malformed file
    const texts = files.map(({ truth }) => ({ truth, text: readDev2Text(truth.file) }));
    const present = texts.filter((t) => t.text !== undefined);

    it('is named after its text file', () => {
      for (const { path, truth } of files) expect(path.split('/').pop()).toBe(truth.file.replace(/\.txt$/, '.json'));
    });

    it.skipIf(present.length === 0)(`agrees with its texts (${present.length}/${files.length} texts under ${resolve(sharedDir(), 'articles/dev2')})`, () => {
      for (const { truth, text } of present) {
        const norm = evalForm(normalize(text!));
        for (const d of truth.definitions) expect(text!.includes(d.quote), `${truth.file}: quote of ${d.label} not in the text: ${d.quote}`).toBe(true);
        for (const t of truth.terms) {
          const forms = [t.term, ...(t.accept ?? [])].map(evalForm);
          expect(forms.some((f) => norm.includes(f)), `${truth.file}: ${t.term} not in the normalised text`).toBe(true);
        }
      }
    });
  });
}
