// Import boundaries of the codebase (docs/ARCHITECTURE.md draws them). `npm run lint:deps`
// (part of `npm test`) fails on any violation; tests/unit/boundaries.test.ts proves each rule
// catches a deliberate one.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-the-bottom',
      comment: 'core/ is the DOM-free engine: it imports nothing of the extension, the page or the CLI.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(lib|page|worker|ui|entrypoints|cli)/' },
    },
    {
      name: 'core-has-no-platform',
      comment: 'core/ runs in Node, the worker and the page alike: no WXT, browser, UI or HTML-parser packages (core/node/ may use Node).',
      severity: 'error',
      from: { path: '^core/', pathNot: '^core/node/' },
      to: { path: '(^|/)node_modules/(wxt|@wxt-dev|webextension-polyfill|preact|@preact|@floating-ui|linkedom|@webext-core)/|^#imports' },
    },
    {
      name: 'lib-below-the-apps',
      comment: 'lib/ is shared by the page, the worker and the UI: it never imports them.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(page|worker|ui|entrypoints|cli)/' },
    },
    {
      name: 'page-is-not-ui-or-worker',
      comment: 'Page code (content scripts) talks to the worker and the popup only through lib/protocol.ts.',
      severity: 'error',
      from: { path: '^page/' },
      to: { path: '^(worker|ui|entrypoints|cli)/' },
    },
    {
      name: 'worker-is-not-page-or-ui',
      severity: 'error',
      from: { path: '^worker/' },
      to: { path: '^(page|ui|entrypoints|cli)/' },
    },
    {
      name: 'ui-is-not-page-or-worker',
      comment: 'The popup and options pages reach the page and the worker by messages, never by import.',
      severity: 'error',
      from: { path: '^ui/' },
      to: { path: '^(page|worker|entrypoints|cli)/' },
    },
    {
      name: 'options-is-not-popup',
      comment: 'What the popup and options share lives in lib/ui/.',
      severity: 'error',
      from: { path: '^ui/options/' },
      to: { path: '^ui/popup/' },
    },
    {
      name: 'popup-is-not-options',
      severity: 'error',
      from: { path: '^ui/popup/' },
      to: { path: '^ui/options/' },
    },
    {
      name: 'cli-uses-the-core',
      comment: 'The CLI runs the same engine as the extension, never extension code.',
      severity: 'error',
      from: { path: '^cli/' },
      to: { path: '^(page|worker|ui|entrypoints)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(core|lib|page|worker|ui|cli)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 has no compiler API dependency-cruiser can use yet; swc parses the TS and TSX.
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // node_modules is not followed, but stays visible: core-has-no-platform needs its edges.
    exclude: { path: '(^|/)(\\.wxt|\\.output)/' },
  },
};
