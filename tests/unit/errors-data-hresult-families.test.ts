// The HRESULT families added for issue 12 §3 (winget, Windows Update agent, structured storage),
// checked against their pinned tables and against what we did not write: the tables' own decimal
// columns, and the mingw-w64 headers (winerror.h, wuerror.h; Debian mingw-w64-common 10.0.0-3).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { formsOf } from '~/lib/errors/codes';
import { FAMILY_LIST, familyOf } from '~/lib/errors/families';
import type { ErrorEntry } from '~/lib/errors/schema';
import { SDK_PAGE } from '../../scripts/windows-sdk.mjs';
import { loadEntries, parseWinerror, tsv } from '../fixtures/errors/load';

const WUERROR_H = '/usr/share/mingw-w64/include/wuerror.h';

let entries: Map<string, ErrorEntry>;
const family = (f: ErrorEntry['family']) => [...entries.values()].filter((e) => e.family === f);
const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(8, '0')}`;
beforeAll(() => {
	entries = loadEntries();
});

describe.each([
	// family, pinned table, rows in the table, entries kept (winget drops its two 0x0A15 status rows),
	// entries in all
	['winget', 'winget-return-codes.tsv', 202, 200, 200],
	// windows-update: the WUA pages' 84 codes, the 172 more of the component list and the 214 more of
	// the Windows SDK's wuerror.h (below).
	['windows-update', 'wua-error-codes.tsv', 84, 84, 470],
	['stg', 'stg-error-codes.tsv', 47, 47, 47],
	// com: the generic table's 190 failure rows of facility 0 and 4; its four 0x8007xxxx rows are Win32
	// errors (below) and its two 0x0004xxxx rows are success codes.
	['com', 'com-error-codes-1.tsv', 196, 190, 190],
] as const)('%s', (id, table, rows, kept, total) => {
	test('every failure row of the pinned table is an entry with its name and verbatim text', () => {
		const all = tsv(table);
		expect(all).toHaveLength(rows);
		const [lo, hi] = familyOf(id).range;
		const failures = all.filter((r) => {
			const v = Number.parseInt(r.hex?.slice(2) ?? '', 16);
			return v >= lo && v <= hi;
		});
		expect(failures).toHaveLength(kept);
		expect(family(id)).toHaveLength(total);
		for (const r of failures) {
			const e = entries.get(`${id}/${r.hex}`);
			// (A name and text from the Windows SDK's header follow where it names the code otherwise.)
			const table = (o: { source: string }) => !o.source.startsWith(SDK_PAGE);
			expect(
				e?.names.filter(table).map((n) => n.name),
				r.hex,
			).toEqual([r.symbolic_name]);
			expect(e?.official.filter(table).map((o) => o.text)).toEqual([r.message]);
		}
	});

	test("the table's decimal columns are its hex value, and our derived forms agree with them", () => {
		for (const r of tsv(table)) {
			const v = Number.parseInt(r.hex?.slice(2) ?? '', 16);
			expect(String(v | 0), r.hex).toBe(r.signed_decimal);
			expect(String(v >>> 0), r.hex).toBe(r.unsigned_decimal);
			const e = entries.get(`${id}/${r.hex}`);
			if (!e) continue;
			const forms = formsOf({ family: id, code: e.code, names: [] }).map((f) => f.value);
			expect(forms).toEqual(expect.arrayContaining([r.hex, r.signed_decimal, r.unsigned_decimal]));
		}
	});

	test('names are unique within the family, but one Windows Update name with two values', () => {
		const names = family(id).flatMap((e) => e.names.map((n) => n.name));
		const twice = names.filter((n, i) => names.indexOf(n) !== i);
		// The component list gives WU_E_REDIRECTOR_UNEXPECTED 0x80245FFF, the SDK's header 0x802450FF.
		expect(twice).toEqual(id === 'windows-update' ? ['WU_E_REDIRECTOR_UNEXPECTED'] : []);
	});
});

test("winget: the page's Decimal column is the signed form winget prints (-1978335226 is 0x8A150006)", () => {
	const row = tsv('winget-return-codes.tsv').find((r) => r.hex === '0x8A150006');
	expect(row?.signed_decimal).toBe('-1978335226');
	expect(row?.symbolic_name).toBe('APPINSTALLER_CLI_ERROR_SHELLEXEC_INSTALL_FAILED');
	for (const e of family('winget'))
		expect(e.names[0]?.name).toMatch(
			/^(?:APPINSTALLER_CLI_ERROR|WINGET_CONFIG_ERROR|WINGET_INSTALLED_STATUS)_/,
		);
});

test("windows-update: every WU_E_* name Learn's tables give has the value mingw-w64's wuerror.h defines, but two", () => {
	const header = parseWinerror(readFileSync(WUERROR_H, 'utf8'));
	const wu = family('windows-update');
	let checked = 0;
	const missing: string[] = [];
	const differ: string[] = [];
	for (const e of wu) {
		for (const { name, source } of e.names) {
			expect(name).toMatch(/^WU_E_/);
			// (The Windows SDK's own header is the oracle of its names: errors-data-windows-sdk.test.ts.)
			if (source.startsWith(SDK_PAGE)) continue;
			if (!header.has(name)) missing.push(name);
			else if (header.get(name) !== e.code) differ.push(`${name} ${hex(header.get(name) ?? 0)}`);
			else checked++;
		}
	}
	// Documented by Microsoft but absent from mingw-w64 10's wuerror.h; its value is the table's.
	expect(missing).toEqual(['WU_E_NOTSUPPORTED']);
	expect(entries.get('windows-update/0x80240047')?.names[0]?.name).toBe('WU_E_NOTSUPPORTED');
	// The component list (and an older wuerror.h) give 0x80245FFF, like every other "unexpected" code
	// of a component (0x80246FFF, 0x80248FFF …); mingw-w64's header, like newer SDKs, has 0x802450FF.
	// The entry is the documented value.
	expect(differ).toEqual(['WU_E_REDIRECTOR_UNEXPECTED 0x802450FF']);
	expect(entries.get('windows-update/0x80245FFF')?.names[0]?.name).toBe(
		'WU_E_REDIRECTOR_UNEXPECTED',
	);
	expect(checked).toBe(254);
	expect(entries.get('windows-update/0x80240022')?.names[0]?.name).toBe('WU_E_ALL_UPDATES_FAILED');
});

describe('windows-update: the component list (wu-error-reference.tsv)', () => {
	const PAGE =
		'https://learn.microsoft.com/en-us/windows/deployment/update/windows-update-error-reference';
	const rows = () => tsv('wu-error-reference.tsv');
	const wua = () => new Map(tsv('wua-error-codes.tsv').map((r) => [r.hex, r]));

	test("its decimal columns are its hex value; its sections are the page's anchors", () => {
		expect(rows()).toHaveLength(257);
		for (const r of rows()) {
			const v = Number.parseInt(r.hex?.slice(2) ?? '', 16);
			expect(r.hex, r.hex).toMatch(/^0x[0-9A-F]{8}$/);
			expect(String(v | 0), r.hex).toBe(r.signed_decimal);
			expect(String(v >>> 0), r.hex).toBe(r.unsigned_decimal);
			expect(r.section).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
			expect(r.message?.trim()).toBe(r.message);
		}
	});

	test('a code the WUA pages lack is an entry with its name and text, sourced to its section', () => {
		const known = wua();
		const seen = new Set<string>();
		let added = 0;
		for (const r of rows()) {
			// 0x80243FFF is listed twice: its first section is its source.
			if (!r.hex?.startsWith('0x8024') || known.has(r.hex) || seen.has(r.hex)) continue;
			seen.add(r.hex);
			const e = entries.get(`windows-update/${r.hex}`);
			const source = `${PAGE}#${r.section}`;
			expect(e?.names, r.hex).toEqual([{ name: r.symbolic_name, source }]);
			// One text starts with a stray "9 " (wuerror.h's MessageText has none): quoted without it.
			const text = r.hex === '0x80242000' ? r.message?.replace(/^9 /, '') : r.message;
			expect(e?.official, r.hex).toEqual([{ text, source }]);
			added++;
		}
		expect(added).toBe(172);
		expect(entries.get('windows-update/0x80242000')?.official[0]?.text).toMatch(/^A request /);
	});

	test("a code the WUA pages have keeps their name and text: the names agree, and the page's slips stay out", () => {
		const known = wua();
		const shared = rows().filter((r) => known.has(r.hex ?? ''));
		expect(shared).toHaveLength(76);
		for (const r of shared) {
			const w = known.get(r.hex ?? '');
			expect(r.symbolic_name, r.hex).toBe(w?.symbolic_name);
			const e = entries.get(`windows-update/${r.hex}`);
			expect(e?.official.map((o) => o.text)).toEqual([w?.message]);
		}
		// The component list says 500 and 503 where the WUA page and the names say 501 and 504.
		const says = (hex: string) => rows().find((r) => r.hex === hex)?.message;
		expect(says('0x80244020')).toMatch(/HTTP status 500/);
		expect(entries.get('windows-update/0x80244020')?.names[0]?.name).toBe(
			'WU_E_PT_HTTP_STATUS_NOT_SUPPORTED',
		);
		expect(entries.get('windows-update/0x80244020')?.official[0]?.text).toMatch(/HTTP status 501/);
		expect(says('0x80244023')).toMatch(/HTTP status 503/);
		expect(entries.get('windows-update/0x80244023')?.official[0]?.text).toMatch(/HTTP status 504/);
	});

	test('its success rows are no entries, and a code listed twice is one entry', () => {
		const success = rows().filter((r) => r.hex?.startsWith('0x0024'));
		expect(success.map((r) => r.symbolic_name?.slice(0, 5))).toEqual(Array(8).fill('WU_S_'));
		for (const r of success) expect(entries.has(`windows-update/${r.hex}`)).toBe(false);
		const twice = rows().filter((r) => r.hex === '0x80243FFF');
		expect(twice.map((r) => r.section)).toEqual([
			'automatic-update-errors',
			'windows-update-ui-errors',
		]);
		expect(new Set(twice.map((r) => r.message)).size).toBe(1);
		expect(entries.get('windows-update/0x80243FFF')?.official).toHaveLength(1);
	});

	test("the family's intro names each component by its prefix and range, as the data has them", () => {
		const wu = family('windows-update');
		const name = (e: ErrorEntry) => e.names[0]?.name ?? '';
		const range = (e: ErrorEntry) => hex(e.code).slice(0, 7);
		for (const lang of ['en', 'zh-CN']) {
			const intro = (
				JSON.parse(readFileSync(`src/i18n/${lang}/errors.json`, 'utf8')) as Record<string, string>
			)['kb.family.windows-update.intro'];
			// "WU_E_DM_* (0x80246xxx)": every code of the prefix is in the range, and every code of the
			// range has the prefix.
			for (const [prefix, r] of [
				['WU_E_DM_', '0x80246'],
				['WU_E_UH_', '0x80242'],
				['WU_E_DS_', '0x80248'],
			] as const) {
				expect(intro, lang).toMatch(new RegExp(`${prefix}\\*[ （(]+${r}xxx`));
				for (const e of wu)
					expect(name(e).startsWith(prefix), `${name(e)} ${hex(e.code)}`).toBe(range(e) === r);
			}
			// "WU_E_PT_* … (most are 0x80244xxx)"
			expect(intro, lang).toContain('WU_E_PT_*');
			expect(intro, lang).toContain('0x80244xxx');
			const pt = wu.filter((e) => name(e).startsWith('WU_E_PT_'));
			expect(pt.filter((e) => range(e) === '0x80244').length).toBeGreaterThan(pt.length / 2);
			// "the 0x8024Dxxx codes from updating the agent itself": all are WU_E_SETUP_* or
			// WU_E_SELFUPDATE_*.
			expect(intro, lang).toContain('0x8024Dxxx');
			const d = wu.filter((e) => range(e) === '0x8024D');
			expect(d.length).toBeGreaterThan(0);
			for (const e of d) expect(name(e)).toMatch(/^WU_E_(?:SETUP|SELFUPDATE)_/);
		}
	});
});

