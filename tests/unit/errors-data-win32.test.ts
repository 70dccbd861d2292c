// The Win32 system error family (issue 12 §3), checked against its pinned table (System Error Codes,
// ten Learn range pages) and against what we did not write: the table's own hex column and the
// mingw-w64 winerror.h (Debian mingw-w64-common 10.0.0-3), which is older than the Learn pages.
import { beforeAll, describe, expect, test } from 'vitest';
import { formsOf } from '~/lib/errors/codes';
import type { ErrorEntry } from '~/lib/errors/schema';
import { loadEntries, parseWinerror, tsv } from '../fixtures/errors/load';

const TABLE = 'win32-system-errors.tsv';
const LEARN = 'https://learn.microsoft.com/en-us/windows/win32/debug/';
const COM1 = 'https://learn.microsoft.com/en-us/windows/win32/com/com-error-codes-1';
const PAGES = [
	'0-499',
	'500-999',
	'1000-1299',
	'1300-1699',
	'1700-3999',
	'4000-5999',
	'6000-8199',
	'8200-8999',
	'9000-11999',
	'12000-15999',
].map((r) => `system-error-codes--${r}-`);

let entries: Map<string, ErrorEntry>;
let rows: Record<string, string>[];
const family = (f: ErrorEntry['family']) => [...entries.values()].filter((e) => e.family === f);
beforeAll(() => {
	entries = loadEntries();
	rows = tsv(TABLE);
});

describe('the pinned System Error Codes table', () => {
	test('2,745 rows, one per value and per name, each on the range page that holds its value', () => {
		expect(rows).toHaveLength(2745);
		expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
		expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
		for (const r of rows) {
			const code = Number(r.code);
			// The hex column is the page's own "N (0xH)" line: it must be the same number.
			expect(r.hex, r.name).toBe(`0x${code.toString(16).toUpperCase()}`);
			const [lo, hi] = (/--(\d+)-(\d+)-$/.exec(r.page ?? '') ?? []).slice(1).map(Number);
			expect(PAGES, r.name).toContain(r.page);
			expect(code >= (lo ?? -1) && code <= (hi ?? -1), `${r.name} on ${r.page}`).toBe(true);
			expect(r.message, r.name).not.toBe('');
		}
	});

	test('names are kept exactly as published, including the ones that are not ERROR_*', () => {
		const byName = new Map(rows.map((r) => [r.name, Number(r.code)]));
		expect(byName.get('WAIT_TIMEOUT')).toBe(258);
		expect(byName.get('RPC_S_SERVER_UNAVAILABLE')).toBe(1722);
		expect(byName.get('EPT_S_NOT_REGISTERED')).toBe(1753);
		expect(byName.get('ERROR_ITERATED_DATA_EXCEEDS_64k')).toBe(194);
		for (const r of rows) expect(r.name, r.code).toMatch(/^[A-Z][A-Za-z0-9_]*$/);
	});
});

describe('entries', () => {
	test('every row is a win32 entry, or an msiexec entry with the same name and value', () => {
		let win32 = 0;
		let msiexec = 0;
		for (const r of rows) {
			const source = `${LEARN}${r.page}`;
			const w = entries.get(`win32/${r.code}`);
			const m = entries.get(`msiexec/${r.code}`);
			expect(Boolean(w) !== Boolean(m), `${r.code} is in exactly one family`).toBe(true);
			if (w) {
				// The generic COM table's 0x8007xxxx rows (E_ACCESSDENIED …) name the Win32 error they wrap.
				const com = tsv('com-error-codes-1.tsv')
					.filter(
						(c) =>
							c.hex?.startsWith('0x8007') && Number.parseInt(c.hex.slice(6), 16) === Number(r.code),
					)
					.map((c) => ({ name: c.symbolic_name, source: COM1 }));
				expect(w.names).toEqual([{ name: r.name, source }, ...com]);
				expect(w.official).toEqual([{ text: r.message, source }]);
				win32++;
			} else {
				expect(m?.names.map((n) => n.name)).toContain(r.name);
				expect(m?.official).toContainEqual({ text: r.message, source });
				msiexec++;
			}
		}
		expect(win32).toBe(2686);
		expect(msiexec).toBe(59);
		expect(family('win32')).toHaveLength(2686);
	});

	test("win32/5 is written 5, 0x5, 0x80070005, -2147024891 and ERROR_ACCESS_DENIED; 0 is msiexec's", () => {
		const e = entries.get('win32/5');
		expect(e?.official[0]?.text).toBe('Access is denied.');
		const forms = formsOf({ family: 'win32', code: 5, names: ['ERROR_ACCESS_DENIED'] });
		expect(forms.map((f) => f.value)).toEqual([
			'5',
			'0x5',
			'0x80070005',
			'-2147024891',
			'ERROR_ACCESS_DENIED',
		]);
		expect(entries.has('win32/0')).toBe(false);
		expect(entries.get('msiexec/0')?.names[0]?.name).toBe('ERROR_SUCCESS');
	});
});

