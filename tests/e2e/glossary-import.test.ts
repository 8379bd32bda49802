// Importing a glossary on the options page: a broken file is refused with the schema's message
// and changes nothing; a valid one is announced, stored, and searchable from the popup.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, readHighlights, startServer, waitForFinalHighlights, type ExtensionBrowser } from './harness';
import { uiMessage } from './popup-helpers';

const dir = mkdtempSync(join(tmpdir(), 'tifa-import-'));
const file = (name: string, data: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data));
  return path;
};

// A reference entry from shared/glossary-facts.md that the bundled glossary may lack.
const entry = {
  id: 'xin-fazhan-linian-user',
  term: '新发展理念测试',
  variants: [],
  category: 'formula',
  members: [{ text: '创新' }, { text: '协调' }, { text: '绿色' }, { text: '开放' }, { text: '共享' }],
  summary: '十八届五中全会提出的五大发展理念。',
  related: [],
  sources: [{ kind: 'reference', document: '十八届五中全会', date: '2015-10' }],
};

describe('glossary import on the options page', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a broken file with a readable error, then imports a valid one the popup can find', async () => {
    const options = await ext.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.setInputFiles('#import-file', file('bad.json', { version: 1, entries: [{ ...entry, category: 'slogan' }] }));
    await expect.poll(() => options.textContent('.message-error')).toContain('entries[0].category');
    await expect(options.textContent('[data-testid="import-status"]')).resolves.toBe(await uiMessage(options, 'importNone'));

    await options.setInputFiles('#import-file', file('good.json', { version: 1, entries: [entry] }));
    await expect.poll(() => options.textContent('.message-ok')).toBe(await uiMessage(options, 'importDone', 1));
    await expect(options.textContent('[data-testid="import-status"]')).resolves.toBe(await uiMessage(options, 'importCurrent', 1));

    const popup = await ext.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.fill('#search-input', '新发展理念测试');
    await expect.poll(() => popup.locator('.entry-term').first().textContent(), { timeout: 15_000 }).toBe('新发展理念测试');

    // Removing it takes it out of the search again.
    await options.bringToFront();
    await options.click(`text=${await uiMessage(options, 'importRemove')}`);
    await expect.poll(() => options.textContent('[data-testid="import-status"]')).toBe(await uiMessage(options, 'importNone'));
    await popup.fill('#search-input', '');
    await popup.fill('#search-input', '新发展理念测试');
    await expect.poll(() => popup.locator('.entry').count(), { timeout: 15_000 }).toBe(0);
  });

  // Issue 11 item 1: "Imported 1 entries", then 0 highlights on every page and the engine's
  // error in the popup. Now the user's entry takes the bundled one's place, and pages work.
  it('an entry for a bundled term under a new id overrides it, and pages keep their highlights', async () => {
    const server = await startServer();
    try {
      const options = await ext.newPage();
      await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
      const mine = { ...entry, id: 'my-sige-yishi', term: '四個意識', members: [], summary: '我自己的解释。' };
      await options.setInputFiles('#import-file', file('override.json', { version: 1, entries: [mine] }));
      await expect.poll(() => options.textContent('.message-ok')).toBe(await uiMessage(options, 'importDone', 1));
      await expect(options.textContent('.message-note')).resolves.toBe(await uiMessage(options, 'importOverrides', '四个意识'));

      const page = await ext.newPage();
      await page.goto(server.url('/seed.html'));
      expect(await waitForFinalHighlights(page)).toBeGreaterThan(20);
      expect((await readHighlights(page))['tifa-formula']).toContain('四个意识');
      await options.bringToFront();
      await options.click(`text=${await uiMessage(options, 'importRemove')}`);
      await expect.poll(() => options.textContent('[data-testid="import-status"]')).toBe(await uiMessage(options, 'importNone'));
    } finally {
      await server.close();
    }
  });

  // Issue 11 item 7: under the character limit, over storage.local's 10 MB: an uncaught error
  // and no message. Now refused up front, with the size.
  it('a glossary over the storage quota is refused with its size, and nothing changes', async () => {
    const options = await ext.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const entries = Array.from({ length: 390 }, (_, i) => ({
      ...entry,
      id: `big-${i}`,
      term: `大词库${[...String(i).padStart(3, '0')].map((d) => '〇一二三四五六七八九'[Number(d)]).join('')}号`,
      members: [],
      summary: '很'.repeat(10_000),
    }));
    await options.setInputFiles('#import-file', file('huge.json', { version: 1, entries }));
    await expect.poll(() => options.textContent('.message-error'), { timeout: 15_000 }).toMatch(/^too large to store: 11\.\d MB/);
    await expect(options.textContent('[data-testid="import-status"]')).resolves.toBe(await uiMessage(options, 'importNone'));
  });
});
