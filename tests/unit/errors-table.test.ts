// The code tables' filtering, ranking and paging (src/lib/errors/table.ts) over the real lookup index
// and over a synthetic 3,000-row table (issue 12's families take the site past 3,000 codes), and the
// regular expressions over the filter box's input, timed on their worst case.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCatalog } from '~/i18n/loader';
import { hexId, idOf, refOfEntry } from '~/lib/errors/codes';
import { FAMILIES, familyKey } from '~/lib/errors/families';
import {
	BREAKDOWN,
	buildIndex,
	DATE,
	GUID,
	IPV6,
	NUMBER,
	SHOWN,
	URL_OR_APT_IP,
} from '~/lib/errors/lookup';
import { translatedLabel } from '~/lib/errors/page';
import { fromLookupIndex, toLookupIndex, type IndexedCode } from '~/lib/errors/lookup-index';
import {
	filterTable,
	PAGE_SIZE,
	pageCount,
	pageOf,
	pageParam,
	prepareTable,
	SEPARATORS,
} from '~/lib/errors/table';
import { RUNS } from './arbitraries';
import { loadEntries } from '../fixtures/errors/load';

// The rows exactly as the browser gets them: through the JSON document of /api/errors/lookup.json.
const rows = fromLookupIndex(
	JSON.parse(
		JSON.stringify(
			toLookupIndex(
				[...loadEntries().values()].map((e) => ({
					family: e.family,
					code: e.code,
					names: e.names.map((n) => n.name),
					text: e.official[0]?.text ?? '',
				})),
			),
		),
	),
);
const table = prepareTable(rows);
const ids = (q: string, family?: (typeof FAMILIES)[number]) =>
	filterTable(table, q, family).rows.map(idOf);

describe('filtering the real table', () => {
	test.each([
		['2503', 'msi/2503'],
		['0x800B0101', 'hresult/0x800B0101'],
		['-2146762495', 'hresult/0x800B0101'],
		['2148204801', 'hresult/0x800B0101'],
		['800b0101', 'hresult/0x800B0101'],
		['CERT_E_EXPIRED', 'hresult/0x800B0101'],
		['cert_e_expired', 'hresult/0x800B0101'],
		['０ｘ８００Ｂ０１０１', 'hresult/0x800B0101'],
		['Error 0x80070643', 'msiexec/1603'],
		['11708', 'msi/1708'],
	])('%s ranks %s first', (q, id) => {
		expect(ids(q)[0]).toBe(id);
	});

	test('words of the official message filter, every word must occur', () => {
		// The only official text with RunScript: "Called RunScript when not marked in progress." (2503).
		expect(ids('RunScript')).toEqual(['msi/2503']);
		expect(ids('called runscript progress')).toContain('msi/2503');
		expect(ids('runscript zzzznotaword')).toEqual([]);
	});

	test('what lookup reads comes first, then rows that merely mention the number', () => {
		const found = ids('1603');
		// A bare 1603 is the exit code first (families.ts, leads), then message 1603.
		expect(found.slice(0, 2)).toEqual(['msiexec/1603', 'msi/1603']);
		expect(new Set(found).size).toBe(found.length);
	});

	test('the family narrows every kind of match', () => {
		expect(ids('1603', 'msiexec')).toEqual(['msiexec/1603']);
		expect(ids('', 'journald').length).toBe(rows.filter((r) => r.family === 'journald').length);
		expect(ids('CERT_E_EXPIRED', 'msi')).toEqual([]);
	});

	test('an empty or blank query keeps every row in table order', () => {
		expect(ids('')).toHaveLength(rows.length);
		expect(ids('  \t ')).toEqual(table.index.entries.map(idOf));
	});

	test('punctuation-only input is a query that matched nothing, never "728 of 728 codes shown"', () => {
		for (const q of ['  ,;', '?!', '。。。', '——', '…'])
			expect(filterTable(table, q), q).toEqual({ rows: [], result: { kind: 'empty' } });
	});

	test("the family's title in the page's language filters by family (zh-CN)", async () => {
		const zh = await readCatalog('zh-CN');
		const t = prepareTable(rows, (e) => [zh[familyKey(e.family, 'title')] ?? '']);
		const got = filterTable(t, '签名').rows;
		expect(got.length).toBe(rows.filter((r) => r.family === 'hresult').length);
		expect(got.every((r) => r.family === 'hresult')).toBe(true);
	});

	test('Chinese text that is no code and no word of any row keeps nothing, and does not throw', () => {
		expect(filterTable(table, '错误代码').rows).toEqual([]);
		expect(filterTable(table, '错误代码').result.kind).toBe('unknown');
	});
});

