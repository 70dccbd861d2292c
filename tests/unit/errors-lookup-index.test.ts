// The build-time lookup index round-trips every entry, and lookup over it answers as over the data.
import { describe, expect, test } from 'vitest';
import { idOf } from '~/lib/errors/codes';
import { buildIndex, lookup } from '~/lib/errors/lookup';
import { fromLookupIndex, toLookupIndex } from '~/lib/errors/lookup-index';
import { loadEntries } from '../fixtures/errors/load';

const codes = [...loadEntries().values()].map((e) => ({
	family: e.family,
	code: e.code,
	names: e.names.map((n) => n.name),
	text: e.official[0]?.text ?? '',
}));

describe('lookup index', () => {
	test('every entry survives JSON and reads back the same', () => {
		const back = fromLookupIndex(JSON.parse(JSON.stringify(toLookupIndex(codes))));
		expect(back).toEqual(codes);
		expect(back.length).toBeGreaterThan(700);
	});

	test('lookup over the index finds what the data has', () => {
		const index = buildIndex(fromLookupIndex(toLookupIndex(codes)));
		const found = (q: string) => {
			const r = lookup(index, q);
			return r.kind === 'found' ? r.matches.map((m) => m.id) : [];
		};
		expect(found('Error 0x80070643')).toContain('msiexec/1603');
		expect(found('CERT_E_EXPIRED')).toEqual(['hresult/0x800B0101']);
		expect(found('11708').map(String)).toContain('msi/1708');
		expect(idOf(index.entries[0]!)).toBe('msi/1101');
	});

	test.each([
		['null', null],
		['another version', { version: 2, codes: [['msi', 2503, [], 'x']] }],
		['codes not a list', { version: 1, codes: 'msi/2503' }],
	])('a bad document (%s) gives no codes instead of throwing', (_, doc) => {
		expect(fromLookupIndex(doc)).toEqual([]);
	});

	test("a language's copy carries each row's title, read back as given", () => {
		const titled = codes.map((c, i) => (i % 2 ? { ...c, title: `标题 ${i}` } : c));
		const doc = JSON.parse(JSON.stringify(toLookupIndex(titled))) as { codes: unknown[][] };
		expect(doc.codes[0]).toHaveLength(4);
		expect(doc.codes[1]).toHaveLength(5);
		expect(fromLookupIndex(doc)).toEqual(titled);
	});

	test('malformed rows are dropped, good ones kept', () => {
		const doc = {
			version: 1,
			codes: [
				['msi', 2503, [], 'ok'],
				['nosuch', 1, [], ''],
				['msi', '2502', [], ''],
				['msi', 2502, [1], ''],
				['msi', 2501, [], '', 7],
				['msi', 2500, [], '', 't', 7],
				['msi', 2500, [], '', 't', 'm', 'extra'],
				['msi', 2500, [], '', 7, 'm'],
				['msi', 1500, [], 'x', '标题'],
				// The answer card's chunks: a one-line meaning, after the title or null.
				['msi', 1501, [], 'y', null, 'A meaning.'],
				['msi', 1502, [], 'z', '标题', '一句话。'],
			],
		};
		expect(fromLookupIndex(doc)).toEqual([
			{ family: 'msi', code: 2503, names: [], text: 'ok' },
			{ family: 'msi', code: 1500, names: [], text: 'x', title: '标题' },
			{ family: 'msi', code: 1501, names: [], text: 'y', meaning: 'A meaning.' },
			{ family: 'msi', code: 1502, names: [], text: 'z', title: '标题', meaning: '一句话。' },
		]);
		// Written back, each row has the same fields.
		const read = fromLookupIndex(doc);
		expect(fromLookupIndex(JSON.parse(JSON.stringify(toLookupIndex(read))))).toEqual(read);
	});
});
