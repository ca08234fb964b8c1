// A second origin for the embed tests: a tiny HTTP server on 127.0.0.1 at a free port, serving
// host pages the test registers. Same host, different port: a different origin from the site's.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostServer {
  /** The host's origin, e.g. "http://127.0.0.1:39123". */
  origin: string;
  /** Serves `html` at `path` (on this origin) and returns its full URL. */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

export async function startHost(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const html = pages.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page(path, html) {
      pages.set(path, html);
      return origin + path;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** A minimal host document around `body` (lang and title, so it is a valid page of its own). */
export function hostDocument(body: string, title = 'Host page'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"><style>body{margin:0;font-family:sans-serif}iframe{display:block;width:640px;border:0}</style></head><body>${body}</body></html>`;
}
