// Remembered explanations in the worker, with WXT's fake browser storage: kept from a page on a
// site that is on, refused from a private window and from a switched-off site, never recalled
// for the page that gave them, bounded to the newest MAX_REMEMBERED.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberedItem } from '../../lib/remembered';
import { MAX_REMEMBERED, withRemembered, type RememberedDefinition } from '../../lib/remembered-model';
import { updateSettings, withSiteDisabled } from '../../lib/settings';
import { recallDefinitions, rememberDefinitions } from '../../worker/remembered';

const principles = { explains: '五条原则', label: '五条原则', members: ['坚持政治统领', '坚持人民立场', '坚持问题导向'] };
const page = { title: '以“三个方面”建设清廉机关', definitions: [principles] };
const A = 'https://a.example/article?id=1#top';
const now = new Date('2026-12-02T08:00:00Z');

beforeEach(() => fakeBrowser.reset());

describe('remembered explanations', () => {
  it('keeps a definition from a site that is on, with the page’s title, URL (no fragment) and date', async () => {
    expect(await rememberDefinitions(page, { url: A, incognito: false }, now)).toBe(true);
    expect(await rememberedItem.getValue()).toEqual([{ ...principles, title: page.title, url: 'https://a.example/article?id=1', date: '2026-12-02' }]);
    const onB = await recallDefinitions(['五条原则', '四个意识'], 'https://b.example/x');
    expect(onB.map((m) => m.title)).toEqual([page.title]);
    // The page that gave the definition has its own: it is not told about itself.
    expect(await recallDefinitions(['五条原则'], A)).toEqual([]);
  });

  it('keeps nothing from a private window', async () => {
    expect(await rememberDefinitions(page, { url: A, incognito: true }, now)).toBe(false);
    expect(await rememberedItem.getValue()).toEqual([]);
  });

  it('keeps nothing from a site the reader switched off, whatever the page sends', async () => {
    await updateSettings((s) => withSiteDisabled(s, 'a.example', true));
    expect(await rememberDefinitions(page, { url: A, incognito: false }, now)).toBe(false);
    expect(await rememberedItem.getValue()).toEqual([]);
  });

  it('keeps the newest MAX_REMEMBERED and one record per term and list', () => {
    const many: RememberedDefinition[] = Array.from({ length: MAX_REMEMBERED + 5 }, (_, i) => ({ ...principles, explains: `t${i}`, title: '', url: 'https://a.example/', date: '2026-12-02' }));
    const list = withRemembered([], many);
    expect(list).toHaveLength(MAX_REMEMBERED);
    const again = withRemembered(list, [{ ...many[3]!, title: 'read again' }]);
    expect(again).toHaveLength(MAX_REMEMBERED);
    expect(again[0]!.title).toBe('read again');
    expect(again.filter((m) => m.explains === 't3')).toHaveLength(1);
  });
});
