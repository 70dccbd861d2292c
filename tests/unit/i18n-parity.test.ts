import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

import { readCatalog } from '../../src/i18n/loader';

const root = join(import.meta.dirname, '..', '..', 'src', 'content');
const catalogs = join(import.meta.dirname, '..', '..', 'src', 'i18n');

function docs(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? docs(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : [],
	);
}

describe('translation parity', () => {
	test('every UI string exists in English and Simplified Chinese, non-empty, in the same area file', async () => {
		const en = await readCatalog('en', catalogs);
		const zh = await readCatalog('zh-CN', catalogs);
		expect(readdirSync(join(catalogs, 'zh-CN')).sort()).toEqual(
			readdirSync(join(catalogs, 'en')).sort(),
		);
		for (const f of readdirSync(join(catalogs, 'en')))
			expect(
				Object.keys(JSON.parse(readFileSync(join(catalogs, 'zh-CN', f), 'utf8'))).sort(),
				f,
			).toEqual(Object.keys(JSON.parse(readFileSync(join(catalogs, 'en', f), 'utf8'))).sort());
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
		for (const [key, value] of Object.entries({ ...en, ...zh }))
			expect(value.trim(), key).not.toBe('');
	});

	test('every docs page has a twin in the other language', () => {
		const base = join(root, 'docs');
		const all = docs(base).map((f) => relative(base, f));
		const zh = all.filter((f) => f.startsWith('zh-cn/')).map((f) => f.slice('zh-cn/'.length));
		// The host serves one 404.html for every unknown address, so it is a single bilingual page.
		const en = all.filter((f) => !f.startsWith('zh-cn/') && f !== '404.md');
		expect(zh.sort()).toEqual(en.sort());
	});
});

test('every English catalog file types Astro.locals.t (src/env.d.ts), so astro check sees unknown keys', () => {
	const env = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'env.d.ts'), 'utf8');
	for (const f of readdirSync(join(import.meta.dirname, '..', '..', 'src', 'i18n', 'en')))
		expect(env, f).toContain(`import('./i18n/en/${f}')`);
});

test('no committed text file names a path of the machine it was written on', async () => {
	const { execFileSync } = await import('node:child_process');
	const repo = join(import.meta.dirname, '..', '..');
	const files = execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' })
		.split('\0')
		.filter(
			(f) =>
				/\.(ts|mts|mjs|js|astro|md|mdx|json|yaml|yml|tsv|txt)$/.test(f) && !f.includes('.cache/'),
		);
	const hits = files.filter((f) =>
		/\/(?:work|root|home\/[a-z]+)\/(?:shared|main|wt)\b/.test(readFileSync(join(repo, f), 'utf8')),
	);
	expect(hits).toEqual([]);
});
