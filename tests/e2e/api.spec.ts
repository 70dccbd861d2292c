// The machine-readable side of the site: the JSON API (index ↔ files ↔ pages, against the schemas)
// and the OpenSearch descriptions with the ?q= search they point browsers to.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { decodeManifest } from '../../src/lib/errors/slices';
import { familyOf, type Family } from '../../src/lib/errors/families';
import { isShownName } from '../../src/lib/errors/codes';
import { checkCodeDocument, checkIndexDocument } from '../api-schemas';
import { builtPages, distDir, readPage } from './dist';

interface Localized<T> {
	en: T;
	'zh-CN': T;
}
interface IndexDoc {
	count: number;
	families: { family: string; count: number; urls: Localized<string> }[];
	codes: { id: string; family: string; code: number; json: string; urls: Localized<string> }[];
}
interface CodeDoc {
	id: string;
	family: string;
	code: number;
	forms: { kind: string; value: string }[];
	names: { name: string }[];
	urls: Localized<string>;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(distDir, path), 'utf8'));
const pathOf = (url: string) => new URL(url, 'http://site').pathname;
// Family ids may hold a hyphen (windows-update) or a digit (win32).
const CODE_PAGE = /^\/(?:zh-cn\/)?errors\/[a-z0-9-]+\/[0-9A-Fx]+\/$/;

