// The JSON API's documents, built from every data entry, against the published schemas.
import { beforeAll, describe, expect, test } from 'vitest';
import { readCatalog } from '~/i18n/loader';
import type { Locale } from '~/i18n/locales';
import { type Catalog, format } from '~/i18n/msg';
import { codeDocument, indexDocument, jsonPathOf, type Resolve } from '~/lib/api/error-doc';
import { idOf } from '~/lib/errors/codes';
import type { ErrorEntry } from '~/lib/errors/schema';
import { checkCodeDocument, checkIndexDocument } from '../api-schemas';
import { loadEntries } from '../fixtures/errors/load';

const site = new URL('https://guide.example.org');
let entries: ErrorEntry[];
// The deployed languages' real catalogs: family titles and advice come from them.
const catalogs = new Map<Locale, Catalog>();
const resolve: Resolve = (l, m) => format(catalogs.get(l) ?? {}, m);
beforeAll(async () => {
	entries = [...loadEntries().values()];
	for (const l of ['en', 'zh-CN'] as const) catalogs.set(l, await readCatalog(l));
});

describe('error-code.v1 documents', () => {
	test('every entry yields a document the schema accepts', () => {
		const problems = entries.map((e) => [
			idOf(e),
			checkCodeDocument(codeDocument(e, site, resolve)),
		]);
		expect(problems.filter(([, p]) => p !== '')).toEqual([]);
		expect(entries.length).toBeGreaterThan(700);
	});

	test('2503 carries every form, its official text with attribution, and both languages', () => {
		const e = entries.find((x) => idOf(x) === 'msi/2503');
		if (!e) throw new Error('msi/2503 is missing from the data');
		const doc = codeDocument(e, site, resolve);
		expect(doc.forms).toEqual([
			{ kind: 'decimal', value: '2503' },
			{ kind: 'hex', value: '0x9C7' },
			{ kind: 'event', value: '12503' },
		]);
		expect(doc.official[0]).toMatchObject({
			text: 'Called RunScript when not marked in progress.',
			lang: 'en',
			attribution: { publisher: 'Microsoft Learn', license: 'CC-BY-4.0' },
		});
		expect(doc.urls).toEqual({
			en: 'https://guide.example.org/errors/msi/2503/',
			'zh-CN': 'https://guide.example.org/zh-cn/errors/msi/2503/',
		});
		expect(doc.meaning?.['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
		expect(doc.causes.en?.length).toBe(doc.causes['zh-CN']?.length);
		expect(doc.fixes.en?.length).toBeGreaterThan(0);
		// Only deployed languages: no pseudo-locale key in a published document.
		expect(Object.keys(doc.advice)).toEqual(['en', 'zh-CN']);
		expect(doc.advice['zh-CN']).toMatch(/^消息编号/);
	});

	test('an HRESULT lists hex, unsigned and signed forms and its name', () => {
		const e = entries.find((x) => idOf(x) === 'hresult/0x800B0100');
		if (!e) throw new Error('hresult/0x800B0100 is missing from the data');
		const doc = codeDocument(e, site, resolve);
		expect(doc.forms).toEqual([
			{ kind: 'hex', value: '0x800B0100' },
			{ kind: 'unsigned', value: '2148204800' },
			{ kind: 'signed', value: '-2146762496' },
		]);
		expect(doc.names.map((n) => n.name)).toEqual(['TRUST_E_NOSIGNATURE']);
	});

	test.each([
		[
			'a missing field',
			(d: Record<string, unknown>) => delete d.urls,
			"/ must have required property 'urls'",
		],
		[
			'an unknown field',
			(d: Record<string, unknown>) => (d.extra = 1),
			'/ must NOT have additional properties',
		],
		[
			'a Chinese key spelled zh',
			(d: Record<string, unknown>) => (d.advice = { en: 'x', zh: 'y' }),
			'/advice must have required property',
		],
		[
			'a signed form with a letter',
			(d: Record<string, unknown>) => (d.forms = [{ kind: 'signed', value: '-12a' }]),
			'/forms/0/value must match pattern',
		],
		[
			'a relative page URL',
			(d: Record<string, unknown>) =>
				(d.urls = { en: '/errors/msi/2503/', 'zh-CN': '/zh-cn/errors/msi/2503/' }),
			'/urls/en must match pattern',
		],
	])('the schema rejects %s', (_, mutate, message) => {
		const e = entries.find((x) => idOf(x) === 'msi/2503');
		if (!e) throw new Error('msi/2503 is missing from the data');
		const doc = structuredClone(codeDocument(e, site, resolve)) as unknown as Record<
			string,
			unknown
		>;
		mutate(doc);
		expect(checkCodeDocument(doc)).toContain(message);
	});
});

describe('error-index.v1', () => {
	test('the index is valid, lists every entry once, and points at each document', () => {
		const index = indexDocument(entries, site, resolve);
		expect(checkIndexDocument(index)).toBe('');
		expect(index.count).toBe(entries.length);
		expect(new Set(index.codes.map((c) => c.id)).size).toBe(entries.length);
		expect(index.families.reduce((n, f) => n + f.count, 0)).toBe(entries.length);
		for (const c of index.codes) expect(new URL(c.json).pathname).toBe(jsonPathOf(c));
	});
});
