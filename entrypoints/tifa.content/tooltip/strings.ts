// Tooltip wording. Chinese by default, English when the browser UI is English.
import type { Category } from '../../../core/types';

const zh = {
  category: { formula: '数字提法', enumeration: '列举式提法', policy: '政策提法' } as Record<Category, string>,
  fromPage: '本文的解释',
  fromPageNote: '出自本页',
  jump: '跳到原文',
  glossary: '词表解释',
  source: '来源',
  articleSource: (article: string, line: number) => `文章 ${article} 第 ${line} 段`,
  foundOnPage: '本页出现的提法（词表未收录）',
  members: '包括',
  close: '关闭',
};

const en: typeof zh = {
  category: { formula: 'Numbered formula', enumeration: 'Enumeration', policy: 'Policy term' },
  fromPage: 'Explained in this article',
  fromPageNote: 'from this page',
  jump: 'Show passage',
  glossary: 'Glossary',
  source: 'Source',
  articleSource: (article, line) => `article ${article}, paragraph ${line}`,
  foundOnPage: 'Term found on this page (not in the glossary)',
  members: 'Members',
  close: 'Close',
};

export type Strings = typeof zh;

export function stringsFor(language: string): Strings {
  return language.toLowerCase().startsWith('en') ? en : zh;
}