test('stg: every STG_E_* name has the value winerror.h defines; the codes MSI logs show are there', () => {
	const header = parseWinerror();
	for (const e of family('stg')) {
		for (const { name } of e.names) expect(hex(header.get(name) ?? 0), name).toBe(hex(e.code));
	}
	for (const [code, name] of [
		['0x80030002', 'STG_E_FILENOTFOUND'],
		['0x80030003', 'STG_E_PATHNOTFOUND'],
		['0x80030005', 'STG_E_ACCESSDENIED'],
		['0x80030050', 'STG_E_FILEALREADYEXISTS'],
		['0x80030070', 'STG_E_MEDIUMFULL'],
	]) {
		expect(entries.get(`stg/${code}`)?.names[0]?.name).toBe(name);
	}
	// The signed form MSI logs print for an access-denied storage open (see the msi/2503 note).
	expect(formsOf({ family: 'stg', code: 0x80030005, names: [] }).map((f) => f.value)).toContain(
		'-2147287035',
	);
});

test('sspi: every SEC_E_* name has the value winerror.h defines; Schannel’s TLS codes are there', () => {
	const header = parseWinerror();
	const d = family('sspi');
	expect(d).toHaveLength(tsv('sspi-hresults.tsv').length);
	for (const e of d) {
		for (const { name } of e.names) {
			expect(name).toMatch(/^SEC_E_/);
			expect(hex(header.get(name) ?? 0), name).toBe(hex(e.code));
		}
	}
	for (const [code, name] of [
		['0x80090325', 'SEC_E_UNTRUSTED_ROOT'],
		['0x80090326', 'SEC_E_ILLEGAL_MESSAGE'],
		['0x80090322', 'SEC_E_WRONG_PRINCIPAL'],
		['0x80090328', 'SEC_E_CERT_EXPIRED'],
		['0x80090331', 'SEC_E_ALGORITHM_MISMATCH'],
	]) {
		expect(entries.get(`sspi/${code}`)?.names[0]?.name).toBe(name);
	}
});

