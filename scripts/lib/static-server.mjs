// A static file server on 127.0.0.1 for the demo and fixture pages. Nothing leaves the machine.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

async function extraHeaders(file) {
  // A file `page.html.headers` beside a page adds response headers (one `Name: value` a line),
  // so fixtures can set a strict CSP or Trusted Types like a hostile site would.
  const headers = {};
  try {
    for (const line of (await readFile(`${file}.headers`, 'utf8')).split('\n')) {
      const i = line.indexOf(':');
      if (i > 0) headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  } catch {
    // no extra headers
  }
  return headers;
}

/** Serves `roots` (the first that has the file wins) at http://127.0.0.1:<port>/ (0: a free port). */
export async function serveStatic(roots, port = 0) {
  const dirs = roots.map((r) => resolve(r));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^[/\\]+/, '');
    for (const dir of dirs) {
      const file = join(dir, rel);
      if (!file.startsWith(dir + sep)) break;
      try {
        if (!(await stat(file)).isFile()) continue;
        const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...(await extraHeaders(file)) };
        res.writeHead(200, headers).end(await readFile(file));
        return;
      } catch {
        // try the next root
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const address = server.address();
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : `/${p}`),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