test('index, code files and code pages agree, and every file matches its schema', () => {
	const index = readJson('/api/errors/index.json') as IndexDoc;
	expect(checkIndexDocument(index)).toBe('');
	expect(index.count).toBe(index.codes.length);

	// Every JSON file on disk is listed in the index, and vice versa (lookup/ holds the lookup
	// index's per-family slices, checked below).
	const files = readdirSync(join(distDir, 'api', 'errors'), { withFileTypes: true })
		.filter((d) => d.isDirectory() && d.name !== 'lookup')
		.flatMap((d) =>
			readdirSync(join(distDir, 'api', 'errors', d.name)).map((f) => `/api/errors/${d.name}/${f}`),
		);
	expect(files.sort()).toEqual(index.codes.map((c) => pathOf(c.json)).sort());

	// The lookup index has one slice per family, and the slices are exactly the whole index; next to
	// them, each family's chunks (the answer card's, src/lib/errors/slices.ts) and the name shards.
	type LookupDoc = { version: number; codes: [string, number, ...unknown[]][] };
	const whole = readJson('/api/errors/lookup.json') as LookupDoc;
	const families = index.families.map((f) => f.family);
	expect(readdirSync(join(distDir, 'api', 'errors', 'lookup')).sort()).toEqual(
		[...families.flatMap((f) => [f, `${f}.json`]), 'names'].sort(),
	);
	const sliced = index.families.flatMap((f) => {
		const slice = readJson(`/api/errors/lookup/${f.family}.json`) as LookupDoc;
		expect(slice.version, f.family).toBe(whole.version);
		expect(
			slice.codes.every(([family]) => family === f.family),
			f.family,
		).toBe(true);
		expect(slice.codes, f.family).toHaveLength(f.count);
		return slice.codes;
	});
	const key = (c: LookupDoc['codes'][number]) => JSON.stringify(c);
	expect(sliced.map(key).sort()).toEqual(whole.codes.map(key).sort());

	// The chunks, in each language: in code order, each at most 32 rows, together the family's rows
	// (the language's copy of the index, plus the one-line meaning); the page's manifest gives each
	// chunk's range. Each name's shard points at the chunk holding it.
	const manifest = decodeManifest(readPage('/').match(/data-lookup="([^"]*)"/)?.[1] ?? '');
	if (!manifest) throw new Error('no lookup manifest in the page');
	expect(Object.keys(manifest.chunks).sort()).toEqual([...families].sort());
	const shards = new Map<string, Record<string, Record<string, number | number[]>>>();
	for (const kind of ['u', 'p'] as const)
		for (let i = 0; i < manifest.shards[kind]; i++)
			shards.set(
				`${kind}${i}`,
				(readJson(`/api/errors/lookup/names/${kind}${i}.json`) as { names: never }).names,
			);
	expect(readdirSync(join(distDir, 'api', 'errors', 'lookup', 'names')).sort()).toEqual(
		[...shards.keys()].map((k) => `${k}.json`).sort(),
	);
	const inShards = (name: string, family: string) =>
		[...shards.values()].flatMap((s) => [s[family]?.[name.toUpperCase()] ?? []].flat());
	for (const prefix of ['', '/zh-cn']) {
		const copy = readJson(`${prefix}/api/errors/lookup.json`) as LookupDoc;
		for (const f of families) {
			const ranges = manifest.chunks[f as Family] ?? [];
			const chunks = ranges.map(
				(_, i) => (readJson(`${prefix}/api/errors/lookup/${f}/${i}.json`) as LookupDoc).codes,
			);
			expect(
				readdirSync(join(distDir, prefix, 'api', 'errors', 'lookup', f)).length,
				`${prefix} ${f}`,
			).toBe(ranges.length);
			chunks.forEach((rows, i) => {
				expect(rows.length).toBeGreaterThan(0);
				expect(rows.length).toBeLessThanOrEqual(32);
				expect([rows[0]?.[1], rows.at(-1)?.[1]], `${prefix} ${f} ${i}`).toEqual(ranges[i]);
				if (!prefix)
					for (const r of rows)
						for (const n of r[2] as string[]) expect(inShards(n, f), n).toContain(i);
			});
			// Without the meaning (and the null title that makes room for it), the language's rows.
			const bare = (r: unknown[]) => {
				const [family, code, names, text, title] = r;
				return JSON.stringify(
					title == null ? [family, code, names, text] : [family, code, names, text, title],
				);
			};
			expect(chunks.flat().map(bare), `${prefix} ${f}`).toEqual(
				copy.codes.filter((c) => c[0] === f).map(bare),
			);
		}
	}

	// Every code page (both languages) is some entry's page, and every entry's pages were built.
	const pages = builtPages().filter((p) => CODE_PAGE.test(p));
	expect(pages.sort()).toEqual(
		index.codes.flatMap((c) => [pathOf(c.urls.en), pathOf(c.urls['zh-CN'])]).sort(),
	);
	for (const f of index.families) {
		expect(
			index.codes.filter((c) => c.family === f.family),
			f.family,
		).toHaveLength(f.count);
		expect(existsSync(join(distDir, pathOf(f.urls.en), 'index.html')), f.urls.en).toBe(true);
	}

	const problems: string[] = [];
	for (const entry of index.codes) {
		const doc = readJson(pathOf(entry.json)) as CodeDoc;
		const invalid = checkCodeDocument(doc);
		if (invalid) problems.push(`${entry.id}: ${invalid}`);
		if (doc.id !== entry.id || doc.code !== entry.code || doc.family !== entry.family) {
			problems.push(`${entry.id}: the file says ${doc.id} (${doc.code})`);
		}
		for (const lang of ['en', 'zh-CN'] as const) {
			const page = pathOf(doc.urls[lang]);
			if (page !== pathOf(entry.urls[lang]))
				problems.push(`${entry.id}: ${lang} URL differs from the index`);
			const html = readPage(page);
			const link = `<link rel="alternate" type="application/json" href="${pathOf(entry.json)}"`;
			if (!html.includes(link)) problems.push(`${page}: no ${link}`);
			// The page shows the same forms and names as the JSON.
			// A name systemd prints after the number (EXEC) shows as it prints it: 203/EXEC.
			const shown = (name: string) =>
				isShownName(familyOf(doc.family as Family), name) ? `${doc.code}/${name}` : name;
			for (const value of [
				...doc.forms.map((f) => f.value),
				...doc.names.map((n) => shown(n.name)),
			]) {
				if (!html.includes(`>${value}</code>`)) problems.push(`${page}: does not show ${value}`);
			}
		}
	}
	expect(problems).toEqual([]);
});