// A Chinese table: the rows of /zh-cn/api/errors/lookup.json, each with the zh-CN title its code page
// shows (translatedLabel, as src/components/errors/data.ts builds them), through the JSON document.
describe('a Chinese table filters on the translated titles and on the official English text', () => {
	const zhRows = fromLookupIndex(
		JSON.parse(
			JSON.stringify(
				toLookupIndex(
					[...loadEntries().values()].map((e) => {
						const ref = { ...e, names: e.names.map((n) => n.name) };
						const title = translatedLabel(ref, 'zh-CN');
						const row = { family: e.family, code: e.code, names: ref.names };
						return { ...row, text: e.official[0]?.text ?? '', ...(title ? { title } : {}) };
					}),
				),
			),
		),
	);
	const zh = prepareTable(zhRows);
	const zhIds = (q: string) => filterTable(zh, q).rows.map(idOf);

	test('every row carries its Chinese title, and a query of that title keeps the row', () => {
		expect(zhRows).toHaveLength(rows.length);
		for (const r of zhRows) {
			expect(r.title, idOf(r)).toMatch(/[\u4e00-\u9fff]/);
			expect(zhIds(r.title ?? ''), idOf(r)).toContain(idOf(r));
		}
	});

	test.each([
		// Words of the hand-written titles (titles/zh-CN/*.yaml); without them no row has them.
		['证书已过期', 'hresult/0x800B0101'],
		['找不到文件', 'stg/0x80030002'],
		['打开清单失败', 'winget/0x8A150004'],
		['所有更新的操作均失败', 'windows-update/0x80240022'],
		// The official English text still filters the Chinese table.
		['RunScript', 'msi/2503'],
		['ShellExecute', 'winget/0x8A150006'],
	])('%s keeps %s', (q, id) => {
		expect(zhIds(q)).toContain(id);
	});

	test('the English table has no titles, so the Chinese words find nothing there', () => {
		expect(rows.every((r) => r.title === undefined)).toBe(true);
		expect(ids('打开清单失败')).toEqual([]);
		expect(zhIds('打开清单失败')).toEqual(['winget/0x8A150004']);
	});
});

/** 3,000 codes across the families, as issue 12's new families will make the site. */
function synthetic(n = 3000): IndexedCode[] {
	return Array.from({ length: n }, (_, i) => ({
		family: 'hresult' as const,
		code: 0x80000000 + i * 7,
		names: [`SYN_E_${i}`],
		text: `Synthetic message number ${i} ${i % 3 ? 'odd' : 'triple'}.`,
	}));
}

describe('a 3,000-row table', () => {
	const big = prepareTable(synthetic());

	test('pages of 100: 30 pages, the last one full, a code on its page', () => {
		const all = filterTable(big, '').rows;
		expect(all).toHaveLength(3000);
		expect(pageCount(all.length)).toBe(30);
		const last = pageOf(all, 30);
		expect([last.from, last.to, last.rows.length]).toEqual([2901, 3000, PAGE_SIZE]);
		expect(pageOf(all, 99).page).toBe(30);
	});

	test('each code form of one row finds it first', () => {
		const code = 0x80000000 + 2999 * 7;
		for (const q of [hexId(code), String(code), String(code | 0), 'SYN_E_2999'])
			expect(filterTable(big, q).rows[0]?.names).toEqual(['SYN_E_2999']);
	});

	test('a word query keeps the rows that have it, and pages through them', () => {
		const kept = filterTable(big, 'triple').rows;
		expect(kept).toHaveLength(1000);
		expect(pageOf(kept, 10).rows.at(-1)?.names).toEqual(['SYN_E_2997']);
	});

	test('filtering stays fast: 200 queries over 3,000 rows', () => {
		const queries = ['', '2999', '0x80001000', 'message', 'SYN_E_1', 'odd number', 'zzz'];
		filterTable(big, 'warm');
		const t0 = performance.now();
		for (let i = 0; i < 200; i++) filterTable(big, queries[i % queries.length]!);
		const perQuery = (performance.now() - t0) / 200;
		// About 1–3 ms here; the bound only catches an accidental quadratic (a shared 2-core machine).
		expect(perQuery).toBeLessThan(50);
	});
});