test('com: every name winerror.h has carries its value; the 20 it lacks are the Windows Runtime codes newer than mingw-w64', () => {
	const header = parseWinerror();
	const missing: string[] = [];
	let checked = 0;
	for (const e of family('com')) {
		for (const { name } of e.names) {
			if (!header.has(name)) missing.push(`${hex(e.code)} ${name}`);
			else {
				expect(hex(header.get(name) ?? 0), name).toBe(hex(e.code));
				checked++;
			}
		}
	}
	expect(checked).toBe(170);
	expect(missing).toHaveLength(20);
	// E_BOUNDS … RO_E_COMMITTED: WinRT (roerrorapi) codes, 0x8000000B-0x80000023, all facility 0.
	for (const m of missing) expect(m).toMatch(/^0x800000[0-2][0-9A-F] (?:E|RO_E)_[A-Z_]+$/);
	for (const [code, name, text] of [
		['0x80004005', 'E_FAIL', 'Unspecified error'],
		['0x8000FFFF', 'E_UNEXPECTED', 'Catastrophic failure'],
		['0x80004001', 'E_NOTIMPL', 'Not implemented'],
		['0x80040154', 'REGDB_E_CLASSNOTREG', 'Class not registered'],
	]) {
		expect(entries.get(`com/${code}`)?.names[0]?.name).toBe(name);
		expect(entries.get(`com/${code}`)?.official[0]?.text).toBe(text);
	}
	expect(formsOf({ family: 'com', code: 0x80004005, names: [] }).map((f) => f.value)).toEqual(
		expect.arrayContaining(['0x80004005', '-2147467259', '2147500037']),
	);
});

