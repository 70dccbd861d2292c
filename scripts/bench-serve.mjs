// The bench's static server (scripts/bench.mjs, bench-search.mjs): gzip on, as a real host serves the
// site, so transfer sizes mean gzip bytes. Pagefind's files and images are sent as they are (Pagefind
// compresses its index itself). Binds to 127.0.0.1 on a free port.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { createGzip } from 'node:zlib';

/** @type {Record<string, string>} */
const types_ = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain',
	'.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dir`; resolves once listening.
 * @param {string} dir @returns {Promise<{ server: import('node:http').Server, origin: string }>}
 */
export function serve(dir) {
	const server = createServer((req, res) => {
		let path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		if (!existsSync(path)) {
			res.writeHead(404).end('not found');
			return;
		}
		const type = types_[extname(path)] ?? 'application/octet-stream';
		// Pagefind's index, fragments and WebAssembly (.pf_*, .pagefind) are gzip files already; its
		// scripts and CSS are not, and a host compresses them like ours.
		const compressible = !/\.(png|ico|wasm|pagefind|pf_\w+)$/.test(path);
		res.setHeader('Content-Type', type);
		if (compressible) {
			res.setHeader('Content-Encoding', 'gzip');
			createReadStream(path).pipe(createGzip()).pipe(res);
		} else createReadStream(path).pipe(res);
	});
	return new Promise((ok) =>
		server.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
			ok({ server, origin: `http://127.0.0.1:${port}` });
		}),
	);
}

/**
 * A bench part run on its own (node scripts/bench-<part>.mjs): serves the existing dist/ (and the stock
 * Starlight build, when there is one), runs `part` with the origins and Chromium's path, prints its
 * results as a table and closes the servers.
 * @param {string} root the repository
 * @param {(origins: { site: string, stock: string | undefined }, browserPath: string) => Promise<object>} part
 */
export async function runAlone(root, part) {
	const { requireChromium } = await import('./browser.mjs');
	const dist = join(root, 'dist');
	if (!existsSync(dist)) throw new Error('dist/ missing: npm run build first');
	const stockDist = join(root, 'bench', '.tmp', 'stock', 'dist');
	const site = await serve(dist);
	const stock = existsSync(stockDist) ? await serve(stockDist) : undefined;
	try {
		console.table(
			await part({ site: site.origin, stock: stock?.origin }, (await requireChromium()).path),
		);
	} finally {
		site.server.close();
		stock?.server.close();
	}
}
