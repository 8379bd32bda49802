// Card wording from the extension's i18n messages (public/_locales), through the one helper the
// popup and options use: Chinese by default, English where the browser UI is English.
import type { Category } from '../../core/types';
import { t } from '../../lib/ui/i18n';
import { categoryLabel } from '../../lib/ui/labels';

export interface Strings {
  category: Record<Category, string>;
  fromPage: string;
  fromPageNote: string;
  mentioned: string;
  jump: string;
  glossary: string;
  source: string;
  /** `citation`: author《title》(date) of the article, or its id where the glossary has none. */
  articleSource(citation: string, line: number): string;
  referenceSource(document: string, date: string): string;
  foundOnPage: string;
  members: string;
  close: string;
  articleSourceMany(citation: string, lines: string): string;
  englishOfficial: string;
  englishOwn: string;
  membersAsAbove: string;
  more: string;
  content: string;
  pin: string;
  unpin: string;
  prev: string;
  next: string;
  copy: string;
  copied: string;
  save: string;
  saved: string;
  keysHint: string;
  announce(term: string, summary: string): string;
  remembered(title: string, site: string, date: string): string;
  rememberedNote: string;
  rememberedOpen: string;
}

let cached: Strings | null = null;

/** Read once, on the first card (pages that are never hovered never pay for it). */
export function tooltipStrings(): Strings {
  cached ??= {
    category: { formula: categoryLabel('formula'), enumeration: categoryLabel('enumeration'), policy: categoryLabel('policy') },
    fromPage: t('tooltipFromPage'),
    fromPageNote: t('tooltipFromPageNote'),
    mentioned: t('tooltipMentioned'),
    jump: t('tooltipJump'),
    glossary: t('tooltipFromGlossary'),
    source: t('tooltipSource'),
    articleSource: (citation, line) => t('tooltipArticleSource', citation, line),
    referenceSource: (document, date) => t('tooltipReferenceSource', document, date),
    foundOnPage: t('tooltipNoExplanation'),
    members: t('tooltipMembers'),
    close: t('tooltipClose'),
    articleSourceMany: (citation, lines) => t('cardArticleSourceMany', citation, lines),
    englishOfficial: t('cardEnglishOfficial'),
    englishOwn: t('cardEnglishOwn'),
    membersAsAbove: t('cardMembersAsAbove'),
    more: t('cardMore'),
    content: t('cardContent'),
    pin: t('cardPin'),
    unpin: t('cardUnpin'),
    prev: t('cardPrev'),
    next: t('cardNext'),
    copy: t('cardCopy'),
    copied: t('cardCopied'),
    save: t('cardSave'),
    saved: t('cardSaved'),
    keysHint: t('cardKeysHint'),
    announce: (term, summary) => t('cardAnnounce', term, summary),
    remembered: (title, site, date) => t('cardRemembered', title, site, date),
    rememberedNote: t('cardRememberedNote'),
    rememberedOpen: t('cardRememberedOpen'),
  };
  return cached;
}
