import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../cli/read-input';
import { extractReadableText, looksLikeHtml } from '../../cli/html-text';

const page = (name: string) => readFileSync(`tests/fixtures/pages/${name}.html`, 'utf8');
const article = (name: string) => readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8');
const withoutWhitespace = (s: string) => s.replace(/\s+/g, '');

/** Navigation, script and footer text that every page of this CMS carries around the body. */
const CHROME = ['当前位置', '公共文件夹', '智慧校园', '上一篇', '下一篇', '打印正文', '版权所有', 'siteSetup', 'jQuery', '$(document)', 'GetHits'];

describe('extractReadableText on the raw pages of the dev articles', () => {
  it.each(['04-dangyuan-xuexi-cailiao-2019-08', '10-zhejiang-jiaoyu-qiangsheng-dahui'])(
    '%s gives exactly the cleaned article: title line, then one paragraph per line',
    (name) => {
      expect(extractReadableText(page(name))).toBe(article(name));
    },
  );

  it('09 gives the communiqué; a line break inside its heading renders as a space, as in a browser', () => {
    const text = extractReadableText(page('09-ershijie-erzhong-quanhui-gongbao'));
    expect(text.split('\n')[1]).toBe('中国共产党第二十届中央委员会 第二次全体会议公报');
    expect(withoutWhitespace(text)).toBe(withoutWhitespace(article('09-ershijie-erzhong-quanhui-gongbao')));
  });

  it.each(['04-dangyuan-xuexi-cailiao-2019-08', '09-ershijie-erzhong-quanhui-gongbao', '10-zhejiang-jiaoyu-qiangsheng-dahui'])(
    '%s leaves out navigation, scripts and the footer',
    (name) => {
      const text = extractReadableText(page(name));
      for (const chrome of CHROME) expect(text).not.toContain(chrome);
    },
  );

  it('decodes a GBK-declared copy of a page to the same text as the UTF-8 original', () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/cli/zhejiang-jiaoyu-meta-gbk.html'));
    const input = decodeInput('zhejiang-jiaoyu-meta-gbk.html', bytes);
    expect(input).toEqual({ ok: true, encoding: 'gbk', html: true, text: article('10-zhejiang-jiaoyu-qiangsheng-dahui') });
  });
});

describe('extractReadableText on other page layouts', () => {
  const speech = article('02-gaige-kaifang-40-zhounian-jianghua').trim().split('\n');
  const [title = '', ...paragraphs] = speech.slice(0, 12);
  const linkList = (n: number) =>
    `<ul>${speech.slice(20, 20 + n).map((p, i) => `<li><a href="/item/${i}.html">${p.slice(0, 24)}</a></li>`).join('')}</ul>`;

  it('prefers a semantic <article> and drops nav, aside, footer, scripts and hidden parts', () => {
    const html = `<!DOCTYPE html><html><head><title>${title} - 新闻网</title><style>p{margin:0}</style></head><body>
      <nav><a href="/">首页</a> <a href="/news">要闻</a></nav>
      <div class="layout"><article><h1>${title}</h1>
        ${paragraphs.map((p) => `<p>\n  ${p}\n</p>`).join('\n')}
        <script>var 统计 = "不应出现";</script><div style="display: none">隐藏的编辑信息</div>
      </article>
      <aside><h2>相关新闻</h2>${linkList(8)}</aside></div>
      <footer>版权所有 &copy; 新闻网</footer></body></html>`;
    expect(extractReadableText(html)).toBe(`${[title, ...paragraphs].join('\n')}\n`);
  });

  it('finds an unnamed <div> of <br>-separated paragraphs among link-heavy blocks, with its heading and byline', () => {
    const html = `<html><body><div id="hd">${linkList(12)}</div>
      <div class="wrap"><div class="left">${linkList(15)}</div>
        <div class="right"><h2>${title}</h2><div class="info">来源：新华社</div>
          <div id="zoom">${paragraphs.map((p) => `&#12288;&#12288;${p}`).join('<br><br>\n')}</div></div></div>
      <div class="bottom">主办单位：某某网站 &nbsp; 备案号</div></body></html>`;
    expect(extractReadableText(html)).toBe(`${[title, '来源：新华社', ...paragraphs].join('\n')}\n`);
  });

  it('falls back to the whole page, minus chrome, when no container holds most of the text', () => {
    const html = `<html><body><div class="nav">${linkList(5)}</div>
      ${paragraphs.slice(0, 4).map((p) => `<section><div><p>${p}</p></div></section>`).join('')}</body></html>`;
    expect(extractReadableText(html)).toBe(`${paragraphs.slice(0, 4).join('\n')}\n`);
  });

  it('reads a bare fragment and decodes entities', () => {
    expect(extractReadableText('<p>增强&ldquo;四个意识&rdquo;&#12289;坚定&#x201C;四个自信&#x201D;</p>')).toBe('增强“四个意识”、坚定“四个自信”\n');
  });
});

describe('looksLikeHtml', () => {
  it('goes by extension or by a doctype/<html> at the top, not by tags inside plain text', () => {
    expect(looksLikeHtml('a/page.HTM', '')).toBe(true);
    expect(looksLikeHtml('Item/9545.aspx', '\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0">\n<html>')).toBe(true);
    expect(looksLikeHtml('saved.txt', '<!-- saved -->\n<html lang="zh">')).toBe(true);
    expect(looksLikeHtml('notes.txt', article('10-zhejiang-jiaoyu-qiangsheng-dahui'))).toBe(false);
    expect(looksLikeHtml('notes.txt', '文中写道 <html> 标签\n')).toBe(false);
  });
});
