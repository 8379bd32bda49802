// The card renders core/explain.ts's list in its order: a confident page definition with its
// members, a weak one only as "mentioned here" with the passage (never its guessed members),
// an article term with what the engine found.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { explain, type HeldDefinition, type TermFacts } from '../../core/explain';
import { PAGE_DEFINITION_MIN_CONFIDENCE } from '../../core/confidence';
import { Tooltip } from '../../page/card/Tooltip';
import type { Strings } from '../../page/card/strings';

const strings: Strings = {
  category: { formula: '固定提法', enumeration: '列举标签', policy: '政策术语' },
  fromPage: '本文的解释',
  fromPageNote: '来自本页',
  mentioned: '本文提及',
  jump: '跳到原文',
  glossary: '词库解释',
  source: '出处',
  articleSource: (citation, line) => `${citation} 第${line}段`,
  referenceSource: (document, date) => `${document}（${date}）`,
  foundOnPage: '本页出现的提法',
  members: '内容',
  close: '关闭',
  articleSourceMany: (citation, lines) => `${citation} 第${lines}段`,
  englishOfficial: '官方英译',
  englishOwn: 'Tifa 英译',
  membersAsAbove: '内容同上',
  more: '下有更多',
  content: '内容',
  pin: '固定',
  unpin: '取消固定',
  prev: '上一个',
  next: '下一个',
  copy: '复制',
  copied: '已复制',
  save: '收藏',
  saved: '已收藏',
  keysHint: '快捷键',
  announce: (term, summary) => `${term}：${summary}`,
  remembered: (title, site, date) => `见《${title}》（${site}，${date}）`,
  rememberedNote: '以前读过的解释',
  rememberedOpen: '打开',
};

/** A paragraph of the page and a Range over it, as the page model holds evidence. */
function passage(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  return range;
}

const term: TermFacts = { term: '三座大山', source: 'article', category: 'formula', summary: '文中出现的数字提法，词典未收录' };
const info = { ...term, pinyin: 'sān zuò dà shān' };

function card(definitions: HeldDefinition<Range>[]): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<Tooltip info={info} surface="三座大山" explanations={explain(term, { definitions })} strings={strings} onReveal={() => {}} />, root);
  return root;
}

afterEach(() => document.body.replaceChildren());

describe('the card shows explain()’s list', () => {
  const text = '推翻了压在中国人民头上的帝国主义、封建主义、官僚资本主义三座大山。';
  const members = ['帝国主义', '封建主义', '官僚资本主义'];
  const definition = (confidence: number): HeldDefinition<Range> => ({
    explains: '三座大山',
    label: '三座大山',
    members,
    items: members,
    evidence: passage(text),
    confidence,
  });

  it('a confident page definition: its members, marked as from this page', () => {
    const root = card([definition(PAGE_DEFINITION_MIN_CONFIDENCE + 0.1)]);
    expect(root.querySelector('[data-source="page"] h2')?.textContent).toContain('本文的解释');
    expect([...root.querySelectorAll('.member')].map((m) => m.textContent)).toEqual(members);
    expect(root.querySelector('[data-source="mention"]')).toBeNull();
  });

  it('a weak one: "mentioned in this article" with the passage, and no members', () => {
    const root = card([definition(PAGE_DEFINITION_MIN_CONFIDENCE - 0.2)]);
    expect(root.querySelector('[data-source="page"]')).toBeNull();
    expect(root.querySelectorAll('.member')).toHaveLength(0);
    const mention = root.querySelector('[data-source="mention"]');
    expect(mention?.querySelector('h2')?.textContent).toBe('本文提及');
    expect(mention?.querySelector('q')?.textContent).toBe(text);
  });

  it('no definition: the article term says what the engine found', () => {
    const root = card([]);
    expect(root.querySelector('[data-source="article"]')?.textContent).toBe('文中出现的数字提法，词典未收录');
  });
});