test('the published schemas are the ones in schemas/, with an absolute $id', async ({
	request,
}) => {
	for (const name of ['error-code.v1.json', 'error-index.v1.json']) {
		const res = await request.get(`/api/schemas/${name}`);
		expect(res.status()).toBe(200);
		const published = (await res.json()) as Record<string, unknown>;
		const source = JSON.parse(readFileSync(join(distDir, '..', 'schemas', name), 'utf8')) as Record<
			string,
			unknown
		>;
		expect({ ...published, $id: source.$id }).toEqual(source);
		expect(pathOf(String(published.$id))).toBe(`/api/schemas/${name}`);
	}
});

test('a code page links its JSON, which answers with the code', async ({ page, request }) => {
	await page.goto('/errors/msi/2503/');
	const href = await page
		.locator('link[rel="alternate"][type="application/json"]')
		.getAttribute('href');
	expect(href).toBe('/api/errors/msi/2503.json');
	const res = await request.get(href ?? '');
	expect(res.headers()['content-type']).toContain('application/json');
	const doc = (await res.json()) as CodeDoc;
	expect(doc.forms.map((f) => f.value)).toEqual(['2503', '0x9C7', '12503']);
	expect(pathOf(doc.urls['zh-CN'])).toBe('/zh-cn/errors/msi/2503/');
});

test('every page links the OpenSearch description of its language', () => {
	const wrong = builtPages()
		.filter((p) => p.endsWith('/'))
		.filter((p) => {
			const href = p.startsWith('/zh-cn/') ? '/zh-cn/opensearch.xml' : '/opensearch.xml';
			return !readPage(p).includes(
				`<link rel="search" type="application/opensearchdescription+xml" href="${href}"`,
			);
		});
	expect(wrong).toEqual([]);
});

for (const [lang, prefix, query, expected] of [
	['en', '', '2503', /^\/errors\/msi\/2503\/$/],
	['zh-CN', '/zh-cn', '粘滞位', /^\/zh-cn\//],
] as const) {
	test(`the ${lang} OpenSearch URL opens search with the query`, async ({ page, request }) => {
		const xml = await (await request.get(`${prefix}/opensearch.xml`)).text();
		expect(xml).toContain(`<Language>${lang}</Language>`);
		const template = /<Url type="text\/html" method="get" template="([^"]+)"/.exec(xml)?.[1] ?? '';
		expect(pathOf(template.replace('{searchTerms}', ''))).toBe(`${prefix}/`);
		// The browser substitutes the typed words; the site's origin here is the test server's.
		const url = new URL(template.replace('{searchTerms}', encodeURIComponent(query)));
		await page.goto(url.pathname + url.search);
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		// Pagefind's UI is built when the browser is idle, which can take a while on a busy machine.
		await expect(dialog.getByRole('search').getByRole('textbox')).toHaveValue(query, {
			timeout: 30_000,
		});
		const first = dialog.locator('.pagefind-ui__result-link').first();
		await expect(first).toBeVisible({ timeout: 30_000 });
		expect(pathOf((await first.getAttribute('href')) ?? '')).toMatch(expected);
	});
}

test('a page without ?q= keeps the search dialog closed', async ({ page }) => {
	await page.goto('/?x=2503');
	await page.waitForLoadState('load');
	await expect(page.getByRole('dialog')).toBeHidden();
});

test('llms.txt points at the full English guides (starlight-llms-txt)', async ({ request }) => {
	const index = await (await request.get('/llms.txt')).text();
	expect(index).toMatch(/^# Installer Field Guide\n/);
	const full = /\]\(([^)]+\/llms-full\.txt)\)/.exec(index)?.[1] ?? '';
	const text = await (await request.get(pathOf(full))).text();
	expect(text).toContain('RunScript');
	expect(text.length).toBeGreaterThan(100_000);
});
