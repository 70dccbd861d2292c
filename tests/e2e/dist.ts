// What the build produced, read from dist/, and which pages a sweep visits: every page template in
// full, and of the generated pages (one template, hundreds of pages) every distinct shape plus a
// seeded sample (pagesToSweep).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LOCALES, LOCALE_INFO } from '../../src/i18n/locales';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory())
			return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** URL paths of every built HTML page, e.g. `/`, `/zh-cn/start/go-2503-2502/`, `/404.html`. */
export function builtPages(): string[] {
	if (!existsSync(distDir))
		throw new Error('dist/ is missing: run `npm run build` before the e2e tests.');
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

/** URL segments of the non-default languages this build has (zh-cn; en-xa in a pseudo-locale build). */
export const LOCALE_SLUGS = LOCALES.map((l) => LOCALE_INFO[l].slug).filter(
	(s) => s && existsSync(join(distDir, s)),
);

/** The language segment of a built path ('' for the default language) and the path without it. */
export function splitLocale(path: string): { slug: string; rest: string } {
	const first = path.split('/')[1] ?? '';
	return LOCALE_SLUGS.includes(first)
		? { slug: first, rest: path.slice(first.length + 1) }
		: { slug: '', rest: path };
}

/**
 * The group of a generated page: error-code pages (/errors/<family>/<code>/, one template filled from
 * the data tables) are grouped by language and family, and so are a family's static table pages
 * (/errors/<family>/page/<n>/: the win32 family alone has 27 a language); every other page is its own
 * template (null).
 */
export function generatedGroup(path: string): string | null {
	const { slug, rest } = splitLocale(path);
	const m = /^\/errors\/([a-z0-9-]+)\/(page\/)?[^/]+\/$/.exec(rest);
	return m ? `${slug || 'en'} ${m[1]}${m[2] ? ' table' : ''}` : null;
}

/** What varies between pages of one template: the custom elements and block structures it uses. */
function shapeOf(path: string): string {
	const tags =
		readPage(path).match(/<(ifg-[a-z-]+|table|pre|details|aside|ol|blockquote|img|mermaid)\b/g) ??
		[];
	return [...new Set(tags)].sort().join('');
}

/**
 * The page sample's seed: fixed under CI (what lands is what was checked, as for the unit tests'
 * tests/unit/seed.ts); playwright.config.ts sets it for every worker; IFG_SEED replays a logged run.
 */
export const SEED = Number(
	process.env.IFG_SEED ??
		(process.env.CI ? 20261130 : new Date().toISOString().slice(0, 10).replace(/-/g, '')),
);

export function mulberry32(a: number): () => number {
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Sweep {
	/** Pages to visit, sorted. */
	pages: string[];
	/** The generated pages chosen (shapes and sample). */
	sampled: string[];
	/** Generated pages in the build, and groups (language × family). */
	generated: number;
	groups: number;
	seed: number;
}

/**
 * Every page that is its own template, plus of each generated group one page of every distinct shape
 * and a seeded random sample up to `perGroup` pages (IFG_FULL_SWEEP=1 visits every page).
 */
export function pagesToSweep(all: string[], perGroup: number, seed = SEED): Sweep {
	const random = mulberry32(seed);
	const groups = new Map<string, string[]>();
	const pages: string[] = [];
	for (const p of all) {
		const g = generatedGroup(p);
		if (g === null || process.env.IFG_FULL_SWEEP === '1') pages.push(p);
		else groups.set(g, [...(groups.get(g) ?? []), p]);
	}
	const sampled: string[] = [];
	for (const members of groups.values()) {
		const chosen = new Map<string, string>();
		for (const p of members) {
			const shape = shapeOf(p);
			if (!chosen.has(shape)) chosen.set(shape, p);
		}
		const picked = new Set(chosen.values());
		const rest = members.filter((p) => !picked.has(p));
		while (picked.size < perGroup && rest.length)
			picked.add(rest.splice(Math.floor(random() * rest.length), 1)[0]!);
		sampled.push(...picked);
	}
	return {
		pages: [...pages, ...sampled].sort(),
		sampled: sampled.sort(),
		generated: [...groups.values()].flat().length,
		groups: groups.size,
		seed,
	};
}

/** One log line naming the seed and the sampled pages, so a failing sample can be replayed. */
export function describeSweep(name: string, s: Sweep): string {
	return (
		`[${name}] seed ${s.seed} (IFG_SEED=${s.seed} replays it; IFG_FULL_SWEEP=1 visits all): ${s.pages.length} pages, ` +
		`${s.sampled.length} of ${s.generated} generated pages in ${s.groups} groups: ${s.sampled.join(' ')}`
	);
}
