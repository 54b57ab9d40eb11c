/**
 * Serves the built site (`dist/`) at http://localhost:4321 the way a plain static web server would:
 * directory index, correct content types, the 404 page with status 404, gzip and the search files' Brotli siblings
 * negotiated like deploy/nginx.conf. Only for local use.
 * Options: --dir <dist> --port <4321> --host <127.0.0.1>
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/**
 * Whether an Accept-Encoding header allows `coding`: named, and not with q=0 (as nginx's gzip and brotli_static
 * read it; `*` is not taken as consent).
 */
export function accepts(header: string | string[] | undefined, coding: string): boolean {
  for (const part of String(header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim());
    if (name !== coding) continue;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|xml|wasm|javascript)|image\/svg)/;

export function startServer(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = normalize(join(root, decodeURIComponent(url.pathname)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    const found = isFile(path);
    const file = found ? path : join(root, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Like the production server (deploy/nginx.conf): a file's Brotli sibling (`brotli_static on`, written by the
    // build for the search files) when the client accepts br; otherwise text and WebAssembly gzipped when it asks.
    const acceptEncoding = req.headers['accept-encoding'];
    const br = found && accepts(acceptEncoding, 'br') && isFile(`${file}.br`);
    const gzip = !br && COMPRESSIBLE.test(type) && accepts(acceptEncoding, 'gzip');
    res.writeHead(found ? 200 : 404, {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ...(br && { 'Content-Encoding': 'br' }),
      ...(gzip && { 'Content-Encoding': 'gzip' }),
    });
    if (req.method === 'HEAD') res.end();
    else if (br) createReadStream(`${file}.br`).pipe(res);
    else if (gzip) createReadStream(file).pipe(createGzip({ level: 6 })).pipe(res);
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } } });
  const dir = values.dir ?? fileURLToPath(new URL('../dist', import.meta.url));
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`In ${dir} liegt keine gebaute Website. Bitte zuerst „npm run build“ ausführen.`);
    process.exit(1);
  }
  const port = Number(values.port ?? 4321);
  await startServer(dir, port, values.host ?? '127.0.0.1').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${port} ist schon belegt (läuft die Website schon?). Anderen Port wählen: npm run serve -- --port 4322`);
    process.exit(1);
  });
  console.log(`Die Website läuft unter http://localhost:${port}/ (Beenden mit Strg+C).`);
}