test("com: the table's 0x8007xxxx rows are second names of the Win32 entries they wrap, with winerror.h's value", () => {
	const header = parseWinerror();
	const wrapped = tsv('com-error-codes-1.tsv').filter((r) => r.hex?.startsWith('0x8007'));
	expect(wrapped.map((r) => r.symbolic_name).sort()).toEqual([
		'E_ACCESSDENIED',
		'E_HANDLE',
		'E_INVALIDARG',
		'E_OUTOFMEMORY',
	]);
	for (const r of wrapped) {
		const name = r.symbolic_name ?? '';
		const code = Number.parseInt(r.hex?.slice(6) ?? '', 16);
		// HRESULT_FROM_WIN32(code) = 0x80070000 | code, the value the header gives the name.
		expect(hex(header.get(name) ?? 0), name).toBe(hex((0x80070000 | code) >>> 0));
		const holders = [...entries.values()].filter((e) => e.names.some((n) => n.name === name));
		expect(
			holders.map((e) => `${e.family}/${e.code}`),
			name,
		).toEqual([`${code === 87 ? 'msiexec' : 'win32'}/${code}`]);
		expect(holders[0]?.names[0]?.name, name).toMatch(/^ERROR_/);
	}
});

test('the published JSON schema names every family, and only those', async () => {
	const { FAMILIES } = await import('~/lib/errors/families');
	const schema = JSON.parse(
		readFileSync(new URL('../../schemas/error-code.v1.json', import.meta.url), 'utf8'),
	) as { $defs: { family: { enum: string[] } } };
	expect(schema.$defs.family.enum).toEqual([...FAMILIES]);
});

test("a family's table credits every page its codes' texts come from (its source, or alsoFrom)", () => {
	// The System Error Codes page is credited for its range pages (system-error-codes--0-499- …).
	const page = (url: string) =>
		url.split('#')[0]?.replace(/(\/debug\/system-error-codes)--\d+-\d+-$/, '$1') ?? url;
	let pages = 0;
	for (const f of FAMILY_LIST) {
		const credited = new Set([f.source.url, ...(familyOf(f.id).alsoFrom ?? [])].map(page));
		const used = new Set(
			[...entries.values()]
				.filter((e) => e.family === f.id)
				.flatMap((e) => e.official.map((o) => page(o.source))),
		);
		for (const u of used) expect(credited.has(u), `${f.id}: ${u}`).toBe(true);
		// And nothing is credited that gives no text.
		for (const u of credited) expect(used.has(u), `${f.id} credits ${u}`).toBe(true);
		pages += used.size;
	}
	expect(pages).toBe(44);
});
