// The three evaluation sets and where their texts and truth come from.
//   dev        the first development set, read directly from the fixtures it already has (no
//              copy to keep in step): numbered terms from tests/fixtures/numbered-terms/labels.json
//              (must → numbered truth terms, mustNot → notTerms, either → neither right nor
//              wrong; the raw HTML pages that repeat an article are left out so each article
//              counts once; no policy truth). Those labels judge the numbered rule and the
//              glossary: an article's own list labels are `either` or `mustNot` there because
//              they are the miner's job, so dev articles are annotated with mining off, and a
//              shown hit with no numeral in it (a glossary policy phrase) is not judged.
//              Definitions come from
//              tests/fixtures/definitions/real-passages.json, scored on each cited passage (the
//              passages are the truth's unit there, not the whole article).
//   dev2-tune  eval/truth/dev2-tune/*.json, texts in <shared>/articles/dev2/.
//   dev2-held  eval/truth/dev2-held/*.json, the same; held out (see eval/README.md).
// <shared> is ../shared beside the checkout, or $TIFA_SHARED. A set with no truth files is
// reported missing; a truth file whose text is not there is skipped and counted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { decodeInput } from '../cli/read-input';
import { loadLabels, readLabelledText } from '../scripts/eval-numbered-terms';
import { loadFixtures, REAL_FIXTURES_PATH } from '../scripts/eval-definitions';
import { parseTruth, type TruthFile } from './truth-schema';
import type { TermTruth } from './score-terms';
import type { DefinitionTruth } from './score-definitions';

export const SET_NAMES = ['dev', 'dev2-tune', 'dev2-held'] as const;
export type SetName = (typeof SET_NAMES)[number];

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TRUTH_DIR = resolve(REPO_ROOT, 'eval/truth');

export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TIFA_SHARED ? resolve(env.TIFA_SHARED) : resolve(REPO_ROOT, '../shared');
}

/** One unit of scoring: a text, what its terms should be, what its definitions should be. */
export interface EvalText {
  id: string;
  text: string;
  /** undefined: this text is not scored for terms (dev passages). */
  terms?: TermTruth;
  /** undefined: not scored for definitions (dev articles: their definitions are the passages). */
  definitions?: DefinitionTruth[];
  /** Annotate with definition mining (default true); see the dev set above. */
  mine?: boolean;
}

export interface EvalSet {
  name: SetName;
  texts: EvalText[];
  /** Truth files whose text is not under the shared directory. */
  missingTexts: string[];
  /** No truth at all: nothing to report. */
  missing: boolean;
}

/** Truth files of one dev2 set, validated; [] when the directory is absent. */
export function loadTruthFiles(set: string, dir = TRUTH_DIR): { path: string; truth: TruthFile }[] {
  const at = resolve(dir, set);
  if (!existsSync(at)) return [];
  return readdirSync(at)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = resolve(at, f);
      return { path, truth: parseTruth(JSON.parse(readFileSync(path, 'utf8')), path) };
    });
}

/** The text of a dev2 file as the CLI would read it (encoding detected), or undefined if absent. */
export function readDev2Text(file: string, shared = sharedDir()): string | undefined {
  const path = resolve(shared, 'articles/dev2', file);
  if (!existsSync(path)) return undefined;
  const decoded = decodeInput(path, readFileSync(path));
  if (!decoded.ok) throw new Error(`${path}: ${decoded.message}`);
  return decoded.text;
}

function loadDev(): EvalSet {
  const texts: EvalText[] = [];
  for (const { file, labels, duplicate } of loadLabels()) {
    if (duplicate) continue;
    texts.push({
      id: file.split('/').pop()!,
      text: readLabelledText(file),
      terms: {
        terms: labels.must.map((m) => ({ term: m.term, kind: 'numbered' as const, ...(m.accept ? { accept: m.accept } : {}) })),
        notTerms: labels.mustNot,
        either: labels.either,
        numeralLedOnly: true,
      },
      mine: false,
    });
  }
  for (const fx of loadFixtures(REAL_FIXTURES_PATH)) {
    texts.push({
      id: `passage ${fx.id}`,
      text: fx.text,
      // Their `pattern` names the miner rule, not one of the classes: left unclassed.
      definitions: fx.expected.map((e) => ({ label: e.term, members: e.members })),
    });
  }
  return { name: 'dev', texts, missingTexts: [], missing: false };
}

function loadDev2(name: 'dev2-tune' | 'dev2-held', shared: string): EvalSet {
  const files = loadTruthFiles(name);
  const texts: EvalText[] = [];
  const missingTexts: string[] = [];
  for (const { truth } of files) {
    const text = readDev2Text(truth.file, shared);
    if (text === undefined) {
      missingTexts.push(truth.file);
      continue;
    }
    texts.push({ id: truth.file, text, terms: { terms: truth.terms, notTerms: truth.notTerms ?? [] }, definitions: truth.definitions });
  }
  return { name, texts, missingTexts, missing: files.length === 0 };
}

export function loadSet(name: SetName, shared = sharedDir()): EvalSet {
  return name === 'dev' ? loadDev() : loadDev2(name, shared);
}
