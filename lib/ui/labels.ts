// Display wording shared by the popup, the options page and the card: categories and where an
// explanation comes from.
import type { Category, GlossarySource } from '../../core/types';
import { t, type MessageKey } from './i18n';

export { CATEGORY_ORDER } from '../../core/categories';

const CATEGORY_KEYS: Record<Category, MessageKey> = {
  formula: 'categoryFormula',
  enumeration: 'categoryEnumeration',
  policy: 'categoryPolicy',
};

export function categoryLabel(category: Category): string {
  return t(CATEGORY_KEYS[category]);
}

export function sourceLabel(source: GlossarySource): string {
  return source.kind === 'article'
    ? t('tooltipArticleSource', source.citation ?? source.article, source.line)
    : t('tooltipReferenceSource', source.document, source.date);
}