describe('paging', () => {
	test('the pages, in order, are exactly the rows; any page number is clamped', () => {
		fc.assert(
			fc.property(
				fc.nat(1000),
				fc.integer({ min: 1, max: 150 }),
				fc.integer({ min: -5, max: 2000 }),
				(n, size, asked) => {
					const all = Array.from({ length: n }, (_, i) => i);
					const pages = pageCount(n, size);
					const joined = Array.from({ length: pages }, (_, i) => pageOf(all, i + 1, size).rows);
					expect(joined.flat()).toEqual(all);
					const p = pageOf(all, asked, size);
					expect(p.page).toBe(Math.min(Math.max(1, asked), pages));
					expect(p.rows.length).toBe(p.to - p.from + (p.rows.length ? 1 : 0));
				},
			),
			{ numRuns: Math.min(RUNS, 2000) },
		);
	});

	test.each([
		['3', 3],
		[null, 1],
		['', 1],
		['-2', 1],
		['2.5', 1],
		['1e3', 1],
		['9999999', 1],
	])('page parameter %j reads as %d', (v, n) => {
		expect(pageParam(v)).toBe(n);
	});
	test('NaN as a page shows page 1', () => {
		expect(pageOf([1, 2, 3], Number.NaN, 2).page).toBe(1);
	});
});

