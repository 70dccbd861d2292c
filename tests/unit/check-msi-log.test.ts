import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readLogBytes } from '~/lib/checkers/log-reader';
import type { ReadResult } from '~/lib/checkers/log-reader';
import { analyzeMsiLog, asHresult, parseCommandLine, splitNoteArgs } from '~/lib/checkers/msi-log';
import type { MsiLogReport } from '~/lib/checkers/msi-log';
import { argHresults, hints, kbPath, summarize } from '~/lib/checkers/msi-log-summary';
import { parseCmd, parseMsiexec } from '~/lib/shell';

const dir = new URL('../fixtures/logs/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
function read(name: string, chunk?: number): MsiLogReport {
	const r: ReadResult = readLogBytes(bytes(name), chunk);
	if (!r.ok) throw new Error(`${name}: ${r.reason}`);
	return r.report;
}
const codes = (r: MsiLogReport, kind?: string) =>
	r.errors.filter((e) => !kind || e.kind === kind).map((e) => e.code);

describe('success.txt', () => {
	const r = read('success.txt');
	test('outcome, exit code and product', () => {
		expect(r.outcome).toBe('success');
		expect(r.exitCode).toBe(0);
		expect(r.status?.code).toBe(0);
		expect(r.truncated).toBe(false);
		expect(r.firstFailure).toBeUndefined();
		expect(r.product).toEqual({
			code: '{6E4C5B3A-9D8F-4C1E-8A2B-3F7D1E0C9B4A}',
			name: 'Go Programming Language amd64 go1.23.5',
			version: '1.23.5',
			manufacturer: 'https://go.dev',
			language: '1033',
		});
		expect(summarize(r)).toMatchObject({
			kind: 'success',
			reboot: false,
			exit: { code: '0', name: 'ERROR_SUCCESS' },
		});
		expect(hints(r)).toEqual([]);
	});
	test('elevation from the server side', () => {
		expect(r.elevation.verdict).toBe('elevated');
		expect(r.elevation.properties).toMatchObject({
			Privileged: '1',
			AdminUser: '1',
			MsiRunningElevated: '1',
		});
		expect(r.elevation.clientLines).toBeGreaterThan(5);
		expect(r.elevation.serverLines).toBeGreaterThan(20);
	});
	test('command line keeps an unquoted value with spaces whole', () => {
		expect(r.commandLine?.properties.slice(0, 2)).toEqual([
			{ name: 'INSTALLDIR', value: 'C:\\Program Files\\Go' },
			{ name: 'ALLUSERS', value: '1' },
		]);
	});
	test('notes are kept with their arguments, never as the primary error', () => {
		expect(codes(r, 'note')).toEqual([2205, 2205, 2265]);
		expect(r.primary).toBeUndefined();
	});
});

describe('fail-2503.txt: the Go MSI signature', () => {
	const r = read('fail-2503.txt');
	test('first Return value 3 and its action', () => {
		expect(r.firstFailure).toMatchObject({ action: 'InstallFinalize', time: '14:07:55' });
		expect(r.primary?.code).toBe(2503);
		expect(codes(r)).toEqual([2503, 2203, 2502]);
		expect(r.engineReturns.map((e) => [e.side, e.code])).toEqual([
			['s', 1603],
			['c', 1603],
		]);
	});
	test('summary names the action, the message and the exit code', () => {
		const s = summarize(r);
		expect(s).toEqual({
			kind: 'failure',
			action: 'InstallFinalize',
			error: { family: 'msi', code: '2503', text: 'Called RunScript when not marked in progress.' },
			exit: {
				family: 'msiexec',
				code: '1603',
				name: 'ERROR_INSTALL_FAILURE',
				text: 'A fatal error occurred during installation.',
			},
		});
		if (s.kind === 'failure' && s.error) expect(kbPath(s.error)).toBe('/errors/msi/2503/');
	});
	test('Note 2203 carries STG_E_ACCESSDENIED as a decimal HRESULT', () => {
		const note = r.errors.find((e) => e.code === 2203)!;
		expect(note.args).toEqual(['C:\\WINDOWS\\Installer\\inprogressinstallinfo.ipi', '-2147287035']);
		expect(argHresults(note)).toEqual([{ family: 'hresult', code: '0x80030005' }]);
	});
	test('not elevated, and the hints say elevate then check Temp ACLs', () => {
		expect(r.elevation.verdict).toBe('not-elevated');
		const h = hints(r);
		expect(h.map((x) => x.id)).toEqual(['elevate', 'temp-acl']);
		// Rendered by the msiexec generator; cmd's own parser (shell module) reads back the argv.
		const argv = parseMsiexec(parseCmd(h[0]!.command!.split('\n')[0]!));
		expect(argv).toEqual([
			'start',
			'/wait',
			'msiexec',
			'/i',
			'C:\\Users\\li\\Downloads\\go1.23.5.windows-amd64.msi',
			'/l*v',
			'%TEMP%\\msi-install.log',
		]);
	});
	test('context is the lines before and after the failing action, as text', () => {
		const ended = r.context.find((l) =>
			l.text.startsWith('Action ended 14:07:55: InstallFinalize'),
		);
		expect(ended?.n).toBe(r.firstFailure?.n);
		expect(r.context.some((l) => l.text.includes('Error 2503'))).toBe(true);
		expect(r.context.at(-1)!.n - r.firstFailure!.n).toBe(6);
	});
});

test('another-install-1618.txt: mutex, error 1500, exit 1618', () => {
	const r = read('another-install-1618.txt');
	expect(r.firstFailure).toBeUndefined();
	expect(r.exitCode).toBe(1618);
	expect(r.primary?.code).toBe(1500);
	expect(r.packagePath).toBe('C:\\Temp\\tool-setup.msi');
	expect(summarize(r)).toMatchObject({
		kind: 'failure',
		error: { code: '1500' },
		exit: { code: '1618', name: 'ERROR_INSTALL_ALREADY_RUNNING' },
	});
	expect(hints(r).map((h) => h.id)).toEqual(['another-install']);
	expect(r.context.some((l) => l.text.includes('Failed to grab execution mutex'))).toBe(true);
});

test('privileges-1925.txt: 1925 in InstallInitialize, run with user privileges', () => {
	const r = read('privileges-1925.txt');
	expect(r.firstFailure?.action).toBe('InstallInitialize');
	expect(r.primary?.code).toBe(1925);
	// The "Product: X -- Error 1925." line and the bare echo fold into one finding.
	expect(r.errors).toHaveLength(1);
	expect(r.errors[0]!.count).toBe(2);
	expect(r.elevation.verdict).toBe('not-elevated');
	expect(r.commandLine?.properties[1]).toEqual({
		name: 'INSTALLFOLDER',
		value: 'C:\\Program Files\\DataTool',
	});
	expect(hints(r).map((h) => h.id)).toEqual(['elevate']);
});

test('custom-action.txt: deferred custom action fails with 1722', () => {
	const r = read('custom-action.txt');
	expect(r.failedCustomActions.map((c) => c.name)).toEqual(['CA_RegisterAgent']);
	expect(r.primary?.code).toBe(1722);
	expect(summarize(r)).toMatchObject({
		kind: 'failure',
		action: 'InstallFinalize',
		customAction: 'CA_RegisterAgent',
		error: { code: '1722' },
	});
	expect(r.commandLine?.properties.find((p) => p.name === 'TOKEN')?.value).toBe('abc def');
	// ScheduleReboot ran before the failure: the request is recorded, but a failed install gets no reboot hint.
	expect(r.reboot.requested).toBe(true);
	expect(hints(r).map((h) => h.id)).toEqual(['custom-action', 'custom-action-log']);
});

test('a custom action ending with Return value 3 is listed with its error code', () => {
	const log = [
		'Action start 10:00:00: CA_Check.',
		'MSI (s) (AA:BB) [10:00:00:001]: CustomAction CA_Check returned actual error code 1603 (note this may not be 100% accurate if translation happened inside sandbox)',
		'Action ended 10:00:00: CA_Check. Return value 3.',
	].join('\r\n');
	const r = analyzeMsiLog(log);
	expect(r.firstFailure?.action).toBe('CA_Check');
	expect(r.failedCustomActions).toMatchObject([{ name: 'CA_Check', n: 2, code: 1603 }]);
	expect(r.outcome).toBe('failure');
});

test('truncated.txt: stops after Error 2503, no exit code', () => {
	const r = read('truncated.txt');
	expect(r.truncated).toBe(true);
	expect(r.exitCode).toBeUndefined();
	expect(r.primary?.code).toBe(2503);
	expect(summarize(r)).toMatchObject({ kind: 'failure', error: { code: '2503' } });
	expect(hints(r).map((h) => h.id)).toContain('truncated');
});

test('UTF-16 LE with BOM and CRLF gives the same findings as the UTF-8 file', () => {
	const r = readLogBytes(bytes('utf16le-bom-2503.txt'), 4097);
	expect(r.ok && r.encoding).toBe('utf-16le');
	expect(r.ok && summarize(r.report)).toEqual(summarize(read('fail-2503.txt')));
	expect(r.ok && r.report.context.map((l) => l.text)).toEqual(
		read('fail-2503.txt').context.map((l) => l.text),
	);
});

test('UTF-16 LE without BOM is detected', () => {
	const r = readLogBytes(bytes('utf16le-nobom-success.txt'));
	expect(r.ok && r.encoding).toBe('utf-16le');
	expect(r.ok && r.report.outcome).toBe('success');
});

test('reboot: status 3010 is success with a reboot hint', () => {
	const r = analyzeMsiLog(
		'MSI (s) (1:2) [1:2:3:4]: Windows Installer requires a system restart. Product Name: X.\nMSI (s) (1:2) [1:2:3:4]: Windows Installer installed the product. Product Name: X. Product Version: 1. Product Language: 1033. Manufacturer: Y. Installation success or error status: 3010.\n',
	);
	expect(r.outcome).toBe('success');
	expect(r.reboot.evidence.map((l) => l.n)).toEqual([1, 2]);
	expect(summarize(r)).toMatchObject({
		kind: 'success',
		reboot: true,
		exit: { name: 'ERROR_SUCCESS_REBOOT_REQUIRED' },
	});
	expect(hints(r).map((h) => h.id)).toEqual(['reboot']);
});

test('text that is not a log is recognised as such', () => {
	expect(summarize(analyzeMsiLog('hello\nworld\n'))).toEqual({ kind: 'not-a-log' });
});

describe('bytes that are not a log', () => {
	test.each([
		['empty', new Uint8Array(0), 'empty', undefined],
		[
			'an .msi (OLE compound file)',
			Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
			'binary',
			'msi',
		],
		['an .exe', Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), 'binary', 'exe'],
		[
			'random control bytes',
			Uint8Array.from({ length: 600 }, (_, i) => (i * 7) % 9),
			'binary',
			'unknown',
		],
	])('%s', (_, input, reason, format) => {
		const r = readLogBytes(input);
		expect(r).toEqual({ ok: false, reason, ...(format ? { format } : {}) });
	});
	test('over 200 MB is refused without reading further', () => {
		const reader = readLogBytes(new Uint8Array(201 * 1024 * 1024).fill(0x41), 16 << 20);
		expect(reader).toEqual({ ok: false, reason: 'too-big' });
	});
	test('Latin-1 (ANSI) text falls back to windows-1252', () => {
		const r = readLogBytes(Uint8Array.from([...Buffer.from('Product: Caf'), 0xe9, 0x0a]));
		expect(r.ok && r.encoding).toBe('windows-1252');
	});
});

