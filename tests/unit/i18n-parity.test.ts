import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..', 'src', 'content');
const load = (name: string) =>
	JSON.parse(readFileSync(join(root, 'i18n', name), 'utf8')) as Record<string, string>;

function docs(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? docs(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : [],
	);
}

describe('translation parity', () => {
	test('every UI string exists in English and Simplified Chinese, non-empty', () => {
		const en = load('en.json');
		const zh = load('zh-CN.json');
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
		for (const [key, value] of Object.entries({ ...en, ...zh })) expect(value.trim(), key).not.toBe('');
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
