// Serves the built site (dist/) the way a static host does: gzip for text, the headers of
// dist/_headers (copied from public/_headers), directory indexes, a 301 from /page to /page/, and
// a 404 otherwise. `npm start`, the browser tests and the benchmarks all use it, so what they see
// is what a host serves — compressed, with its CSP frame-ancestors, nosniff and Referrer-Policy.
//
// Usage: node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from './headers.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 4321));
const host = option('host', '127.0.0.1');
const root = resolve(option('dir', 'dist'));
if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root} has no index.html; run \`npm run build\` first.`);
  process.exit(1);
}
const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;
/** Each file read and gzipped once (the site is static while the server runs). */
const cache = new Map();

function load(file) {
  let entry = cache.get(file);
  if (!entry) {
    const body = readFileSync(file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    entry = { body, type, gzip: compressible.test(type) && body.length > 512 ? gzipSync(body, { level: 9 }) : undefined };
    cache.set(file, entry);
  }
  return entry;
}

/** The file a URL path names, or a redirect to its directory, or nothing. */
function resolvePath(pathname) {
  const file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) return {};
  if (pathname.endsWith('/')) return existsSync(join(file, 'index.html')) ? { file: join(file, 'index.html') } : {};
  if (existsSync(file) && statSync(file).isFile()) return { file };
  if (existsSync(join(file, 'index.html'))) return { redirect: `${pathname}/` };
  return {};
}

const server = createServer((req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const { file, redirect } = resolvePath(pathname);
  if (redirect) {
    const query = new URL(req.url ?? '/', 'http://localhost').search;
    res.writeHead(301, { location: redirect + query }).end();
    return;
  }
  const notFound = !file;
  const target = file ?? join(root, '404.html');
  const headers = {};
  for (const { name, value } of headersFor(rules, pathname)) headers[name.toLowerCase()] = value;
  if (notFound && !existsSync(target)) {
    res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const { body, type, gzip } = load(target);
  headers['content-type'] = type;
  headers['vary'] = 'Accept-Encoding';
  if (!headers['cache-control']) headers['cache-control'] = 'no-cache';
  const useGzip = gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (useGzip) headers['content-encoding'] = 'gzip';
  const payload = useGzip ? gzip : body;
  headers['content-length'] = String(payload.length);
  res.writeHead(notFound ? 404 : 200, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
});
server.listen(port, host, () => console.log(`No Floor: serving ${root} at http://${host}:${port}/ (gzip, _headers)`));
