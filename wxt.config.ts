import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { COMPILED_GLOSSARY_FILE, compileBundledGlossary, compiledGlossaryJson, compiledGlossaryPlugin } from './scripts/compile-glossary';

// The jieba dictionary is compiled into the wasm; shipping it as a file (not base64-inlined
// by Vite) keeps the bundle at ~4 MB instead of ~19 MB (see shared/notes/platform.md).
const JIEBA_WASM = resolve('node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm');

/**
 * WXT builds the background in Vite library mode, where every `new URL(file, import.meta.url)`
 * is inlined as base64 whatever assetsInlineLimit says. jieba-wasm's default init() holds such
 * a URL for its 4 MB wasm (+5.4 MB of base64 in background.js, and the zip over its 4 MB
 * budget). The background always passes the packaged file to initSync, so the default is dead
 * code: drop the URL and let a missing argument fail loudly instead of fetching a copy.
 */
function jiebaWasmNotInlined(): Plugin {
  const defaultUrl = "module_or_path = new URL('jieba_rs_wasm_bg.wasm', import.meta.url);";
  return {
    name: 'tifa:jieba-wasm-not-inlined',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').includes('node_modules/jieba-wasm/pkg/web/jieba_rs_wasm.js')) return null;
      if (!code.includes(defaultUrl)) {
        this.error('jieba-wasm changed its default wasm URL: update jiebaWasmNotInlined in wxt.config.ts');
      }
      return {
        code: code.replace(defaultUrl, "throw new Error('jieba-wasm: pass the packaged wasm (module_or_path)');"),
        map: null,
      };
    },
  };
}

/** Test builds (TIFA_DEBUG=1) carry timing marks and worker counters; product builds none. */
const DEBUG_BUILD = process.env.TIFA_DEBUG === '1';
/** A test build whose card sits in an open shadow root of <tifa-ui>, for tests that read the card. */
const OPEN_CARD_BUILD = DEBUG_BUILD && process.env.TIFA_OPEN_CARD === '1';
export const TEST_BUILD_MARKER = 'tifa-test-build.txt';

export default defineConfig({
  imports: false,
  manifestVersion: 3,
  // TIFA_OUT_DIR: a second build beside the test build (tests/e2e/product-build.test.ts builds a
  // product build there, to check what a page can see of it).
  outDir: process.env.TIFA_OUT_DIR ?? '.output',
  vite: () => ({
    // The bundled glossary is validated here, at build time, not at every worker start.
    plugins: [preact(), jiebaWasmNotInlined(), compiledGlossaryPlugin()],
    build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 4096 },
    define: { __TIFA_DEBUG__: JSON.stringify(DEBUG_BUILD), __TIFA_OPEN_CARD__: JSON.stringify(OPEN_CARD_BUILD) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // contextMenus: the "Add to my glossary" item on a text selection (README, Permissions).
    permissions: ['storage', 'contextMenus'],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandToggle__',
      },
    },
    // The content script loader imports the page script with import(), which needs it to be
    // web-accessible on the pages the content script runs on. Chrome's dynamic URL (new each
    // session) keeps pages from probing the file to detect Tifa; Firefox's moz-extension:// host
    // is already random per install, and it does not know the key.
    web_accessible_resources: [{ resources: ['tifa-page.js'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) }],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: {
              id: 'tifa@tifa.example',
              strict_min_version: '140.0',
              // Tifa sends nothing anywhere: all processing stays in the browser.
              data_collection_permissions: { required: ['none'] },
            }, } }
      : {}),
  }),
  hooks: {
    // A glossary that fails its schema or quotes an article wrongly must never ship.
    'build:before': async () => {
      const { checkGlossaryFile } = await import('./scripts/check-glossary');
      checkGlossaryFile();
    },
    'build:publicAssets': async (_wxt, assets) => {
      assets.push({ absoluteSrc: JIEBA_WASM, relativeDest: 'jieba_rs_wasm_bg.wasm' });
      // The bundled glossary, validated and compiled here (see scripts/compile-glossary.ts).
      assets.push({ contents: compiledGlossaryJson(await compileBundledGlossary()), relativeDest: COMPILED_GLOSSARY_FILE });
      // Lets the browser tests refuse a product build, whose pages carry no timing marks.
      if (DEBUG_BUILD) assets.push({ contents: 'TIFA_DEBUG test build\n', relativeDest: TEST_BUILD_MARKER });
    },
  },
});
