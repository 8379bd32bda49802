// Display wording shared by the popup's lists: categories and where an explanation comes from.
import type { Category, GlossarySource } from '../../core/types';
import { t, type MessageKey } from './i18n';

const CATEGORY_KEYS: Record<Category, MessageKey> = {
  formula: 'categoryFormula',
  enumeration: 'categoryEnumeration',
  policy: 'categoryPolicy',
};

export const CATEGORY_ORDER: Category[] = ['formula', 'enumeration', 'policy'];

export function categoryLabel(category: Category): string {
  return t(CATEGORY_KEYS[category]);
}

export function sourceLabel(source: GlossarySource): string {
  return source.kind === 'article'
    ? t('tooltipArticleSource', source.citation ?? source.article, source.line)
    : t('tooltipReferenceSource', source.document, source.date);
}