describe('regular expressions over the filter box run in linear time', () => {
	const rep = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
	const time = (f: () => void) => {
		const ts: number[] = [];
		for (let i = 0; i < 5; i++) {
			const t0 = performance.now();
			f();
			ts.push(performance.now() - t0);
		}
		return ts.sort((a, b) => a - b)[2]!;
	};
	const scan = (re: RegExp) => (s: string) => () => {
		for (const m of s.matchAll(
			new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`),
		))
			void m;
	};
	// Almost-matches: long runs of hex digits before a letter, 0x with no end, separators, words.
	const CRAFTED: Record<string, (n: number) => string> = {
		'digits then a letter': (n) => `${rep('1', n)}x`,
		'hex then a letter': (n) => `0x${rep('f', n)}g`,
		'hex letters then underscore': (n) => `${rep('a', n)}_`,
		'minus signs': (n) => rep('-1a', n),
		separators: (n) => `${rep(' ,;', n)}a`,
		'Chinese and digits': (n) => rep('错1', n),
		// GUIDs that fail at their last group, back to back (lookupText blanks out whole GUIDs).
		'almost GUIDs': (n) => rep('{00000000-0000-0000-0000-00000000000g-', n),
		// systemd's shown names (SHOWN): a name run that ends in a lower-case letter, slashes, steps.
		'a shown name then lower case': (n) => `status=1/${rep('A', n)}a`,
		'digits and slashes': (n) => rep('1/', n),
		'steps and signals': (n) => rep('step signal=', n),
		// Dates (DATE): years that never get their day, slashes, month names without a day.
		'almost dates': (n) => rep('2018-12-', n),
		'slashes and years': (n) => rep('1/1/20', n),
		'month names': (n) => rep('Nov. December, ', n),
		// The signals' printed texts (lookup's phrase alternation): prefixes that never finish.
		'almost phrases': (n) => rep('Segmentation faul User defined signal 段错 ', n),
		// macOS's forms ("Bus error: 10"): texts whose number never comes, after each separator.
		'almost macOS forms': (n) => rep('Bus error :Segmentation fault: Killed:x', n),
		// Windows Update's log (lookup tests 40 characters before each number): times, IDs, times.
		'Windows Update log prefixes': (n) => rep('1:11.1111111 11  1:11:111\t1\t', n),
		// CBS.log's HRESULT breakdowns (BREAKDOWN): ones that fail at their last character.
		'almost HRESULT breakdowns': (n) => rep('[Error,Facility=(000f),Code=519 (0x0207)', n),
		// Device instance IDs (lookup tests 64 characters before each number): backslashes and &.
		'backslash paths': (n) => rep('a\\1&2.', n),
		// Windows product names (lookup tests 32 characters before each number): Windows Server 10,
		// version, and the number.
		'Windows versions': (n) => rep('windows server 10 r2, version 1', n),
		// setuperr.log's source lines (lookup tests 64 characters before each bracket).
		'C++ source lines': (n) => rep('A::b_c(1)', n),
		// nginx's error numbers and IDs (lookup tests 7 characters before and 12 after each number).
		'almost nginx error numbers': (n) => rep('(12: a#1 errno', n),
		// Shells' line numbers (lookup tests 12 characters before each number and 2 after).
		'shell line numbers': (n) => rep('sh: 1 line 2:x', n),
		// Windows Setup's extend codes after result codes (lookup tests 20 characters after each).
		'almost extend codes': (n) => rep('0x11111111 -\t0x4000', n),
		// IPv6 addresses (IPV6): brackets that never close, groups with no "::", "::" runs.
		'almost IPv6 brackets': (n) => rep('[1:2::3.', n),
		'IPv6 groups without a double colon': (n) => rep('ff:ff:ff:ff:ff:ff:ff:', n),
		'double colons': (n) => rep('1::1::', n),
		// Ports and measures (lookup tests 14 characters before and after each number).
		'ports and units': (n) => rep('port 1 ms 2 secon', n),
		// URLs and apt's address (URL_OR_APT_IP): schemes that never get "://", brackets never closed.
		'almost URLs': (n) => rep('a1+b.c-d:/', n),
		'schemes back to back': (n) => rep('h://', n),
		'almost apt addresses': (n) => rep('[IP: 1.2.3.4 1', n),
		// OpenSSL's texts (after other programs' words), with a hyphen or a space: prefixes that stop.
		'almost OpenSSL texts': (n) => rep('self-signed certificate in certificate chai self ', n),
	};
	/** The alternation of every printed text, signals' and OpenSSL's (buildIndex builds it from the data). */
	const PHRASES = () => {
		const re = buildIndex([...loadEntries(['signal', 'openssl']).values()].map(refOfEntry)).phrases;
		if (!re) throw new Error('no printed texts');
		return re;
	};
	// 8× the input: linear ≈ 8×, quadratic ≈ 64×; three tries against a busy machine (see
	// check-msi-log-redos.test.ts, whose harness this follows).
	const linear = (run: (s: string) => () => void, make: (n: number) => string, n = 20_000) => {
		const small = make(n);
		const big = make(8 * n);
		time(run(big));
		const ratios: number[] = [];
		for (let i = 0; i < 3; i++) {
			const r = time(run(big)) / Math.max(time(run(small)), 2);
			ratios.push(+r.toFixed(1));
			if (r < 24) break;
		}
		return ratios;
	};
	test.each(Object.keys(CRAFTED))(
		'NUMBER, GUID, SHOWN, DATE, BREAKDOWN, IPV6, URL_OR_APT_IP, SEPARATORS and the phrases on %s',
		(name) => {
			const make = CRAFTED[name]!;
			for (const re of [
				NUMBER,
				GUID,
				SHOWN,
				DATE,
				BREAKDOWN,
				IPV6,
				URL_OR_APT_IP,
				SEPARATORS,
				PHRASES(),
			]) {
				const ratios = linear(scan(re), make);
				expect(
					ratios.some((r) => r < 24),
					`${re.source}: ${JSON.stringify(ratios)}`,
				).toBe(true);
			}
		},
	);

	test('the harness catches the number pattern lookup used before (quadratic on digits then a letter)', () => {
		const before = /(?<![\w])(-?)(0x[0-9a-f]+|[0-9a-f]*[0-9][0-9a-f]*)(?![\w])/gi;
		// One measurement on small input: quadratic on 160,000 characters would take minutes.
		const make = CRAFTED['digits then a letter']!;
		const ratio = time(scan(before)(make(8_000))) / Math.max(time(scan(before)(make(1_000))), 2);
		expect(ratio).toBeGreaterThan(24);
	});

	test('a 500-character hostile query over 3,000 rows answers within a frame budget', () => {
		const big = prepareTable(synthetic());
		for (const make of Object.values(CRAFTED)) {
			const q = make(500);
			expect(time(() => filterTable(big, q))).toBeLessThan(100);
		}
	});
});
