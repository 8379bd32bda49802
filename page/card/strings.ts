// Tooltip wording from the extension's i18n messages (public/_locales): Chinese by default,
// English where the browser UI is English, the same catalogue the popup uses.
import { browser } from '#imports';
import type { Category } from '../../core/types';

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];
const t = (name: string, substitutions?: string[]): string => browser.i18n.getMessage(name as MessageName, substitutions);

export interface Strings {
  category: Record<Category, string>;
  fromPage: string;
  fromPageNote: string;
  jump: string;
  glossary: string;
  source: string;
  /** `citation`: author《title》(date) of the article, or its id where the glossary has none. */
  articleSource(citation: string, line: number): string;
  referenceSource(document: string, date: string): string;
  foundOnPage: string;
  members: string;
  close: string;
}

let cached: Strings | null = null;

/** Read once, on the first tooltip (pages that are never hovered never pay for it). */
export function tooltipStrings(): Strings {
  cached ??= {
    category: { formula: t('categoryFormula'), enumeration: t('categoryEnumeration'), policy: t('categoryPolicy') },
    fromPage: t('tooltipFromPage'),
    fromPageNote: t('tooltipFromPageNote'),
    jump: t('tooltipJump'),
    glossary: t('tooltipFromGlossary'),
    source: t('tooltipSource'),
    articleSource: (citation, line) => t('tooltipArticleSource', [citation, String(line)]),
    referenceSource: (document, date) => t('tooltipReferenceSource', [document, date]),
    foundOnPage: t('tooltipNoExplanation'),
    members: t('tooltipMembers'),
    close: t('tooltipClose'),
  };
  return cached;
}
