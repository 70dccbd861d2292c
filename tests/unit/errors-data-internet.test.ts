// The internet family (WinHTTP's and WinINet's errors, 12001–12184), checked against its two pinned
// tables and against what we did not write: the mingw-w64 headers winhttp.h and wininet.h (Debian
// mingw-w64-common), which define each name as WINHTTP_ERROR_BASE / INTERNET_ERROR_BASE + n.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { formsOf, idOf } from '~/lib/errors/codes';
import { buildIndex, lookup } from '~/lib/errors/lookup';
import type { ErrorEntry } from '~/lib/errors/schema';
import { loadEntries, tsv } from '../fixtures/errors/load';

const LEARN = 'https://learn.microsoft.com/en-us/windows/win32/';
const HEADERS = ['winhttp.h', 'wininet.h'].map((h) => `/usr/share/mingw-w64/include/${h}`);

let entries: Map<string, ErrorEntry>;
const internet = () => [...entries.values()].filter((e) => e.family === 'internet');
beforeAll(() => {
	entries = loadEntries();
});

/** NAME → value, from "#define NAME (WINHTTP_ERROR_BASE + n)" and "(INTERNET_ERROR_BASE + n)". */
function header(): Map<string, number> {
	const out = new Map<string, number>();
	for (const file of HEADERS)
		for (const m of readFileSync(file, 'utf8').matchAll(
			/^#define\s+(ERROR_\w+)\s+\((?:WINHTTP|INTERNET)_ERROR_BASE\s*\+\s*(\d+)\)/gm,
		))
			if (!out.has(m[1] ?? '')) out.set(m[1] ?? '', 12000 + Number(m[2]));
	return out;
}

/** The rows of a pinned table for one number, with the Learn page they come from. */
const rowsOf = (table: Record<string, string>[], page: string, code: number) =>
	table
		.filter((r) => Number(r.code) === code)
		.map((r) => ({ name: r.name ?? '', message: r.message ?? '', source: `${LEARN}${page}` }));

describe('entries', () => {
	test('every row of both tables is in its number’s entry, the WinHTTP name and text first', () => {
		const winhttp = tsv('winhttp-errors.tsv');
		const wininet = tsv('wininet-errors.tsv');
		expect([winhttp.length, wininet.length]).toEqual([46, 93]);
		const codes = new Set([...winhttp, ...wininet].map((r) => Number(r.code)));
		expect(internet().map((e) => e.code)).toEqual([...codes].sort((a, b) => a - b));
		expect(internet()).toHaveLength(106);
		for (const e of internet()) {
			const rows = [
				...rowsOf(winhttp, 'winhttp/error-messages', e.code),
				...rowsOf(wininet, 'wininet/wininet-errors', e.code),
			];
			expect(e.names, `${e.code}`).toEqual(rows.map((r) => ({ name: r.name, source: r.source })));
			expect(e.official, `${e.code}`).toEqual(
				rows.map((r) => ({ text: r.message, source: r.source })),
			);
		}
		// 12175: an SSL certificate failure to WinHTTP, a decoding failure to WinINet; both are shown.
		expect(entries.get('internet/12175')?.names.map((n) => n.name)).toEqual([
			'ERROR_WINHTTP_SECURE_FAILURE',
			'ERROR_INTERNET_DECODING_FAILED',
		]);
	});

	test('every name has the value the mingw-w64 headers give it', () => {
		const h = header();
		const missing: string[] = [];
		let checked = 0;
		for (const e of internet())
			for (const { name } of e.names) {
				if (!h.has(name)) missing.push(name);
				else {
					expect(h.get(name), name).toBe(e.code);
					checked++;
				}
			}
		expect(checked).toBeGreaterThanOrEqual(120);
		// What the headers lack is listed, so that a newer header can confirm it.
		expect(missing.length, missing.join(' ')).toBeLessThanOrEqual(20);
	});

	test('no number is in another family (Win32’s table has none in 12000–12999)', () => {
		for (const e of internet())
			for (const f of ['win32', 'msiexec', 'msi'])
				expect(entries.has(`${f}/${e.code}`), `${f}/${e.code}`).toBe(false);
	});
});

describe('lookup, as downloads report these errors', () => {
	test.each([
		// Windows Update, the Store and web installers print the HRESULT form.
		['0x80072EE7', 'internet/12007'],
		['80072ee7', 'internet/12007'],
		['-2147012889', 'internet/12007'],
		['12007', 'internet/12007'],
		['ERROR_WINHTTP_NAME_NOT_RESOLVED', 'internet/12007'],
		['ERROR_INTERNET_NAME_NOT_RESOLVED', 'internet/12007'],
		['0x80072EFD', 'internet/12029'],
		['0x80072F8F', 'internet/12175'],
		['0x80072EE2', 'internet/12002'],
		['Error 0x80072f8f: ERROR_WINHTTP_SECURE_FAILURE', 'internet/12175'],
	])('%j → %s', (q, id) => {
		const index = buildIndex(
			[...entries.values()].map((e) => ({ ...e, names: e.names.map((n) => n.name) })),
		);
		const r = lookup(index, q);
		expect(r.kind === 'found' ? r.matches.map((m) => m.id) : r.kind).toEqual([id]);
	});

	test('the HRESULT form is derived from the number (0x80070000 | 12007)', () => {
		const forms = formsOf({ family: 'internet', code: 12007, names: [] }).map((f) => f.value);
		expect(forms).toEqual(expect.arrayContaining(['12007', '0x2EE7', '0x80072EE7', '-2147012889']));
		expect(idOf({ family: 'internet', code: 12007 })).toBe('internet/12007');
	});
});
