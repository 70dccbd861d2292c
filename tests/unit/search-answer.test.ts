// The answer card's engine (src/lib/search/answer.ts) over the real lookup index: bare codes, codes
// inside pasted messages and MSI log lines, wrapped codes shown as a chain, what goes into ?q=, and
// the worst case of every regular expression it runs over the input.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bestOf } from './timing';
import { hexId, idOf, slugOf } from '~/lib/errors/codes';
import { FAMILIES } from '~/lib/errors/families';
import { lookup } from '~/lib/errors/lookup';
import { fromLookupIndex, toLookupIndex } from '~/lib/errors/lookup-index';
import {
	answerIndex,
	answerOf,
	MAX_ITEMS,
	MAX_URL_QUERY,
	urlQueryOf,
	type Answer,
} from '~/lib/search/answer';
import { RUNS } from './arbitraries';
import { loadEntries, parseWinerror } from '../fixtures/errors/load';

// The rows exactly as the dialog gets them: through the JSON document of /api/errors/lookup.json.
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
const index = answerIndex(rows);
const items = (a: Answer) => (a.kind === 'found' ? a.items.map((i) => [i.id, i.chain]) : a.kind);

describe('answers', () => {
	test.each([
		['2503', [['msi/2503', ['2503']]]],
		['The error code is 2503', [['msi/2503', ['2503']]]],
		['２５０３', [['msi/2503', ['2503']]]],
		['０ｘ８００Ｂ０１０１', [['hresult/0x800B0101', ['0x800B0101']]]],
		// A wrapped Win32 code: the HRESULT, then the exit code it wraps.
		[
			'Error 0x80070643: Failed to install MSI package.',
			[['msiexec/1603', ['0x80070643', '1603']]],
		],
		['-2147023293', [['msiexec/1603', ['-2147023293', '0x80070643', '1603']]]],
		// A signed HRESULT as .NET and PowerShell print it: the hex form it stands for.
		['-2146762495', [['hresult/0x800B0101', ['-2146762495', '0x800B0101']]]],
		['Event ID 11708', [['msi/1708', ['11708', '1708']]]],
		['CERT_E_EXPIRED', [['hresult/0x800B0101', ['CERT_E_EXPIRED']]]],
		// Issue 12 §1: the chain from the negative decimal through the HRESULT to the Win32 code.
		['-2147024891', [['win32/5', ['-2147024891', '0x80070005', '5']]]],
		['0x80070005', [['win32/5', ['0x80070005', '5']]]],
		['ERROR_ACCESS_DENIED', [['win32/5', ['ERROR_ACCESS_DENIED']]]],
		[
			'5',
			[
				['win32/5', ['5']],
				['journald/5', ['5']],
			],
		],
		// A shell's exit status: its sum, 128 + the signal (bash(1)), then Win32's reading of the number.
		[
			'exit code 137',
			[
				['signal/9', ['137', '128 + 9']],
				['win32/137', ['137']],
			],
		],
		// MSI's Note line: the field labels are not codes. -2147287035 is STG_E_ACCESSDENIED
		// (0x80030005 in winerror.h), answered since the stg family exists (issue 12 §3).
		[
			'Note: 1: 2203 2: C:\\x.msi 3: -2147287035',
			[
				['msi/2203', ['2203']],
				['stg/0x80030005', ['-2147287035', '0x80030005']],
			],
		],
	])('%j', (query, expected) => {
		expect(items(answerOf(index, query))).toEqual(expected);
	});

	test('every family that has a number answers it, in the families’ order (a leading reading first)', () => {
		expect(items(answerOf(index, '1606'))).toEqual([
			['msi/1606', ['1606']],
			['msiexec/1606', ['1606']],
		]);
		// msiexec's 1603 leads a bare 1603 (families.ts, leads).
		expect(items(answerOf(index, '1603'))).toEqual([
			['msiexec/1603', ['1603']],
			['msi/1603', ['1603']],
		]);
	});

	test('text with no code, Chinese-only input and junk are "none"; blank is "blank"', () => {
		for (const q of [
			'安装程序没有响应',
			'没有数字签名',
			'temp folder permissions',
			'?!',
			'。。',
			'eror',
		])
			expect(answerOf(index, q).kind, q).toBe('none');
		for (const q of ['', '   ', '\n\t']) expect(answerOf(index, q).kind, q).toBe('blank');
	});

	test('the chain of every HRESULT_FROM_WIN32 code goes through 0x8007xxxx, as winerror.h defines it', () => {
		// Oracle: HRESULT_FROM_WIN32(x) = 0x80070000 | (x & 0xFFFF), checked against winerror.h's own
		// E_ACCESSDENIED = 0x80070005 (ERROR_ACCESS_DENIED = 5) so the formula is not ours alone.
		const h = parseWinerror();
		expect(h.get('E_ACCESSDENIED')).toBe((0x80070000 | (h.get('ERROR_ACCESS_DENIED') ?? -1)) >>> 0);
		const win32 = rows.filter(
			(r) => (r.family === 'msiexec' || r.family === 'win32') && r.code > 0 && r.code < 0x10000,
		);
		fc.assert(
			fc.property(fc.constantFrom(...win32), (r) => {
				const hr = hexId(0x80070000 | r.code);
				const a = answerOf(index, `Error ${hr}`);
				expect(a.kind === 'found' && a.items.find((i) => i.id === idOf(r))?.chain).toEqual([
					hr,
					String(r.code),
				]);
			}),
			{ numRuns: Math.min(RUNS, 500) },
		);
	});

	test('a long pasted log shows at most MAX_ITEMS answers and every link is a code page', () => {
		const msi = rows.filter((r) => r.family === 'msi' && r.code >= 1000).slice(0, 30);
		const log = msi.map((r) => `Error ${r.code}.`).join('\n');
		const a = answerOf(index, log);
		expect(a.kind === 'found' && a.items.length).toBe(MAX_ITEMS);
		if (a.kind === 'found')
			for (const i of a.items) expect(i.path).toMatch(/^\/errors\/[a-z0-9-]+\/[0-9A-Fx]+\/$/);
	});

	test('families come from families.ts: every family of the index can answer', () => {
		for (const f of FAMILIES) {
			const r = rows.find((x) => x.family === f);
			if (!r) continue;
			const a = answerOf(
				index,
				// A code without a name by its family and number ("shell 127": the id holds the cue).
				r.names.find((n) => n.includes('_')) ?? r.names[0] ?? `${f} ${slugOf(r)}`,
			);
			expect(a.kind === 'found' && a.items.some((i) => i.entry.family === f), f).toBe(true);
		}
	});
});

