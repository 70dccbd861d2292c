// A tiny static host for dist/ that applies dist/_headers the way Netlify and Cloudflare Pages do:
// every rule whose path pattern matches contributes its headers ("*" is a splat, ":name" one segment).
// Only the e2e tests use it; it binds to 127.0.0.1 on a free port.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export interface HeaderRule {
	pattern: string;
	headers: [string, string][];
}

/** Parses the _headers format: an unindented path line, then indented "Name: value" lines. */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || colon < 0)
			throw new Error(`_headers: header line outside a rule or without a colon: ${line}`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/** Literal segments, ":name" for one segment, "*" for the rest; no backtracking beyond one splat. */
export function matches(pattern: string, path: string): boolean {
	const source = pattern
		.split('*')
		.map((part) =>
			part
				.split(/(:[a-z]+)/i)
				.map((piece) =>
					piece.startsWith(':') ? '[^/]+' : piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
				)
				.join(''),
		)
		.join('.*');
	return new RegExp(`^${source}$`).test(path);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dist` at `base` ('/' or a sub-path such as '/guide/', for a site built with that base; outside
 * it everything is 404), on `port` (0: a free one).
 */
export async function serveDist(
	dist: string,
	{ port: wanted = 0, base = '/' } = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
	const prefix = base.replace(/\/+$/, '');
	const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const inBase = path === prefix || path.startsWith(`${prefix}/`);
		let file = inBase ? normalize(join(dist, path.slice(prefix.length))) : join(dist, '404.html');
		if (!file.startsWith(dist)) file = join(dist, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = inBase && existsSync(file) && path !== `${prefix}/_headers`;
		if (!found) file = join(dist, '404.html');
		res.statusCode = found ? 200 : 404;
		res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
		for (const rule of rules) {
			if (matches(rule.pattern, path))
				for (const [name, value] of rule.headers) res.setHeader(name, value);
		}
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(wanted, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		// Also drops the browser's kept-alive connections: after close() the site is unreachable.
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

// `node tests/e2e/serve-dist.ts <folder> <port> [base]`: the server for the extra builds in
// playwright.config.ts (astro preview serves one build per project at a time).
if (process.argv[1] === import.meta.filename) {
	const [dir = 'dist', port = '0', base = '/'] = process.argv.slice(2);
	const { origin } = await serveDist(resolve(dir), { port: Number(port), base });
	console.log(`serve-dist: ${dir} at ${origin}${base}`);
}