test('helpers', () => {
	expect(splitNoteArgs(' 2: C:\\a b 3: -5 ')).toEqual(['C:\\a b', '-5']);
	expect(asHresult('-2147024891')).toBe('0x80070005');
	expect(asHresult('5')).toBeUndefined();
	expect(parseCommandLine('A="x ""y"" z" B=1')).toEqual([
		{ name: 'A', value: 'x "y" z' },
		{ name: 'B', value: '1' },
	]);
});

test('property: chunk boundaries never change the report', () => {
	const names = ['fail-2503.txt', 'utf16le-bom-2503.txt', 'custom-action.txt', 'success.txt'];
	const whole = new Map(names.map((n) => [n, readLogBytes(bytes(n), 1 << 30)]));
	fc.assert(
		fc.property(fc.constantFrom(...names), fc.integer({ min: 1, max: 5000 }), (name, size) => {
			expect(readLogBytes(bytes(name), size)).toEqual(whole.get(name));
		}),
		{ numRuns: 60 },
	);
});

test('thousands of distinct Notes do not crowd out the real error', () => {
	const notes = Array.from(
		{ length: 2000 },
		(_, i) => `MSI (s) (1:2) [1:2:3:4]: Note: 1: 2205 2:  3: T${i} `,
	);
	const r = analyzeMsiLog(
		[
			...notes,
			'DEBUG: Error 2503:  x',
			'Action ended 1:00:00: InstallFinalize. Return value 3.',
		].join('\n'),
	);
	expect(r.primary?.code).toBe(2503);
	expect(r.errorsTotal).toBe(2001);
	expect(r.errors.filter((e) => e.kind === 'note')).toHaveLength(300);
});

test("source-absent-1706.txt: the old version's package is missing during the upgrade (1706)", () => {
	const r = read('source-absent-1706.txt');
	expect(r.firstFailure?.action).toBe('RemoveExistingProducts');
	expect(r.primary?.code).toBe(1706);
	expect(r.elevation.verdict).toBe('elevated');
	// RemoveExistingProducts is a standard action, not a custom one.
	expect(r.failedCustomActions).toEqual([]);
	expect(hints(r).map((h) => h.id)).toEqual(['source-absent']);
	expect(summarize(r)).toMatchObject({
		kind: 'failure',
		action: 'RemoveExistingProducts',
		error: { code: '1706' },
		exit: { code: '1603' },
	});
});
