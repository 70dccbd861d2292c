import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { idOf } from '~/lib/errors/codes';
import type { ErrorEntry } from '~/lib/errors/schema';
import { fixtureCodes, loadEntries, parseWinerror, tsv, WINERROR_H } from '../fixtures/errors/load';

let entries: Map<string, ErrorEntry>;
let winerror: Map<string, number>;
const family = (f: ErrorEntry['family']) => [...entries.values()].filter((e) => e.family === f);
beforeAll(() => {
	entries = loadEntries();
	winerror = parseWinerror();
});

describe('data files', () => {
	test('every key is the id derived from the entry', () => {
		for (const [id, e] of entries) expect(idOf(e)).toBe(id);
	});

	test('Windows Installer messages match the pinned code list of the official table', () => {
		const codes = family('msi').map((e) => e.code);
		expect(codes.length).toBe(544);
		expect(codes.sort((a, b) => a - b)).toEqual(fixtureCodes().sort((a, b) => a - b));
		expect(codes.filter((c) => c < 2000)).toHaveLength(148);
	});

	test('Windows Installer message texts are the official ones, verbatim; 1935 keeps both rows', () => {
		for (const row of tsv('msi-error-messages.tsv')) {
			const e = entries.get(`msi/${row.code}`);
			expect(
				e?.official.map((o) => o.text),
				row.code,
			).toEqual(row.message?.split(' || '));
		}
		expect(entries.get('msi/1935')?.official).toHaveLength(2);
	});

	test('every MsiExec exit code row is present with its ERROR_* name and text', () => {
		const rows = tsv('msiexec-exit-codes.tsv');
		expect(rows).toHaveLength(59);
		expect(family('msiexec')).toHaveLength(59);
		for (const row of rows) {
			const e = entries.get(`msiexec/${row.code}`);
			expect(e?.names[0]?.name, row.code).toBe(row.constant);
			expect(e?.official[0]?.text).toBe(row.description);
		}
	});

	test('MsiInstaller events are the Event Logging table rows below 10000, texts verbatim', () => {
		const rows = tsv('msi-events.tsv');
		expect(rows).toHaveLength(36);
		expect(family('msi-event').map((e) => e.code)).toEqual(rows.map((r) => Number(r.event_id)));
		for (const row of rows) {
			const e = entries.get(`msi-event/${row.event_id}`);
			expect(
				e?.official.map((o) => [o.text, o.remarks]),
				row.event_id,
			).toEqual([[row.message, row.remarks]]);
		}
		// 10000 + a message number is the msi family's reading (11708 is message 1708), not an entry here.
		expect(family('msi-event').every((e) => e.code < 10000)).toBe(true);
		expect(entries.get('msi-event/1033')?.official[0]?.text).toBe(
			'Product: %1. Version: %2. Language: %3. Installation completed with status: %4. Manufacturer: %5.',
		);
	});

	test('1653 shows both names, each with its own Microsoft page', () => {
		const e = entries.get('msiexec/1653');
		expect(e?.names.map((n) => [n.name, n.source.split('/').at(-1)])).toEqual([
			['ERROR_ROLLBACK_DISABLED', 'error-codes'],
			['ERROR_FAIL_FAST_EXCEPTION', 'system-error-codes--1300-1699-'],
		]);
	});

	test('SignTool, systemctl status and journald families are complete', () => {
		expect(family('signtool').map((e) => e.code)).toEqual([0, 1, 2]);
		expect(family('systemctl').map((e) => e.code)).toEqual([0, 1, 2, 3, 4]);
		expect(family('journald').map((e) => e.names[0]?.name)).toEqual([
			'emerg',
			'alert',
			'crit',
			'err',
			'warning',
			'notice',
			'info',
			'debug',
		]);
	});

	test('related ids point at existing entries', () => {
		for (const [id, e] of entries)
			for (const r of e.related) expect(entries.has(r), `${id} → ${r}`).toBe(true);
	});
});

