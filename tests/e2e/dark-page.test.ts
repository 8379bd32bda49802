// A dark news page under a light OS theme: highlights and the card follow the page's own
// background, so both stay readable. Screenshots: test-results/dark-page-*.png.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articleToHtml, readArticle, SEED_ARTICLE, startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { highlightCentre, highlightPalette, launchExtension, screenshot, waitForFinalHighlights, waitForHighlights, type ExtensionBrowser } from './harness';
import { card } from './card-probe';

let browser: ExtensionBrowser;
let server: FixtureServer;

const seed = articleToHtml(readArticle(SEED_ARTICLE));
const DARK = seed.replace('</head>', '<style>body{background:#111;color:#ddd}</style></head>');

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchExtension(),
    startFixtureServer({ '/dark.html': { body: DARK }, '/light.html': { body: seed } }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** WCAG contrast ratio of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function hoverCard(path: string, name: string) {
  const page = await browser.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(server.url(path));
  await waitForHighlights(page, 20);
  await waitForFinalHighlights(page);
  const point = await highlightCentre(page, '四个意识');
  await page.mouse.move(point.x, point.y, { steps: 3 });
  const tip = card(page);
  await tip.waitOpen('四个意识');
  const shot = await screenshot(page, name);
  const colours = (await tip.colours())!;
  const palette = await highlightPalette(page);
  await page.close();
  return { shot, colours, palette };
}

it('on a dark page (light OS theme) highlights and the card switch to the dark palette, readable', async () => {
  const dark = await hoverCard('/dark.html', 'dark-page-tooltip');
  expect(dark.palette).toBe('dark');
  // A dark card on a dark page, its text clearly readable.
  expect(contrast(dark.colours.bg, 'rgb(17, 17, 17)')).toBeLessThan(2);
  expect(contrast(dark.colours.fg, dark.colours.bg)).toBeGreaterThan(7);

  const light = await hoverCard('/light.html', 'light-page-tooltip');
  expect(light.palette).toBe('light');
  expect(contrast(light.colours.bg, 'rgb(255, 255, 255)')).toBeLessThan(1.2);
  expect(contrast(light.colours.fg, light.colours.bg)).toBeGreaterThan(7);
});
