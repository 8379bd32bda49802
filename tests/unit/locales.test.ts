import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (locale: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'));
const zh = load('zh_CN');
const en = load('en');

describe('UI messages', () => {
  it('Chinese and English define the same keys, so no string falls back silently', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('every $NAME$ in a message has a placeholder, with the same ones in both languages', () => {
    for (const [key, zhMsg] of Object.entries(zh)) {
      for (const m of [zhMsg, en[key]!]) {
        const used = [...m.message.matchAll(/\$(\w+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
        expect(used, key).toEqual(Object.keys(m.placeholders ?? {}).sort());
      }
      expect(Object.keys(en[key]!.placeholders ?? {}).sort(), key).toEqual(Object.keys(zhMsg.placeholders ?? {}).sort());
    }
  });

  it('the Chinese UI is Chinese and carries the tooltip wording the content script uses', () => {
    expect(zh.tooltipFromPage!.message).toBe('本文的解释');
    expect(zh.tooltipFromGlossary!.message).toBe('词库解释');
    expect(zh.tooltipSource!.message).toBe('出处');
    expect(zh.tooltipJump!.message).toBe('跳到原文');
    expect([zh.categoryFormula, zh.categoryEnumeration, zh.categoryPolicy].map((m) => m!.message)).toEqual([
      '固定提法',
      '列举标签',
      '政策术语',
    ]);
    // Every Chinese message with words in it (not just placeholders and brackets) has Chinese.
    const han = /[\u4e00-\u9fff]/;
    for (const [key, m] of Object.entries(zh)) {
      const words = m.message.replace(/\$\w+\$/g, '').replace(/[\s\p{P}]/gu, '');
      if (words) expect(han.test(words), key).toBe(true);
    }
  });
});
