// The worker's engine host with jieba-wasm's Node build in place of the packaged wasm: the first
// highlight never waits for jieba. On a cold start and again after a worker restart (a fresh
// module instance), the page's first chunk gets its provisional answer before jieba's
// dictionary build starts; while the glossary's words go into the dictionary, in slices, a
// further provisional request is answered between two slices, not after the whole build.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseGlossary } from '../../core/glossary-schema';
import { WORDS_PER_SLICE } from '../../core/engine-build';

/** What happened in the worker, in order: the dictionary build, word adds, answers sent. */
const log = vi.hoisted(() => ({ events: [] as string[] }));

vi.mock('jieba-wasm/web', async () => {
  const node = (await vi.importActual('jieba-wasm/node')) as typeof import('jieba-wasm');
  return {
    ...node,
    initSync: () => undefined,
    cut: (text: string, hmm?: boolean) => {
      // The engine host's first call builds jieba's default dictionary.
      if (text === '中文') log.events.push('dictionary build');
      return node.cut(text, hmm);
    },
    add_word: (word: string, freq?: number | null, tag?: string | null) => {
      if (log.events.at(-1) !== 'add words') log.events.push('add words');
      return node.add_word(word, freq, tag);
    },
  };
});

// Seed article text: 四个意识 and 清廉机关 are bundled terms the quick matcher finds.
const TEXT = '这“四个一”作为模范机关创建的基本内涵。要树立“四个意识”，建设清廉机关。';
const URL = 'https://news.example/a.html';

const STEMS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';

/** A user glossary of `count` made-up four-character terms (甲乙丙丁…), none in jieba's dictionary. */
function userGlossary(count: number) {
  const term = (i: number) => Array.from({ length: 4 }, (_, k) => STEMS[Math.floor(i / STEMS.length ** k) % STEMS.length]).join('');
  return parseGlossary({
    version: 1,
    entries: Array.from({ length: count }, (_, i) => ({
      id: `user-${i}`,
      term: term(i),
      variants: [],
      category: 'policy',
      members: [],
      summary: 'made up',
      related: [],
      sources: [{ kind: 'reference', document: 'test', date: '2020' }],
    })),
  });
}

/** A fresh worker: new module instances of the host and handlers, as after a restart. */
async function startWorker(userEntries = 0) {
  vi.resetModules();
  const host = await import('../../worker/engine-host');
  const handlers = await import('../../worker/handlers');
  const user = userEntries ? userGlossary(userEntries) : null;
  host.setUserGlossarySource(async () => user);
  return { host, handlers };
}

beforeEach(() => {
  fakeBrowser.reset();
  log.events = [];
  vi.stubGlobal('fetch', async () => new Response(new Uint8Array()));
  vi.spyOn(WebAssembly, 'compileStreaming').mockResolvedValue({} as WebAssembly.Module);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function firstHighlight(handlers: typeof import('../../worker/handlers')) {
  await expect(handlers.handleWarmUp(URL)).resolves.toEqual({ active: true });
  // The wasm is ready and the glossary read: only the gate holds the dictionary build back.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(log.events).toEqual([]);
  const first = await handlers.handleAnnotate({ text: TEXT, provisionalOk: true }, URL);
  log.events.push('provisional answer');
  expect(first.provisional).toBe(true);
  expect(first.annotation.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['四个意识', '清廉机关']));
}

describe('first highlight from a cold worker', () => {
  it('answers provisionally before the dictionary build, on a cold start and after each restart', async () => {
    for (let start = 0; start < 3; start++) {
      log.events = [];
      const { handlers, host } = await startWorker();
      await firstHighlight(handlers);
      const full = await handlers.handleAnnotate({ text: TEXT }, URL);
      expect(full.provisional).toBeUndefined();
      expect(full.annotation.terms.map((t) => t.term)).toContain('四个一');
      expect(host.engineIsReady()).toBe(true);
      // A restarted worker finds jieba's dictionary gone; here the Node instance keeps it, so
      // the words are already known and none needs adding after the first start.
      expect(log.events.slice(0, 2)).toEqual(['provisional answer', 'dictionary build']);
    }
  });

  it('answers a provisional request between two slices of word adds', async () => {
    const { handlers, host } = await startWorker(3 * WORDS_PER_SLICE);
    await firstHighlight(handlers);
    const engine = host.getEngine();
    // Wait for the first slice of adds, then ask as a second frame would.
    while (!log.events.includes('add words')) await new Promise((resolve) => setTimeout(resolve, 0));
    const second = handlers.handleAnnotate({ text: TEXT, provisionalOk: true }, URL).then((r) => {
      log.events.push('second provisional answer');
      return r;
    });
    expect((await second).provisional).toBe(true);
    await engine;
    log.events.push('engine ready');
    const at = (e: string) => log.events.indexOf(e);
    expect(at('second provisional answer')).toBeGreaterThan(at('add words'));
    // More adds came after the answer: it did not wait for the whole build.
    expect(log.events.lastIndexOf('add words')).toBeGreaterThan(at('second provisional answer'));
    expect(at('engine ready')).toBeGreaterThan(at('second provisional answer'));
  });

  it('gives the provisional reply time to leave: the build starts after PROVISIONAL_REPLY_MS, or at the full request', async () => {
    const { handlers, host } = await startWorker();
    await firstHighlight(handlers);
    await new Promise((resolve) => setTimeout(resolve, host.PROVISIONAL_REPLY_MS / 3));
    expect(log.events).toEqual(['provisional answer']);
    await host.getEngine({ deferBuild: true });
    expect(log.events).toEqual(['provisional answer', 'dictionary build']);
  });
});
