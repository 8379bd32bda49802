// A tiny static HTTP server for the browser tests, `npm start` and the e2e bench. Articles are
// plain .txt files (title line + one paragraph per line); articleToHtml turns one into the kind
// of page the extension meets on a news site, so every consumer sees the same markup.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve, basename } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface FixtureRoute {
  body: string | Buffer;
  /** Defaults to text/html; charset=utf-8. */
  contentType?: string;
  /** Extra response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

export type FixtureRoutes = Record<string, FixtureRoute>;

export interface FixtureServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  url(path: string): string;
  /** Add or replace a route while the server runs. */
  set(path: string, route: FixtureRoute): void;
  /** Paths requested so far, in order (lets tests assert what a page loaded). */
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

const REPO = resolve(import.meta.dirname, '..');
export const SEED_ARTICLE = resolve(REPO, 'glossary/articles/qinglian-jiguan-2019.txt');
export const DEV_ARTICLES_DIR = resolve(REPO, 'tests/fixtures/articles');

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface ArticlePageOptions {
  /** <title>; defaults to the first line. */
  title?: string;
  lang?: string;
  /** Raw HTML appended at the end of <body> (e.g. a <script src>). Never page text. */
  tail?: string;
}

/** Article text → HTML page: first non-empty line as <h1>, each further line one <p>. */
export function articleToHtml(text: string, options: ArticlePageOptions = {}): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  const [first = '', ...rest] = lines;
  const title = options.title ?? first;
  const paragraphs = rest.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(options.lang ?? 'zh-CN')}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{max-width:42em;margin:2em auto;padding:0 1em;font:18px/1.8 sans-serif;color:#222;background:#fff}</style>
</head>
<body>
<article>
<h1>${escapeHtml(first)}</h1>
${paragraphs}
</article>
${options.tail ?? ''}
</body>
</html>
`;
}

export function readArticle(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The seed article and the ten dev articles as pages: /seed.html, /articles/<name>.html. */
export function articleRoutes(): FixtureRoutes {
  const routes: FixtureRoutes = { '/seed.html': { body: articleToHtml(readArticle(SEED_ARTICLE)) } };
  for (const file of readdirSync(DEV_ARTICLES_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    routes[`/articles/${basename(file, '.txt')}.html`] = {
      body: articleToHtml(readArticle(resolve(DEV_ARTICLES_DIR, file))),
    };
  }
  return routes;
}

/** Start a server on 127.0.0.1 (port 0 = any free port). Unknown paths get 404. */
export async function startFixtureServer(routes: FixtureRoutes = articleRoutes(), port = 0): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, headers: req.headers });
    const route = table.get(path) ?? (path === '/' ? indexRoute(table) : undefined);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': route.contentType ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...route.headers,
    });
    res.end(route.body);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    set: (path, route) => void table.set(path, route),
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function indexRoute(table: Map<string, FixtureRoute>): FixtureRoute {
  const links = [...table.keys()].sort().map((p) => `<li><a href="${escapeHtml(p)}">${escapeHtml(p)}</a></li>`);
  return { body: `<!doctype html><meta charset="utf-8"><title>Tifa fixtures</title><ul>${links.join('')}</ul>` };
}

// `tsx scripts/serve-fixtures.ts [port]` serves the articles for manual testing.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const server = await startFixtureServer(articleRoutes(), Number(process.argv[2] ?? 8080));
  console.log(`Serving fixtures at ${server.origin}/ (seed article: ${server.url('/seed.html')})`);
}