describe('names and values against winerror.h', () => {
	test('every name the header defines has its value; exactly 752 (newer than mingw 10) are absent', () => {
		const header = parseWinerror();
		const absent: string[] = [];
		let agree = 0;
		for (const r of rows) {
			const name = r.name ?? '';
			if (!header.has(name)) absent.push(name);
			else {
				expect(header.get(name), name).toBe(Number(r.code));
				agree++;
			}
		}
		// A wrong extraction (a lost row, a name read with its markdown escapes) changes these counts.
		expect(agree).toBe(1993);
		expect(absent).toHaveLength(752);
		// The lowercase-k names are in the header too (the parser reads lowercase letters).
		expect(header.get('ERROR_ITERATED_DATA_EXCEEDS_64k')).toBe(194);
		expect(header.get('ERROR_AUTODATASEG_EXCEEDS_64k')).toBe(199);
	});

	test("ERROR_IPSEC_IKE_NEG_STATUS_END: the header's commented-out old value is not read", () => {
		// mingw's winerror.h notes that MSDN moved this range-end marker from 13884 to 13897, keeps
		// the old define commented out and defines the Learn value; both agree with the table.
		const header = parseWinerror();
		expect(header.get('ERROR_IPSEC_IKE_NEG_STATUS_END')).toBe(13897);
		expect(header.get('ERROR_IPSEC_IKE_QM_LIMIT')).toBe(13884);
		expect(entries.get('win32/13897')?.names[0]?.name).toBe('ERROR_IPSEC_IKE_NEG_STATUS_END');
		expect(
			parseWinerror('/*#define ERROR_X __MSABI_LONG(1)*/\n#define ERROR_X __MSABI_LONG(2)\n'),
		).toEqual(new Map([['ERROR_X', 2]]));
	});
});

describe('hand-written notes for the codes installs and services hit', () => {
	const noted = [2, 3, 5, 32, 112, 193, 1053, 1058, 1069, 1073, 1223, 1314, 1392];
	test.each(noted)(
		'win32/%i has a summary, causes and fixes in both languages, with sources',
		(c) => {
			const e = entries.get(`win32/${c}`);
			for (const p of [e?.summary, ...(e?.causes ?? []), ...(e?.fixes ?? [])]) {
				expect(p?.en, `win32/${c}`).toBeTruthy();
				expect(p?.['zh-CN'], `win32/${c}`).toMatch(/[\u4e00-\u9fff]/);
			}
			expect(e?.causes.length).toBeGreaterThan(0);
			expect(e?.fixes.length).toBeGreaterThan(0);
			// The code's own range page is always among the sources.
			expect(e?.sources.map((s) => s.url)).toContain(e?.official[0]?.source);
		},
	);

	test('the service errors and the Windows Installer service messages point at each other', () => {
		for (const id of ['win32/1053', 'win32/1058', 'win32/1069'])
			expect(entries.get('msi/1920')?.related, id).toContain(id);
		expect(entries.get('msi/1923')?.related).toContain('win32/1073');
		expect(entries.get('win32/1073')?.related).toContain('msi/1923');
		expect(entries.get('win32/1053')?.related).toContain('msi/1920');
		expect(entries.get('msiexec/1612')?.related).toEqual(
			expect.arrayContaining(['win32/2', 'win32/3']),
		);
		expect(entries.get('msiexec/1602')?.related).toContain('win32/1223');
	});
});
