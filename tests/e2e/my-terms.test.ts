// Save → list → export → import, as a translator would: terms starred on the card are listed in
// My terms (options page), searched, exported as CSV / Markdown / an Anki file whose contents are
// checked, deleted, and imported back from the CSV. The popup exports the page's own glossary.
// The popup and the options page pass axe-core with no violation, show Chinese at ≥ 14 px in a
// CJK font, put the search box before the term list, and the site switch reads ON = highlights.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { bundledGlossary } from '../../core/bundled-glossary';
import { axeViolations, highlightCentre, openSeedArticle, screenshot, type ExtensionBrowser, type SeedSession } from './harness';
import { openPopup } from './popup-helpers';

let seed: SeedSession;
let ext: ExtensionBrowser;
let article: Page;
let options: Page;

const entry = (term: string) => bundledGlossary.entries.find((e) => e.term === term)!;
const tip = () => article.locator('tifa-ui .tip');

async function star(term: string): Promise<void> {
  await article.keyboard.press('Escape');
  await article.mouse.move(5, 5);
  const { x, y } = await highlightCentre(article, term);
  await article.mouse.move(x, y, { steps: 3 });
  await tip().locator('.term', { hasText: term }).waitFor({ state: 'visible', timeout: 5000 });
  await article.keyboard.press('Alt+Shift+S');
  await tip().locator('button.save[aria-pressed="true"]').waitFor({ timeout: 5000 });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path!, 'utf8') };
}

beforeAll(async () => {
  seed = await openSeedArticle({ openCard: true });
  ({ browser: ext, page: article } = seed);
  await star('四个意识');
  await star('四个一');
  options = await ext.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
});

afterAll(async () => {
  await seed?.close();
});

describe('My terms', () => {
  it('lists the saved terms newest first, with explanation, English and the page they came from', async () => {
    const rows = options.locator('.saved');
    await expect.poll(() => rows.count()).toBe(2);
    await expect(rows.nth(0).getAttribute('data-term')).resolves.toBe('四个一');
    const first = (await rows.nth(1).textContent()) ?? '';
    expect(first).toContain(entry('四个意识').english!);
    expect(first).toContain(entry('四个意识').summary);
    expect(first).toContain(await article.title());
    await screenshot(options, 'options-my-terms-en');
  });

  it('searches, exports CSV, Markdown and an Anki file with their citations', async () => {
    await options.fill('#my-terms-search', 'consciousness');
    await expect.poll(() => options.locator('.saved').count()).toBe(1);
    await options.fill('#my-terms-search', '');
    const csv = await downloaded(options, () => options.getByRole('button', { name: 'Export CSV', exact: true }).click());
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('term,pinyin,category,english,englishSource,explanation,explainedBy,sources,pageTitle,url,date');
    expect(csv.text).toContain(article.url());
    expect(csv.text).toContain('四个意识');

    const md = await downloaded(options, () => options.getByRole('button', { name: /^Export Markdown/ }).click());
    expect(md.text).toContain('## 四个意识');
    expect(md.text).toContain(`](${article.url()})`);
    expect(md.text).toMatch(/- Source: /);
    expect(md.text).toContain('- Explained in: [《');

    const anki = await downloaded(options, () => options.getByRole('button', { name: /^Export Anki/ }).click());
    const notes = anki.text.trimEnd().split('\n').filter((l) => !l.startsWith('#'));
    expect(anki.text.startsWith('#separator:tab\n#html:true')).toBe(true);
    expect(notes).toHaveLength(2);
    for (const n of notes) expect(n.split('\t')).toHaveLength(3);

    // Delete one, then import the CSV back: both are there again.
    await options.getByRole('button', { name: /四个意识/ }).click();
    await expect.poll(() => options.locator('.saved').count()).toBe(1);
    const file = `${await (await import('node:os')).tmpdir()}/tifa-my-terms-import.csv`;
    (await import('node:fs')).writeFileSync(file, csv.text);
    await options.setInputFiles('#my-terms-import', file);
    await expect.poll(() => options.locator('.saved').count()).toBe(2);
    await expect(options.locator('[role="status"]').first().textContent()).resolves.toMatch(/2/);
  });

  it('the options page has no axe-core violation and Chinese-ready text', async () => {
    expect(await axeViolations(options)).toEqual([]);
    const font = await options.evaluate(() => getComputedStyle(document.body));
    expect(parseFloat(await options.evaluate(() => getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(14);
    expect(font).toBeTruthy();
    await options.setViewportSize({ width: 400, height: 900 });
    await screenshot(options, 'options-400-en', true);
  });
});

describe('popup', () => {
  it('exports the page’s glossary as CSV with each term’s explanation and the page cited', async () => {
    const popup = await openPopup(ext, article);
    await popup.waitForSelector('.term-row', { timeout: 20_000 });
    const csv = await downloaded(popup, () => popup.locator('.page-export .export-csv').click());
    const terms = csv.text.split('\r\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]);
    const listed = await popup.$$eval('.term-row', (rows) => rows.map((r) => (r as HTMLElement).dataset.term));
    expect(new Set(terms)).toEqual(new Set(listed));
    expect(csv.text).toContain(article.url());
    const md = await downloaded(popup, () => popup.locator('.page-export .export-md').click());
    expect(md.text).toContain('## 清廉机关');
    await popup.close();
  });

  it('shows 14 px text in a CJK font, the search box before the terms, ON = highlights, and no axe-core violation', async () => {
    const popup = await openPopup(ext, article);
    await popup.waitForSelector('.term-row', { timeout: 20_000 });
    const style = await popup.evaluate(() => {
      const s = getComputedStyle(document.querySelector('.term-summary')!);
      return { body: parseFloat(getComputedStyle(document.body).fontSize), summary: parseFloat(s.fontSize), family: s.fontFamily };
    });
    expect(style.body).toBeGreaterThanOrEqual(14);
    expect(style.summary).toBeGreaterThanOrEqual(14);
    expect(style.family).toMatch(/Noto Sans CJK SC|PingFang SC|Microsoft YaHei/);
    const searchFirst = await popup.evaluate(() => {
      const input = document.querySelector('#search-input')!;
      const row = document.querySelector('.term-row')!;
      return Boolean(input.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(searchFirst).toBe(true);
    expect(await popup.isChecked('#toggle-site')).toBe(true);
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-en');
    await popup.close();
  });
});
