import { describe, expect, it } from 'vitest';
import { TARGETS, evaluateNumberedTerms, formatReport, loadLabels, readLabelledText } from '../../scripts/eval-numbered-terms';
import { normalize } from '../../core/normalize';

describe('unknown numbered terms on labelled real texts (the same scoring as scripts/eval-numbered-terms.ts)', () => {
  const result = evaluateNumberedTerms();
  console.log(formatReport(result));

  it('the labels cover every dev article, the seed and the three raw pages, each label written in its text', () => {
    const labelled = loadLabels();
    expect(labelled.length).toBe(14);
    for (const { file, labels } of labelled) {
      const norm = normalize(readLabelledText(file));
      for (const m of labels.must) expect([m.term, ...(m.accept ?? [])].some((f) => norm.includes(f)), `${file}: ${m.term}`).toBe(true);
      for (const s of [...labels.either, ...labels.mustNot]) expect(norm, file).toContain(s);
    }
    expect(labelled.reduce((n, t) => n + t.labels.mustNot.length, 0)).toBeGreaterThanOrEqual(100);
  });

  it('every term the rule reports has been labelled by a reader', () => {
    expect(result.texts.flatMap((t) => t.unlabelled.map((u) => `${t.file}: ${u}`))).toEqual([]);
  });

  it(`precision ≥ ${TARGETS.precision} and recall ≥ ${TARGETS.recall}`, () => {
    expect(result.precision, JSON.stringify(result.texts.map((t) => t.ruleWrong))).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(result.recall, JSON.stringify(result.texts.map((t) => t.missed))).toBeGreaterThanOrEqual(TARGETS.recall);
  });

  it('on everyday text (weather, prices, family, sport, recipes, idioms) nothing is reported', () => {
    expect(result.everydaySentences).toBeGreaterThanOrEqual(100);
    expect(result.everydayHits).toEqual([]);
  });

  it('a raw page scores like its article: extraction loses no formula', () => {
    for (const page of result.texts.filter((t) => t.duplicate)) {
      const twin = result.texts.find((t) => !t.duplicate && t.file.split('/').pop()!.replace('.txt', '') === page.file.split('/').pop()!.replace('.html', ''))!;
      expect(page.ruleFound, page.file).toEqual(twin.ruleFound);
      expect(page.glossaryFound, page.file).toEqual(twin.glossaryFound);
    }
  });
});
