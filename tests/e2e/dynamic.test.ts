// Test 7: paragraphs appended after load are annotated; text already annotated is not sent
// again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { launchExtension, readHighlights, waitForHighlights, type ExtensionBrowser } from './harness';

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
  setTimeout(() => {
    for (const line of ${JSON.stringify(LATER)}) {
      const p = document.createElement('p');
      p.textContent = line;
      document.getElementById('feed').append(p);
    }
  }, 1500);
</script></body></html>`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtension(), startFixtureServer({ '/feed.html': { body: PAGE } })]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function annotatedChars(): Promise<number> {
  return browser.worker().then((sw) =>
    sw.evaluate(() => (globalThis as unknown as { tifaDebug: { stats: { annotatedChars: number } } }).tifaDebug.stats.annotatedChars),
  );
}

it('highlights terms in paragraphs the page appends after load, sending only the new text', async () => {
  const page = await browser.newPage();
  await page.goto(server.url('/feed.html'));
  await waitForHighlights(page, 3);
  const initial = Object.values(await readHighlights(page)).flat();
  expect(initial).toContain('清廉浙江');
  expect(initial).not.toContain('八八战略');
  const sentBefore = await annotatedChars();

  await page.waitForFunction(() => document.querySelectorAll('#feed p').length === 3);
  await waitForHighlights(page, initial.length + 4);
  const after = Object.values(await readHighlights(page)).flat();
  for (const term of ['四个意识', '四个自信', '八八战略', '最多跑一次', '清廉浙江']) expect(after).toContain(term);
  // Only the two new blocks went to the engine (joined by one newline).
  expect((await annotatedChars()) - sentBefore).toBe(LATER.join('\n').length);
});