describe('?q= is capped', () => {
	test('a recognised code is kept as typed; other text is cut to MAX_URL_QUERY characters', () => {
		const log = `MSI (s) (A0:B4) [12:01:02:345]: Note: 1: 2203 2: ${'C:\\x'.repeat(200)} 3: -2147287035`;
		expect(urlQueryOf(log, lookup(index, log))).toBe('2203');
		const text = '安装'.repeat(300);
		const q = urlQueryOf(text, lookup(index, text));
		expect([...q]).toHaveLength(MAX_URL_QUERY);
		// Never cuts a surrogate pair in half.
		const emoji = '😀'.repeat(150);
		expect(urlQueryOf(emoji, lookup(index, emoji))).toBe('😀'.repeat(MAX_URL_QUERY));
	});

	test('property: the URL query is never longer than MAX_URL_QUERY code points', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (s) => {
				expect([...urlQueryOf(s, lookup(index, s))].length).toBeLessThanOrEqual(MAX_URL_QUERY);
			}),
			{ numRuns: Math.min(RUNS, 2000) },
		);
	});
});

describe('linear time on the worst case', () => {
	// The regular expressions the answer runs over input: lookup's NUMBER and WORD, the 0x test and
	// the whitespace collapse of urlQueryOf. Each worst case is a long run that almost matches.
	test.each([
		['digits then a letter', '1'.repeat(100_000) + 'g'],
		['hex prefix runs', '0x'.repeat(50_000)],
		['minus signs', '-'.repeat(100_000) + '1'],
		['name-like run', 'A_'.repeat(50_000)],
		['whitespace run', ' \t'.repeat(50_000) + 'x'],
		['full-width digits', '２'.repeat(100_000)],
	])('%s', (_, input) => {
		expect(bestOf(() => urlQueryOf(input, lookup(index, input)), 5)).toBeLessThan(50);
	});
});
