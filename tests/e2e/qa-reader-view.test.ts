// What QA saw a reader get wrong, checked in Chromium on real pages: 提法 in menus and footers
// were highlighted, a mined member was repeated in its own grey line, the glossary card cited
// an internal article id, pinyin carried quote marks, and a traditional page's term was titled
// in simplified characters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { bundledGlossary } from '../../core/bundled-glossary';
import { articleRoutes, articleToHtml, readArticle, SEED_ARTICLE, type FixtureServer } from '../../scripts/serve-fixtures';
import { highlightCentre, launchExtension, REPO, screenshot, startServer, waitForFinalHighlights, waitForHighlights, type ExtensionBrowser } from './harness';
import { card } from './card-probe';

const SEED_TITLE = '以党的政治建设为统领建设清廉机关创建模范机关';
const PAGES = resolve(REPO, 'tests/fixtures/pages');
const rawPage = (name: string) => readFileSync(resolve(PAGES, name), 'utf8');

/** Raw page 10 (a school site: no semantic markup) with a site menu and a footer that name 提法. */
function page10WithChrome(): string {
  return rawPage('10-zhejiang-jiaoyu-qiangsheng-dahui.html')
    .replace(
      '<div id="top">',
      '<nav id="qa-nav"><a href="#">学习“四个意识”专题</a> | <a href="#">“八八战略”实施二十周年</a></nav>\n<div id="top">',
    )
    .replace('</body>', '<footer id="qa-footer">深入践行“八八战略” 增强“四个意识” 版权所有</footer>\n</body>');
}

/**
 * The seed article as a modern news site lays it out: banner, menu, sidebar and a hidden
 * drawer around an <article> whose title sits in the article's own <header>.
 */
function seedWithLandmarks(): string {
  return articleToHtml(readArticle(SEED_ARTICLE))
    .replace(
      '<article>\n<h1>',
      [
        '<header id="site-banner"><a href="/">清廉浙江网</a> 坚持“两个维护”</header>',
        '<div role="navigation" id="site-menu"><a href="#">四个意识</a> <a href="#">最多跑一次</a></div>',
        '<aside id="site-aside">专题：“八八战略”</aside>',
        '<div aria-hidden="true" id="site-drawer">四个自信</div>',
        '<div hidden id="site-hidden">两个确立</div>',
        '<article>\n<h1>',
      ].join('\n'),
    )
    // The seed copy opens with the site's "back" link; the article's title is its next line.
    .replace(`<p>${SEED_TITLE}</p>`, `<header id="article-header"><h1>${SEED_TITLE}</h1><p>陈金彪</p></header>`);
}

/** Every highlighted range's text with the id of the chrome element it sits in ('' = none). */
async function highlightsByPlace(page: Page): Promise<{ text: string; place: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; place: string }[] = [];
    // Tifa's highlight names are random; a test build announces them (scripts/page-probes.ts).
    const names = (performance.getEntriesByName('tifa:highlight-names').at(-1) as PerformanceMark | undefined)?.detail ?? {};
    ['tifa-formula', 'tifa-enumeration', 'tifa-policy'].forEach((key) => {
      const h = CSS.highlights.get(names[key]);
      if (!h) return;
      for (const r of h as Highlight) {
        const range = r as Range;
        const el = range.startContainer.parentElement;
        const place = el?.closest('nav, footer, aside, [id^="site-"], #article-header')?.id ?? '';
        out.push({ text: range.toString(), place });
      }
    });
    return out;
  });
}

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchExtension(),
    startServer({
      ...articleRoutes(),
      '/raw/10-chrome.html': { body: page10WithChrome() },
      '/raw/04.html': { body: rawPage('04-dangyuan-xuexi-cailiao-2019-08.html') },
      '/landmarks.html': { body: seedWithLandmarks() },
    }),
  ]);
  // The raw pages ask for their site's stylesheets and scripts by root-relative paths: refuse
  // those (and anything off this server) so the pages load as text only, fast and offline.
  await browser.context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (!url.protocol.startsWith('http')) return route.continue(); // the extension's own files
    const ours = url.origin === server.origin && url.pathname.endsWith('.html');
    return ours ? route.continue() : route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The extension's own message in the browser's UI language (the card speaks it too). */
async function uiMessage(name: string, substitutions: string[]): Promise<string> {
  const worker = await browser.worker();
  return worker.evaluate(
    ([n, subs]) =>
      (globalThis as unknown as { chrome: { i18n: { getMessage(name: string, subs: string[]): string } } }).chrome.i18n.getMessage(n, subs),
    [name, substitutions] as const,
  );
}

const tipOf = (page: Page) => card(page);

/** Hover the first highlighted occurrence whose text is `surface`; resolves once its card shows. */
async function hover(page: Page, surface: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  const point = await highlightCentre(page, surface);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await tipOf(page).waitOpen(surface);
}

