// The background's message handlers with WXT's fake browser storage and the real engine in place
// of the worker's wasm host: what a content script gets back, before and after jieba is ready,
// and the site switch honoured before any engine work starts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQuickMatcher } from '../../core/engine';
import { getNodeEngine } from '../../core/node/engine';
import { updateSettings, withSiteDisabled } from '../../lib/settings';

const host = vi.hoisted(() => ({ ready: false, getEngineCalls: [] as unknown[] }));

vi.mock('../../worker/engine-host', () => {
  const engine = getNodeEngine();
  const entriesById = new Map(engine.glossary.entries.map((e) => [e.id, e]));
  const quick = { matcher: createQuickMatcher(engine.glossary), entriesById };
  return {
    engineIsReady: () => host.ready,
    getEngine: async (options?: unknown) => {
      host.getEngineCalls.push(options);
      return { engine, entriesById };
    },
    getQuickMatcher: async () => quick,
    getGlossary: async () => engine.glossary,
    initWasm: async () => undefined,
    allowDictionaryBuild: () => undefined,
    PROVISIONAL_REPLY_MS: 300,
  };
});

const { handleAnnotate, handleWarmUp } = await import('../../worker/handlers');

// From the seed article (glossary/articles/qinglian-jiguan-2019.txt), with 四个意识 after it.
const TEXT = '重要指示中,蕴含了“一个前提、一个关键、一个路径、一个目标”。这“四个一”作为模范机关创建的基本内涵。要树立“四个意识”，建设清廉机关。';

beforeEach(() => {
  fakeBrowser.reset();
  host.ready = false;
  host.getEngineCalls = [];
});

describe('annotate', () => {
  it('while jieba loads: a provisional answer of long glossary terms only, the engine started deferred', async () => {
    const result = await handleAnnotate({ text: TEXT, provisionalOk: true });
    expect(result.provisional).toBe(true);
    expect(result.annotation.terms.map((t) => t.term).sort()).toEqual(['四个意识', '模范机关', '清廉机关']);
    expect(result.annotation.defined).toEqual([]);
    expect(host.getEngineCalls).toEqual([{ deferBuild: true }]);
  });

  it('once ready: the full result, definitions linked to their term, pinyin for every term', async () => {
    host.ready = true;
    const result = await handleAnnotate({ text: TEXT, provisionalOk: true });
    expect(result.provisional).toBeUndefined();
    const terms = result.annotation.terms.map((t) => t.term);
    expect(terms).toContain('四个一');
    expect(result.annotation.defined.map((d) => [d.explains, d.members])).toEqual([['四个一', ['一个前提', '一个关键', '一个路径', '一个目标']]]);
    expect(result.pinyin['四个一']).toBe('sì gè yī');
    expect(Object.keys(result.entries)).toContain(result.annotation.terms.find((t) => t.term === '四个意识')!.entryId);
  });
});

describe('warmUp', () => {
  it('answers off for a site the reader switched off, and starts no engine work for it', async () => {
    await updateSettings((s) => withSiteDisabled(s, 'off.example', true));
    await expect(handleWarmUp('https://off.example/news/1.html')).resolves.toEqual({ active: false });
    expect(host.getEngineCalls).toEqual([]);
    await expect(handleWarmUp('https://on.example/news/1.html')).resolves.toEqual({ active: true });
    expect(host.getEngineCalls).toEqual([{ deferBuild: true }]);
  });
});
