// How sure the engine must be before it tells the reader "this page explains it" or "this is a
// numbered formula of this article". Precision before recall: below these, the reader sees less
// (the sentence where the article uses the term), never a guess. core/explain.ts applies them;
// the eval (npm run eval) scores exactly what passes them.

/** A mined definition at or above this is shown as the page's own explanation. */
export const PAGE_DEFINITION_MIN_CONFIDENCE = 0.6;

/** An article term (not in the glossary) at or above this is highlighted as a formula/label. */
export const ARTICLE_TERM_MIN_CONFIDENCE = 0.5;

/**
 * A page definition at or above this is kept by the browser to explain the term on later pages
 * (remembered explanations): stricter than showing it here, because there it stands without
 * the passage beside it.
 */
export const REMEMBER_MIN_CONFIDENCE = 0.8;
