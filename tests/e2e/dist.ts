// What the build produced, read from dist/: the e2e suite checks every page, not a sample.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** URL paths of every built HTML page, e.g. `/`, `/zh-cn/start/go-2503-2502/`, `/404.html`. */
export function builtPages(): string[] {
	if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` before the e2e tests.');
	return walk(distDir)
		.map((file) => '/' + relative(distDir, file).split(sep).join('/'))
		.map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

export function readPage(path: string): string {
	const file = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
	return readFileSync(file, 'utf8');
}

/** Splits a list into `n` nearly equal parts so parallel workers share the crawl. */
export function shard<T>(items: T[], n: number): T[][] {
	return Array.from({ length: n }, (_, i) => items.filter((_, j) => j % n === i));
}

export const isChinese = (path: string) => path.startsWith('/zh-cn/');
