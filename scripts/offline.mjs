// Offline support (issue 14 §3): a Workbox service worker, bundled at build end into dist/sw.js with
// the list of files to precache, and a page script that registers it (src/offline/offline-note.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const src = (/** @type {string} */ path) =>
	fileURLToPath(new URL(`../src/offline/${path}`, import.meta.url));

// Code pages (1,400+) are cached when visited, not at install; their family tables are precached.
// Linear: one optional locale segment of fixed shape, then fixed segments.
const CODE_PAGE = /^([a-z]{2}-[a-z]{2}\/)?errors\/[a-z0-9-]+\/[^/]+\/index\.html$/;
// Search index, JSON API, sitemaps and host files are fetched (and then kept) only when used; the
// lookup index and its family slices are precached: the error tables filter over them.
const SKIP = /^(pagefind|api\/(?!errors\/lookup[./]))|^_headers$|^sitemap|^sw\.js$/;

/**
 * @param {string} dist
 * @param {string} base the site's base path without its trailing slash ('' at the root, '/guide')
 * @returns {{ url: string, revision: string }[]}
 */
export function precacheList(dist, base = '') {
	/** @param {string} dir @returns {string[]} */
	const walk = (dir) =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory()
				? walk(join(dir, e.name))
				: [relative(dist, join(dir, e.name)).split(sep).join('/')],
		);
	return walk(dist)
		.filter(
			(file) => !SKIP.test(file) && !CODE_PAGE.test(file) && /\.(html|js|css|svg|json)$/.test(file),
		)
		.map((file) => ({
			url: `${base}/${file.replace(/(^|\/)index\.html$/, '$1')}`,
			revision: createHash('sha256')
				.update(readFileSync(join(dist, file)))
				.digest('hex')
				.slice(0, 16),
		}))
		.sort((a, b) => a.url.localeCompare(b.url));
}

/** @returns {import('astro').AstroIntegration} */
export function offlineServiceWorker() {
	let base = '';
	return {
		name: 'ifg-offline',
		hooks: {
			'astro:config:setup': ({ injectScript }) =>
				injectScript('page', `import ${JSON.stringify(src('offline-note.ts'))};`),
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/+$/, '');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const list = precacheList(dist, base);
				await build({
					configFile: false,
					logLevel: 'warn',
					publicDir: false,
					define: {
						__PRECACHE__: JSON.stringify(list),
						__BASE__: JSON.stringify(base),
						'process.env.NODE_ENV': JSON.stringify('production'),
					},
					build: {
						outDir: dist,
						emptyOutDir: false,
						lib: {
							entry: src('sw.ts'),
							formats: ['iife'],
							name: 'ifgServiceWorker',
							fileName: () => 'sw.js',
						},
					},
				});
				const file = (/** @type {string} */ url) => join(dist, url.slice(base.length));
				const bytes = list.reduce(
					(n, e) =>
						n + readFileSync(file(e.url.endsWith('/') ? `${e.url}index.html` : e.url)).length,
					0,
				);
				logger.info(`dist/sw.js: ${list.length} files precached (${Math.round(bytes / 1024)} KiB)`);
			},
		},
	};
}
