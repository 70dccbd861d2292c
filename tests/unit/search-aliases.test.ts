import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALIASES, aliasesFor } from '../../src/lib/search/aliases';
import { TOOLS, toolPath } from '../../src/lib/tools';
import { loadEntries } from '../fixtures/errors/load';

// Every alias must point at a page that exists (a guide in both languages, a tool of the registry —
// every tool has a page in every language — or a sidebar link), and
// Chinese aliases must be stored word by word, because Pagefind splits metadata on whitespace only.
const config = readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8');
const exists = (path: string, file: string) => {
	try {
		readFileSync(
			new URL(`../../src/content/docs/${file}${path.slice(1, -1)}.mdx`, import.meta.url),
		);
		return true;
	} catch {
		return false;
	}
};

const CODE_PAGE = /^\/errors\/([a-z0-9-]+)\/(\w+)\/$/;

describe('search aliases', () => {
	for (const path of Object.keys(ALIASES)) {
		it(`${path} is a real page in both languages`, () => {
			const isGuide = exists(path, '');
			if (isGuide) expect(exists(path, 'zh-cn/')).toBe(true);
			else if (path.startsWith('/tools/')) expect(TOOLS.map((t) => toolPath(t.id))).toContain(path);
			else if (CODE_PAGE.test(path)) {
				// A code page's aliases are its own Chinese title's words (see ALIASES).
				const [, family = '', code = ''] = CODE_PAGE.exec(path) ?? [];
				const title = loadEntries([family]).get(`${family}/${code}`)?.title?.['zh-CN'] ?? '';
				for (const alias of ALIASES[path]?.['zh-CN'] ?? []) expect(title).toContain(alias);
				expect(ALIASES[path]?.en).toBeUndefined();
			} else expect(config).toContain(`'${path}'`);
		});
	}

	it('returns the page language, with Chinese split into words', () => {
		expect(aliasesFor('/tools/msi-log/')).toContain('MSI log analyzer');
		const zh = aliasesFor('/zh-cn/windows-installer/temp-permissions/')!.split(' ');
		expect(zh).toEqual(expect.arrayContaining(['临时目录', '临时', '目录']));
		expect(aliasesFor('/zh-cn/tools/msi-log/')).not.toContain('analyzer');
		expect(aliasesFor('/no/such/page/')).toBeUndefined();
	});
});
