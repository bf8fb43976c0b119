// A plain static file server for the built app, used by the browser tests to prove the build
// works from a sub-path (a project page such as /segmentbook/) with no server logic at all.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = new Map(
	process.argv
		.slice(2)
		.flatMap((arg, i, all) => (arg.startsWith('--') ? [[arg.slice(2), all[i + 1]]] : []))
);
const root = resolve(args.get('dir') ?? 'dist');
const base = args.get('base') ?? '/';
const port = Number(args.get('port') ?? 4173);

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.json': 'application/json',
	'.woff2': 'font/woff2'
};

createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (!url.pathname.startsWith(base)) {
		res.writeHead(404).end('not found');
		return;
	}
	const relative = normalize(decodeURIComponent(url.pathname.slice(base.length)) || 'index.html');
	const path = join(root, relative);
	if (!path.startsWith(root)) {
		res.writeHead(403).end();
		return;
	}
	try {
		const file = (await stat(path)).isDirectory() ? join(path, 'index.html') : path;
		const body = await readFile(file);
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		res.end(body);
	} catch {
		res.writeHead(404).end('not found');
	}
}).listen(port, '127.0.0.1', () =>
	console.log(`serving ${root} at http://127.0.0.1:${port}${base}`)
);
