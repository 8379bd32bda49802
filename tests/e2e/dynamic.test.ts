// Test 7: paragraphs appended after load are annotated; text already annotated is not sent
// again. A page that has no Chinese at first and renders its article later (client-side news
// sites) is picked up by the loader's timer re-checks, with nothing sent before that.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readArticle, SEED_ARTICLE, startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { launchExtension, readHighlights, waitForFinalHighlights, waitForHighlights, workerDebug, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

const FIRST = '建设清廉机关、创建模范机关,是清廉浙江建设的重中之重。';
const LATER = [
  '全省机关各级党组织要坚持树立“四个意识”、坚定“四个自信”这一前提。',
  '深入实施“八八战略”,持续深化“最多跑一次”改革。',
];

const PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>动态</title>
<body><main id="feed"><p>${FIRST}</p></main>
<script>
  // Called by the test once the first paragraph is fully annotated, so the count of text sent
  // to the engine afterwards is exactly the new paragraphs whatever the machine's speed.
  window.appendLater = () => {
    for (const line of ${JSON.stringify(LATER)}) {
      const p = document.createElement('p');
      p.textContent = line;
      document.getElementById('feed').append(p);
    }
  };
</script></body></html>`;

// A paragraph of the seed article, rendered by the page's own script 1.2 s after load into an
// English-only shell (title and navigation in English, as on many client-rendered sites).
const SEED_PARAGRAPH = readArticle(SEED_ARTICLE).split('\n').find((l) => l.includes('这“四个一”'))!;
const LATE_PAGE = `<!doctype html><html><meta charset="utf-8"><title>Loading…</title>
<body><nav>Home · World · Politics</nav><main id="app"><p>Loading the article…</p></main>
<script>
  addEventListener('load', () => setTimeout(() => {
    const p = document.createElement('p');
    p.textContent = ${JSON.stringify(SEED_PARAGRAPH)};
    document.getElementById('app').replaceChildren(p);
  }, 1200));
</script></body></html>`;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchExtension(),
    startFixtureServer({ '/feed.html': { body: PAGE }, '/late.html': { body: LATE_PAGE } }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Messages that ask the engine for work (badge reports of other tabs do not count). */
function engineRequests(): Promise<number> {
  return workerDebug(browser).then(({ stats }) => stats.warmUps + stats.annotateCalls);
}

function recentRequests(): Promise<string[]> {
  return workerDebug(browser).then((d) => d.recentRequests);
}

function annotatedChars(): Promise<number> {
  return workerDebug(browser).then(({ stats }) => stats.annotatedChars);
}

it('highlights terms in paragraphs the page appends after load, sending only the new text', async () => {
  const page = await browser.newPage();
  await page.goto(server.url('/feed.html'));
  await waitForHighlights(page, 3);
  // The first answer may be provisional; its full replacement is also sent to the engine.
  await waitForFinalHighlights(page);
  const initial = Object.values(await readHighlights(page)).flat();
  expect(initial).toContain('清廉浙江');
  expect(initial).not.toContain('八八战略');
  const sentBefore = await annotatedChars();

  await page.evaluate(() => (window as unknown as { appendLater(): void }).appendLater());
  await page.waitForFunction(() => document.querySelectorAll('#feed p').length === 3);
  await waitForHighlights(page, initial.length + 4);
  const after = Object.values(await readHighlights(page)).flat();
  for (const term of ['四个意识', '四个自信', '八八战略', '最多跑一次', '清廉浙江']) expect(after).toContain(term);
  // Only the two new blocks went to the engine (joined by one newline).
  expect((await annotatedChars()) - sentBefore).toBe(LATER.join('\n').length);
  await page.close();
});

it('a page that renders its Chinese article after load gets highlights, and sends nothing before that', async () => {
  const before = await engineRequests();
  const page = await browser.newPage();
  await page.goto(server.url('/late.html'));
  // The article is not there yet: the loader has looked (DOMContentLoaded, load) and stays quiet.
  await page.waitForTimeout(600);
  expect(await page.locator('#app').textContent()).toContain('Loading');
  expect(await engineRequests(), (await recentRequests()).join('\n')).toBe(before);

  await page.waitForFunction(() => document.querySelector('#app')!.textContent!.includes('四个一'));
  await waitForHighlights(page, 3, 10_000);
  const terms = Object.values(await readHighlights(page)).flat();
  for (const term of ['四个一', '四个意识', '两个维护']) expect(terms).toContain(term);
});
