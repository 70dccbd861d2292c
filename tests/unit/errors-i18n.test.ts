// The knowledge base's user-visible strings all come from the catalogs, in every language: every key
// its components, family descriptors and page links use exists in each language's catalog, and no
// file of the knowledge base branches on one particular language or hard-codes a locale prefix.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCatalog } from '~/i18n/loader';
import { FAMILIES, familyKey, familyOf } from '~/lib/errors/families';
import { pageLabelKey } from '~/lib/errors/links';
import { loadEntries } from '../fixtures/errors/load';

const ROOT = join(import.meta.dirname, '..', '..');
const files = (dir: string) =>
	readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile() && /\.(astro|ts)$/.test(d.name))
		.map((d) => join(d.parentPath, d.name));
const OURS = [
	'src/components/errors',
	'src/lib/errors',
	'src/lib/api',
	'src/lib/search',
	'src/pages/[...locale]/errors',
].flatMap(files);

/** Literal catalog keys in the components: t('kb.…'), tr(Astro, 'kb.…') and FORM/OUTCOME key tables. */
const literalKeys = () => [
	...new Set(
		files('src/components/errors').flatMap((f) =>
			[...readFileSync(f, 'utf8').matchAll(/'(kb\.[a-z0-9.-]+)'/g)].map((m) => m[1] ?? ''),
		),
	),
];

/** Every site path the data and the descriptors link to. */
const linkedPaths = () => {
	const paths = new Set<string>(['/errors/']);
	for (const f of FAMILIES) for (const p of familyOf(f).links) paths.add(p);
	for (const e of loadEntries().values()) {
		for (const p of e.guides) paths.add(p);
		for (const f of e.fixes) if (f.link) paths.add(f.link);
	}
	return [...paths];
};

describe('knowledge-base strings', () => {
	test.each(['en', 'zh-CN'] as const)(
		'every key the pages use is in the %s catalog',
		async (locale) => {
			const catalog = await readCatalog(locale);
			const keys = [
				...literalKeys(),
				...FAMILIES.flatMap((f) =>
					(['title', 'intro', 'advice'] as const).map((p) => familyKey(f, p)),
				),
				...linkedPaths().map((p) => pageLabelKey(p) ?? `no label for ${p}`),
				'kb.code.title',
				'kb.code.description',
			];
			expect(keys.length).toBeGreaterThan(40);
			expect(keys.filter((k) => !(k in catalog))).toEqual([]);
		},
	);

	test('the key scan finds keys (and would find a missing one)', () => {
		expect(literalKeys()).toEqual(
			expect.arrayContaining(['kb.official', 'kb.form.event', 'kb.attribution.ms-line']),
		);
	});

	test('no file branches on one language or writes a locale prefix', () => {
		// Patterns of the old two-language code: lang === 'zh', ? '/zh-cn' : '', {en, zh} pairs, '/zh-cn/' literals.
		const BINARY = /=== ?'zh(?:-CN)?'|'\/zh-cn|\bzh: |\[lang\]|type Lang\b/;
		const hits = OURS.flatMap((f) =>
			readFileSync(f, 'utf8')
				.split('\n')
				.flatMap((line, i) =>
					BINARY.test(line) ? [`${f.slice(ROOT.length + 1)}:${i + 1}: ${line.trim()}`] : [],
				),
		);
		expect(OURS.length).toBeGreaterThan(15);
		expect(hits).toEqual([]);
	});
});

test('the sidebar links every family’s table, under the title its catalog gives in each language', async () => {
	// The msi-event family shipped without a sidebar link; the list in astro.config.mjs is written by
	// hand (the config cannot read the catalogs), so this keeps it complete.
	const config = readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8');
	const en = await readCatalog('en', join(ROOT, 'src', 'i18n'));
	const zh = await readCatalog('zh-CN', join(ROOT, 'src', 'i18n'));
	const linked = [...config.matchAll(/\['([^']+)', '([^']+)', '\/errors\/([a-z0-9-]+)\/'\]/g)];
	expect(linked.map((m) => m[3]).sort()).toEqual([...FAMILIES].sort());
	for (const f of ['msi-event', 'stg', 'com', 'internet', 'systemd-exit', 'signal'] as const) {
		const m = linked.find((x) => x[3] === f);
		expect(m?.[1], f).toBe(en[familyKey(f, 'title')]);
		expect(m?.[2], f).toBe(zh[familyKey(f, 'title')]);
	}
});
