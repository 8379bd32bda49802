// The grey line under a member in the "explained in this article" list, on items the miner
// returns for real pages (raw page 04's 八个方面, article 05's 三層含義).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { itemRest } from '../../page/card/item-rest';
import { mineDefinitions } from '../../core/miner';

const articles = resolve(import.meta.dirname, '../fixtures/articles');

describe('itemRest', () => {
  it('drops the member and the mark after it, and a heading the paragraph repeats', () => {
    expect(itemRest('坚持实事求是', '坚持实事求是。坚持实事求是，基础在于搞清楚“实事”', 80)).toBe('基础在于搞清楚“实事”');
    expect(itemRest('突出党建引领', '突出党建引领。', 80)).toBe('');
    expect(itemRest('一个前提', '一个前提', 80)).toBe('');
  });

  it('clips a long rest with an ellipsis', () => {
    const rest = itemRest('坚持战略定力', `坚持战略定力。${'缺乏足够战略定力，就容易出现心理上患得患失'.repeat(5)}`, 30);
    expect(rest).toHaveLength(30);
    expect(rest.endsWith('…')).toBe(true);
    expect(rest.startsWith('缺乏足够战略定力')).toBe(true);
  });

  it('keeps an item that does not start with its member whole', () => {
    expect(itemRest('政治纪律', '严明政治纪律和政治规矩', 80)).toBe('严明政治纪律和政治规矩');
    expect(itemRest('突出党建引领', '一是突出党建引领。坚持把党的政治建设摆在首位', 80)).toBe('坚持把党的政治建设摆在首位');
    expect(itemRest('纪律教育', '（三）纪律教育', 80)).toBe('');
  });

  it('never repeats the member on the real mined definitions of the dev articles', () => {
    let checked = 0;
    for (const name of ['05-xianggang-guoan-jueding-shuoming.txt', '04-dangyuan-xuexi-cailiao-2019-08.txt']) {
      const text = readFileSync(resolve(articles, name), 'utf8');
      for (const d of mineDefinitions(text)) {
        d.members.forEach((m, i) => {
          const rest = itemRest(m, d.items[i], 80);
          expect(rest.startsWith(m), `${d.term}: ${m} | ${rest}`).toBe(false);
          expect(rest).not.toMatch(/^[。，、；：]/);
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