describe('page chrome is not annotated', () => {
  it('raw page 10: the 提法 in an injected menu and footer are not highlighted, the article body still is', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/raw/10-chrome.html'));
    await waitForHighlights(page, 1);
    await waitForFinalHighlights(page, 400);
    const hits = await highlightsByPlace(page);
    expect(hits.filter((h) => h.place === 'qa-nav' || h.place === 'qa-footer')).toEqual([]);
    // The article itself names 八八战略 twice.
    expect(hits.filter((h) => h.place === '' && h.text === '八八战略')).toHaveLength(2);
    await page.close();
  });

  it('a page with landmarks: banner, menu, sidebar and hidden parts skipped; the title in the article header kept', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/landmarks.html'));
    await waitForHighlights(page, 20);
    await waitForFinalHighlights(page, 400);
    const hits = await highlightsByPlace(page);
    const chrome = hits.filter((h) => h.place.startsWith('site-'));
    expect(chrome).toEqual([]);
    expect(hits.filter((h) => h.place === 'article-header').map((h) => h.text)).toContain('清廉机关');
    expect(hits.filter((h) => h.place === '').map((h) => h.text)).toEqual(expect.arrayContaining(['四个意识', '两个维护', '八八战略']));
    await page.close();
  });
});

describe('the explanation card', () => {
  it('raw page 04, 八个方面: each member in bold once, its grey line only what follows it', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/raw/04.html'));
    await waitForHighlights(page, 15);
    await waitForFinalHighlights(page, 400);
    await hover(page, '八个方面');
    const rows =
      (await tipOf(page).query<{ member: string; rest: string }[]>(
        `return [...tip.querySelectorAll('section[data-source="page"] li')].map((li) => ({ member: li.querySelector('b.member')?.textContent ?? '', rest: li.querySelector('.item')?.textContent ?? '' }));`,
      )) ?? [];
    expect(rows).toHaveLength(8);
    expect(rows[0]!.member).toBe('坚持实事求是');
    for (const { member, rest } of rows) {
      expect(member).toMatch(/^坚持/);
      expect(rest.startsWith(member), `${member} repeated in: ${rest}`).toBe(false);
      expect(rest).not.toMatch(/^[。，、；：]/);
      expect(rest.length).toBeLessThanOrEqual(80);
    }
    // The paragraph opens by restating its heading (坚持实事求是。坚持实事求是，基础在于…).
    expect(rows[0]!.rest).toMatch(/^基础在于/);
    await screenshot(page, 'qa-tip-p04-bage-fangmian');

    // Pinyin of a mined label with a digit and quotes: no quote marks between the syllables.
    await hover(page, '3个“坚决”');
    await expect(tipOf(page).text('.pinyin')).resolves.toBe('3 gè jiān jué');
    await page.close();
  });

  it('seed article: glossary sources are cited by author, title and date, never by an internal id', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/seed.html'));
    await waitForHighlights(page, 20);
    await waitForFinalHighlights(page, 400);

    await hover(page, '四个意识');
    const reference = bundledGlossary.entries.find((e) => e.term === '四个意识')!.sources[0]!;
    const refText = (await tipOf(page).text('.src')) ?? '';
    if (reference.kind === 'reference') expect(refText).toContain(await uiMessage('tooltipReferenceSource', [reference.document, reference.date]));
    await screenshot(page, 'qa-tip-seed-sige-yishi');

    await hover(page, '两个维护');
    const entry = bundledGlossary.entries.find((e) => e.term === '两个维护')!;
    const fromSeed = entry.sources.find((s) => s.kind === 'article' && s.article === 'qinglian-jiguan-2019');
    expect(fromSeed?.kind).toBe('article');
    if (fromSeed?.kind !== 'article') return;
    const sources = (await tipOf(page).texts('.src')).join('\n');
    const citation = `陈金彪《${SEED_TITLE}》（2019-08-16）`;
    expect(fromSeed.citation).toBe(citation);
    expect(sources).toContain(await uiMessage('tooltipArticleSource', [citation, String(fromSeed.line)]));
    expect(sources).toContain(fromSeed.quote.slice(0, 20));
    expect(sources).not.toContain('qinglian-jiguan-2019');
    await screenshot(page, 'qa-tip-seed-liangge-weihu');
    await page.close();
  });

  it('article 05 (traditional): the card is titled 一國兩制 as written, with 一国两制 beside it', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/articles/05-xianggang-guoan-jueding-shuoming.html'));
    await waitForHighlights(page, 5);
    await waitForFinalHighlights(page, 400);
    await hover(page, '一國兩制');
    await expect(tipOf(page).text('.term')).resolves.toBe('一國兩制');
    await expect(tipOf(page).text('.canon')).resolves.toBe('· 一国两制');
    await expect(tipOf(page).text('.pinyin')).resolves.toBe('yì guó liǎng zhì');
    const glossary = (await tipOf(page).text('section[data-source="glossary"]')) ?? '';
    expect(glossary).toContain('王晨《關於《全國人民代表大會關於建立健全香港特別行政區維護國家安全的法律制度和執行機制的決定（草案）》的說明》');
    await screenshot(page, 'qa-tip-a05-yiguo-liangzhi');

    // A simplified page's card has no second title.
    await page.goto(server.url('/seed.html'));
    await waitForHighlights(page, 20);
    await waitForFinalHighlights(page, 400);
    await hover(page, '四个一');
    await expect(tipOf(page).count('.canon')).resolves.toBe(0);
    await page.close();
  });
});
