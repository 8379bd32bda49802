// Shared value types of the DOM-free core. Imports nothing: the CLI, the extension and the
// tests all speak these shapes. Every offset is a UTF-16 index into the ORIGINAL text the
// caller passed in (a JS string index), never into a normalised copy.

export type Category = 'formula' | 'enumeration' | 'policy';

/** Half-open range [start, end) of UTF-16 code units in the original text. */
export interface Span {
  start: number;
  end: number;
}

/** Where an explanation comes from. */
export type TermSource = 'glossary' | 'article';

/** One term found in a text, with all its occurrences (sorted by start). */
export interface TermHit {
  /** Canonical simplified form (glossary `term`), or for unknown terms the simplified surface. */
  term: string;
  /** Glossary entry id when source === 'glossary'. */
  entryId?: string;
  /** 'glossary' = a glossary entry; 'article' = found only in this text (unknown numbered term or mined label). */
  source: TermSource;
  category: Category;
  /** One line. Glossary summary, or for article terms a short description of what was found. */
  summary: string;
  /** Distinct surface forms as they appear in the text, in first-seen order. */
  surfaces: string[];
  occurrences: Span[];
  /**
   * Article terms only: how sure the engine is that this names a formula or label (0–1), from
   * the evidence (quoted, a structure only formulas take, repetition, a list the text gives).
   * The engine reports none below ARTICLE_TERM_MIN_CONFIDENCE (core/confidence.ts).
   */
  confidence?: number;
}

/** An explanation the text itself gives for a label (四个一 → 一个前提、一个关键、…). */
export interface Definition {
  /** The label as written in the text (e.g. 四个一, 五大行动, 三个方面). */
  term: string;
  /** Where that label stands inside the defining passage. */
  label: Span;
  /** Leading clause of each item, each an exact substring of the text (突出党建引领). */
  members: string[];
  memberSpans: Span[];
  /** Full text of each item (for the tooltip), exact substrings of the text. */
  items: string[];
  itemSpans: Span[];
  /** The whole passage that defines the label. */
  evidence: Span;
  /** Which recognised pattern produced it (for debugging / eval), e.g. 'yishi-list'. */
  pattern: string;
  /**
   * How well the text's own evidence supports it, 0–1 (core/miner/confidence.ts). Below
   * PAGE_DEFINITION_MIN_CONFIDENCE it is not shown as the page's explanation, but it stays here.
   */
  confidence: number;
  /**
   * The label carries its own count (三个方面, 五大行动, 一个中心): it names a list of that size. False
   * for a label without a count (原则, 总要求, 几点) and for a glossed term (中国式现代化, 第一个答案).
   */
  counted: boolean;
}

/** A definition linked to the term it explains (core/explain.ts owns the link). */
export interface LinkedDefinition extends Definition {
  /** TermHit.term of the term this definition explains: its canonical key (definitionKey). */
  explains: string;
}

export interface Annotation {
  /** UTF-16 length of the annotated text. */
  chars: number;
  /** Terms sorted by first occurrence. */
  terms: TermHit[];
  defined: LinkedDefinition[];
}

/** The subset of jieba-wasm the core needs; both the Node and the web build provide it. */
export interface JiebaApi {
  tokenize(text: string, mode: string, hmm?: boolean | null): { word: string; start: number; end: number }[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
  cut?(text: string, hmm?: boolean | null): string[];
  /** Part-of-speech tags; the numbered-term rules use them to tell formulas from quantities. */
  tag?(sentence: string, hmm?: boolean | null): { word: string; tag: string }[];
}

/** A glossary source: an exact quote from a bundled article, or a checked reference. */
export type GlossarySource =
  | {
      kind: 'article';
      /** Article id = file name without .txt under glossary/articles/. */
      article: string;
      /** Exact substring of the article file (a test checks it). */
      quote: string;
      /** 1-based line (= paragraph) of the article where the quote starts. */
      line: number;
      /**
       * Human citation of the article (author《title》(date)), filled in by parseGlossary from
       * Glossary.articles so every display can cite it without the whole glossary at hand.
       */
      citation?: string;
    }
  | {
      kind: 'reference';
      /** Document or meeting, e.g. 中央政治局会议. */
      document: string;
      /** ISO date or year-month / year as precise as known: 2016-01-29, 2017-06, 2013. */
      date: string;
      note?: string;
    };

export interface GlossaryMember {
  /** Exact wording of the member. */
  text: string;
  /** What the source says about this member (e.g. for 四个一: 一个前提 = 树立“四个意识”、坚定“四个自信”). */
  detail?: string;
}

export interface GlossaryEntry {
  /** Stable ascii id, kebab-case: si-ge-yishi. */
  id: string;
  /** Canonical simplified form. */
  term: string;
  /** Other surface forms, including traditional (四個意識) and alternative wordings. */
  variants: string[];
  category: Category;
  members: GlossaryMember[];
  /** One line, Chinese. */
  summary: string;
  english?: string;
  /**
   * Where `english` is an official rendering (a government or Party translation, e.g. the
   * Central Compilation and Translation Bureau), that document; without it the card marks the
   * English as Tifa's own rendering.
   */
  englishSource?: Extract<GlossarySource, { kind: 'reference' }>;
  /** Ids of related entries. */
  related: string[];
  /** At least one. */
  sources: GlossarySource[];
  /**
   * A label an article coins for its own list (三个方面, 五条原则, 四个一): generic words that mean
   * something else in the next article. Such an entry is never matched on its own; it applies
   * only where the text itself defines the label with this entry's members.
   */
  definedOnly?: boolean;
}

/** Bibliographic facts of an article that glossary quotes come from. */
export interface GlossaryArticle {
  title: string;
  author?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

export interface Glossary {
  version: number;
  /** Article id (file name under glossary/articles/ without .txt) → what to cite it as. */
  articles?: Record<string, GlossaryArticle>;
  entries: GlossaryEntry[];
}
