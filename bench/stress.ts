// The unusual pages of issue 11 item 5 and the worker-stop recovery of item 4, for
// `npm run bench:e2e` (or only these: TIFA_BENCH_ONLY=stress npx tsx bench/e2e.ts).
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../scripts/serve-fixtures';
import { deepAsidesPage, hugeNodePage, LONG_TASK_PROBE, longestTifaSlice, manyNodesPage } from '../scripts/stress-pages';
import { launchExtension, totalHighlights, waitForFinalHighlights } from '../tests/e2e/harness';
import { largeArticle, workerStopper } from '../tests/e2e/worker-helpers';
import { articleToHtml } from '../scripts/serve-fixtures';

export type Line = (label: string, value: string, target: string, ok: boolean) => void;

interface StressResult {
  /** The content script's longest own stretch between yields (ms). */
  tifa: number;
  /** The page's longest task after DOMContentLoaded, Tifa's and the page's own together (ms). */
  longestTask: number;
  highlights: number;
  ms: number;
}

async function measure(page: Page, url: string, settle: (page: Page) => Promise<void>): Promise<StressResult> {
  await page.addInitScript({ content: LONG_TASK_PROBE });
  const started = Date.now();
  await page.goto(url, { timeout: 120_000 });
  await settle(page);
  const ms = Date.now() - started;
  // A string: tsx's keepNames helper does not exist in the page.
  const tifa = (await page.evaluate(`(${longestTifaSlice.toString()})()`)) as number;
  const longestTask = (await page.evaluate('Math.max(0, ...window.__tifaStress.longTasks)')) as number;
  return { tifa, longestTask, highlights: await totalHighlights(page), ms };
}

/** How far into the huge Text node the highlights reach, as a fraction of its length. */
const hugeCoverage = (page: Page) =>
  page.evaluate(() => {
    const node = document.getElementById('huge')!.firstChild as Text;
    let last = 0;
    CSS.highlights.forEach((h) => {
      for (const r of h as Highlight) if ((r as Range).endContainer === node) last = Math.max(last, (r as Range).endOffset);
    });
    return last / node.data.length;
  });

export async function stressBench(line: Line): Promise<void> {
  const server = await startFixtureServer({
    '/many-nodes.html': { body: manyNodesPage() },
    '/deep-asides.html': { body: deepAsidesPage() },
    '/huge-node.html': { body: hugeNodePage() },
    '/large.html': { body: articleToHtml(largeArticle()) },
  });
  const browser = await launchExtension();
  try {
    // Warm the engine first: these figures are about the page, not the engine's start.
    const warm = await browser.newPage();
    await warm.goto(server.url('/large.html'));
    await waitForFinalHighlights(warm, 300, 120_000);
    await warm.close();

    const settled = (timeout: number) => (p: Page) => waitForFinalHighlights(p, 800, timeout).then(() => undefined);
    const many = await measure(await browser.newPage(), server.url('/many-nodes.html'), settled(180_000));
    line('200k Text nodes: longest Tifa slice', `${many.tifa.toFixed(0)} ms`, '< 50 ms', many.tifa < 50);
    console.log(`      longest task after DCL (page + Tifa) ${many.longestTask} ms; ${many.highlights} highlights in ${(many.ms / 1000).toFixed(1)} s`);

    const deep = await measure(await browser.newPage(), server.url('/deep-asides.html'), (p) => p.waitForTimeout(11_000));
    line('1,800 nested <aside>s, append every 100 ms: longest Tifa slice', `${deep.tifa.toFixed(0)} ms`, '< 50 ms', deep.tifa < 50);
    console.log(`      longest task after DCL (page + Tifa) ${deep.longestTask} ms; ${deep.highlights} highlights after 10 s of appends`);

    const hugePage = await browser.newPage();
    const huge = await measure(hugePage, server.url('/huge-node.html'), settled(300_000));
    const coverage = await hugeCoverage(hugePage);
    line('one 5M-character Text node: longest Tifa slice', `${huge.tifa.toFixed(0)} ms`, '< 50 ms', huge.tifa < 50);
    line('one 5M-character Text node: annotated up to', `${(coverage * 100).toFixed(1)} %`, '≥ 99.9 %', coverage >= 0.999);
    console.log(`      longest task after DCL (page + Tifa) ${huge.longestTask} ms; ${huge.highlights} highlights in ${(huge.ms / 1000).toFixed(1)} s`);

    // Worker stopped mid-way through a 240k-character page (item 4).
    const stop = await workerStopper(browser);
    const page = await browser.newPage();
    await page.goto(server.url('/large.html'));
    await page.waitForFunction(() => performance.getEntriesByName('tifa:received').length >= 3, null, { timeout: 60_000 });
    const stoppedAt = Date.now();
    await stop();
    const count = await waitForFinalHighlights(page, 300, 120_000);
    const recovery = Date.now() - stoppedAt;
    await page.reload();
    const undisturbed = await waitForFinalHighlights(page, 300, 120_000);
    line('worker stopped mid-page: all highlights back after', `${(recovery / 1000).toFixed(1)} s`, `${count} of ${undisturbed}`, count === undisturbed);
  } finally {
    await browser.close();
    await server.close();
  }
}
