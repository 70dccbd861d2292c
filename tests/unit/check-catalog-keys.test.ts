// Every entry of the checkers' catalogs is used by some code, and every checker key the code names
// exists: a renamed key or a leftover string fails here, not on a page. Keys built at run time
// (`check.perm.role.${r}`) count through their literal prefix; the wizard's keys derive from the tree.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCatalog } from '~/i18n/loader';
import { DIAGRAM_KEYS } from '~/lib/checkers/wizard-mermaid';
import { wizardKeys } from '~/lib/checkers/wizard-tree';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const area = (lang: string, file: string) =>
	Object.keys(JSON.parse(readFileSync(join(SRC, 'i18n', lang, file), 'utf8')) as object);

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? sources(join(dir, e.name))
			: /\.(ts|astro|mjs|mdx?)$/.test(e.name)
				? [join(dir, e.name)]
				: [],
	);
}
const code = sources(SRC)
	.map((f) => readFileSync(f, 'utf8'))
	.join('\n');
const QUOTED = /['"`](check\.[\w.-]*[\w-])['"`]/g;
const TEMPLATE = /`(check\.[\w.-]*\.)\$\{/g;
const literals = new Set([...code.matchAll(QUOTED)].map((m) => m[1]!));
const prefixes = [...new Set([...code.matchAll(TEMPLATE)].map((m) => m[1]!))];
const derived = new Set<string>([...DIAGRAM_KEYS, ...wizardKeys()]);
const used = (key: string) =>
	literals.has(key) || derived.has(key) || prefixes.some((p) => key.startsWith(p));

describe.each(['en', 'zh-CN'])('%s', (lang) => {
	test.each(['checkers.json', 'wizard.json'])('every key of %s is used in src/', (file) => {
		expect(area(lang, file).filter((k) => !used(k))).toEqual([]);
	});
	test('every checker key named in src/ exists', async () => {
		const catalog = await readCatalog(lang as 'en' | 'zh-CN');
		expect([...literals].filter((k) => !(k in catalog))).toEqual([]);
	});
});

test('the scan finds keys and prefixes (so the test above can fail)', () => {
	expect(literals.has('check.perm.sticky.on')).toBe(true);
	expect(prefixes).toContain('check.perm.role.');
	expect(used('check.perm.nofix')).toBe(false);
});