describe('names and values against winerror.h', () => {
	test('the header is the pinned one', () => {
		expect(existsSync(WINERROR_H)).toBe(true);
		expect(winerror.get('ERROR_INSTALL_REMOTE_PROHIBITED')).toBe(1645);
	});

	test('every HRESULT name has exactly the value winerror.h defines', () => {
		const hresults = family('hresult');
		expect(hresults.length).toBeGreaterThanOrEqual(40);
		for (const e of hresults) {
			for (const { name } of e.names) expect(winerror.get(name), name).toBe(e.code);
		}
		for (const id of [
			'0x800B0100',
			'0x800B0101',
			'0x80096004',
			'0x800B0109',
			'0x800B010A',
			'0x80096010',
			'0x800B010C',
		]) {
			expect(entries.has(`hresult/${id}`), id).toBe(true);
		}
		const prefixes = new Set(hresults.flatMap((e) => e.names.map((n) => n.name.split('_E_')[0])));
		expect([...prefixes].sort()).toEqual(expect.arrayContaining(['CERT', 'CRYPT', 'TRUST']));
	});

	test('every ERROR_* name matches winerror.h; 1646–1654 (absent from mingw) match the reference table instead', () => {
		const docsOnly = new Map(
			[...tsv('win32-system-errors.tsv'), ...tsv('msiexec-exit-codes.tsv')].flatMap((r) => [
				[r.name ?? r.constant ?? '', Number(r.code)],
			]),
		);
		let checkedInHeader = 0;
		let checkedInTable = 0;
		for (const e of family('msiexec')) {
			for (const { name } of e.names) {
				// E_INVALIDARG (87): the HRESULT of the same error, 0x80070057 in the header (com test).
				if (name.startsWith('E_')) {
					expect(winerror.get(name), name).toBe((0x80070000 | e.code) >>> 0);
					continue;
				}
				if (winerror.has(name)) {
					expect(winerror.get(name), name).toBe(e.code);
					checkedInHeader++;
				} else {
					expect(e.code, `${name} missing from winerror.h`).toBeGreaterThanOrEqual(1646);
					expect(e.code).toBeLessThanOrEqual(1654);
					expect(docsOnly.get(name), name).toBe(e.code);
					checkedInTable++;
				}
			}
		}
		expect(checkedInHeader).toBe(50);
		expect(checkedInTable).toBe(10);
	});
});

describe('Linux families against the installed man pages (systemd 252)', () => {
	const man = (page: string) =>
		execFileSync('sh', ['-c', `zcat /usr/share/man/man1/${page}.1.gz`], { encoding: 'utf8' });

	test('journald priorities are the levels journalctl(1) lists, in order', () => {
		const text = man('journalctl');
		// roff source: "emerg"\ \&(0),
		const listed = [...text.matchAll(/"([a-z]+)"\\ \\&\((\d)\)/g)].map((m) => [Number(m[2]), m[1]]);
		const ours = family('journald').map((e) => [e.code, e.names[0]?.name]);
		expect(listed.length).toBeGreaterThanOrEqual(8);
		expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(ours));
	});

	test('systemctl LSB descriptions appear in systemctl(1)', () => {
		const text = man('systemctl').replace(/\\\*\(lq|\\\*\(rq|\\(?:\(lq|\(rq)/g, '"');
		for (const e of family('systemctl')) {
			const words = e.official[0]?.text ?? '';
			expect(text.replace(/\s+/g, ' '), words).toContain(words.replace(/\//g, '/'));
		}
	});
});

describe('hand-written notes', () => {
	// The 30 codes the issue names; each needs its own causes and fixes in both languages.
	const required = [
		'msi/2502',
		'msi/2503',
		'msiexec/1603',
		'msiexec/1618',
		'msiexec/1619',
		'msiexec/1620',
		'msiexec/1625',
		'msiexec/1633',
		'msiexec/1638',
		'msiexec/1639',
		'msiexec/1601',
		'msiexec/1602',
		'msiexec/1605',
		'msiexec/1612',
		'msiexec/1642',
		'msiexec/1643',
		'msi/1722',
		'msi/1721',
		'msi/1920',
		'msi/1935',
		'msi/2203',
		'msi/2755',
		'msiexec/3010',
		'msiexec/1641',
		'hresult/0x800B0100',
		'hresult/0x800B0101',
		'hresult/0x800B0109',
		'hresult/0x800B010A',
		'hresult/0x80096010',
		'hresult/0x800B010C',
	];
	test.each(required)('%s has a summary, causes (unless it means success) and fixes', (id) => {
		const e = entries.get(id);
		expect(e?.summary?.['zh-CN']).toBeTruthy();
		if (e?.outcome !== 'success') expect(e?.causes.length).toBeGreaterThan(0);
		expect(e?.fixes.length).toBeGreaterThan(0);
	});

	test('3010, 1641 and 0 are marked as success; 2503/2502 point at each other and 1603', () => {
		expect(
			['msiexec/0', 'msiexec/3010', 'msiexec/1641'].map((id) => entries.get(id)?.outcome),
		).toEqual(['success', 'success', 'success']);
		expect(entries.get('msi/2503')?.related).toEqual(
			expect.arrayContaining(['msi/2502', 'msiexec/1603']),
		);
		expect(entries.get('msi/2502')?.related).toEqual(
			expect.arrayContaining(['msi/2503', 'msiexec/1603']),
		);
	});

	test('the 2503 notes carry the real log signature and the net helpmsg trap', () => {
		const text = JSON.stringify(entries.get('msi/2503'));
		for (const s of [
			'inprogressinstallinfo.ipi',
			'-2147287035',
			'STG_E_ACCESSDENIED',
			'net helpmsg 2503',
		]) {
			expect(text).toContain(s);
		}
		// -2147287035 really is STG_E_ACCESSDENIED as a signed 32-bit number.
		expect((winerror.get('STG_E_ACCESSDENIED') ?? 0) | 0).toBe(-2147287035);
	});
});
