// A same-origin iframe (a common way to embed an article body) gets its own highlights.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articleToHtml, readArticle, SEED_ARTICLE, startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { launchExtension, readHighlights, waitForFinalHighlights, waitForHighlights, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

const SHELL = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Reader</title>
<body><h1>Embedded article</h1><iframe src="/article.html" style="width:900px;height:700px"></iframe></body></html>`;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchExtension(),
    startFixtureServer({
      '/shell.html': { body: SHELL },
      '/article.html': { body: articleToHtml(readArticle(SEED_ARTICLE)) },
    }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('highlights the terms of an article shown in a same-origin iframe', async () => {
  const page = await browser.newPage();
  await page.goto(server.url('/shell.html'));
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no iframe');
  await frame.waitForLoadState('load');
  await waitForHighlights(frame, 20);
  await waitForFinalHighlights(frame);
  const terms = Object.values(await readHighlights(frame)).flat();
  for (const t of ['四个意识', '两个维护', '四个一', '清廉机关']) expect(terms).toContain(t);
  // The English shell itself has nothing to highlight.
  expect(Object.values(await readHighlights(page)).flat()).toEqual([]);
  await page.close();
});
