import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/**
 * Serves a built site the way a static host does: `/dir/` → `dir/index.html`,
 * unknown paths → the site's 404 page with status 404. `base` mimics a
 * sub-path deploy; `port` 0 takes any free port.
 */
export async function serveStatic(
  root: string,
  base = '/',
  port = 0,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => void respond(request, response));
  async function respond(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) return notFound();
    pathname = `/${pathname.slice(base.length)}`;
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return notFound();
    try {
      if ((await stat(file)).isDirectory()) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { Location: `${url.pathname}/` }).end();
          return;
        }
        file = path.join(file, 'index.html');
      }
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      await notFound();
    }

    async function notFound() {
      const page = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    }
  }
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
