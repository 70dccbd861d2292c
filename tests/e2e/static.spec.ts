// Checks over the built HTML that need no browser: links, language twins, CSP.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { familyOf } from '../../src/lib/errors/families';
import { codePath } from '../../src/lib/errors/page';
import { loadEntries } from '../fixtures/errors/load';
import { builtPages, distDir, isChinese, readPage } from './dist';

// The host serves 404.html for any unknown address; Starlight also renders /zh-cn/404/ from it.
const pages = builtPages().filter((p) => p !== '/404.html' && p !== '/zh-cn/404/');

/** Attribute values as the browser reads them (Astro writes & as &#x26; in URLs). */
const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decodeEntities = (value: string) =>
	value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) =>
		e[0] !== '#'
			? (named[e.toLowerCase()] ?? whole)
			: String.fromCodePoint(
					e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
				),
	);

function targetFile(pathname: string): string | undefined {
	const candidates = pathname.endsWith('/')
		? [join(distDir, pathname, 'index.html')]
		: [join(distDir, pathname), join(distDir, pathname, 'index.html')];
	return candidates.find((file) => existsSync(file));
}

test('no internal link or asset is broken, and every #fragment exists', () => {
	const broken: string[] = [];
	const idsCache = new Map<string, Set<string>>();
	const idsOf = (path: string) => {
		if (!idsCache.has(path)) {
			const ids = [...readPage(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
			idsCache.set(path, new Set(ids));
		}
		return idsCache.get(path)!;
	};
	for (const page of pages) {
		const html = readPage(page);
		for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
			if (!raw || /^(https?:|mailto:|data:|#$)/.test(raw)) continue;
			const url = new URL(decodeEntities(raw), `http://site${page}`);
			if (url.host !== 'site') continue;
			const file = targetFile(decodeURIComponent(url.pathname));
			if (!file) {
				broken.push(`${page}: ${attr}="${raw}"`);
				continue;
			}
			if (url.hash && url.pathname.endsWith('/') && file.endsWith('.html')) {
				const id = decodeURIComponent(url.hash.slice(1));
				if (id && !idsOf(url.pathname).has(id)) broken.push(`${page}: missing anchor ${raw}`);
			}
		}
	}
	expect(broken).toEqual([]);
});

test('every English page has a Simplified Chinese twin and vice versa', () => {
	const english = pages.filter((p) => !isChinese(p));
	const chinese = new Set(pages.filter(isChinese).map((p) => p.slice('/zh-cn'.length)));
	const missingZh = english.filter((p) => !chinese.has(p));
	const missingEn = [...chinese].filter((p) => !english.includes(p));
	expect({ missingZh, missingEn }).toEqual({ missingZh: [], missingEn: [] });
});

test('every page declares its language and a strict CSP with no unsafe-inline scripts', () => {
	const bad: string[] = [];
	for (const page of pages) {
		const html = readPage(page);
		const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
		if (lang !== (isChinese(page) ? 'zh-CN' : 'en')) bad.push(`${page}: lang=${lang}`);
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		if (!csp) bad.push(`${page}: no CSP`);
		else if (!/script-src 'self'/.test(csp) || /script-src[^;]*'unsafe-inline'/.test(csp))
			bad.push(`${page}: weak script-src`);
		else if (!/object-src 'none'/.test(csp)) bad.push(`${page}: no object-src 'none'`);
	}
	expect(bad).toEqual([]);
});

test('code pages are in the search index unless their family indexes only noted codes', () => {
	// Starlight marks the indexed part of a page with data-pagefind-body (none: Pagefind skips the page).
	const wrong: string[] = [];
	let indexed = 0;
	let skipped = 0;
	for (const [id, e] of loadEntries()) {
		const want = !(familyOf(e.family)?.searchNotedOnly && !e.summary);
		for (const prefix of ['', '/zh-cn']) {
			const path = `${prefix}${codePath(e)}`;
			const has = readPage(path).includes('data-pagefind-body');
			if (has !== want) wrong.push(`${path}: ${has ? 'indexed' : 'not indexed'} (${id})`);
			if (has) indexed++;
			else skipped++;
		}
	}
	expect(wrong).toEqual([]);
	// Both kinds exist: the noted Win32 codes are indexed, the other 2,673 a language are not.
	expect(skipped).toBeGreaterThan(5000);
	expect(indexed).toBeGreaterThan(1500);
});
