// Verdicts on logs shaped like published ones (sources in tests/fixtures/logs/README.md): each test
// names the defect it guards against, and fails on the analyzer as it was before the fix.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readLogBytes } from '~/lib/checkers/log-reader';
import { MsiLogAnalyzer, analyzeMsiLog } from '~/lib/checkers/msi-log';
import type { MsiLogReport } from '~/lib/checkers/msi-log';
import { decodeHresult, hints, shownErrors, summarize } from '~/lib/checkers/msi-log-summary';

const dir = new URL('../fixtures/logs/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const read = (name: string): MsiLogReport => analyzeMsiLog(text(name));
const ids = (r: MsiLogReport) => hints(r).map((h) => h.id);

test('a custom action whose error is "translated to success" is not a failure', () => {
	const r = read('ignored-ca-success.txt');
	expect(r.outcome).toBe('success');
	expect(r.failedCustomActions).toEqual([]);
	expect(r.ignoredCustomActions).toEqual([{ name: 'WixRemoveFoldersEx', n: 13, code: 1603 }]);
	expect(summarize(r)).toMatchObject({ kind: 'success' });
	expect(ids(r)).toEqual([]);
	// A successful install shows no "lines around the failure".
	expect(r.context).toEqual([]);
});

test('the removal status line counts like the installation status line', () => {
	const r = read('removal-1926.txt');
	expect(r.status).toMatchObject({ code: 1603, kind: 'remove' });
	expect(r.product).toMatchObject({
		name: 'Dummy Application Installer',
		version: '1.0.0.0',
		manufacturer: 'My Company',
	});
	expect(summarize(r)).toMatchObject({
		kind: 'failure',
		action: 'InstallFinalize',
		error: { code: '1926' },
		exit: { code: '1603' },
	});
	// "=== Logging stopped" inside the run does not start a second attempt.
	expect(r.attempts).toBe(1);
});

test.each([
	['Reconfiguration', 'reconfigured', 'reconfigure'],
	['Removal', 'removed', 'remove'],
	['Installation', 'installed', 'install'],
])('non-verbose log: %s status decides the outcome', (word, verb, kind) => {
	const log = [
		'=== Logging started: 1/2/2025  10:00:00 ===',
		'Action start 10:00:00: INSTALL.',
		'Action ended 10:00:01: INSTALL. Return value 1.',
		`Windows Installer ${verb} the product. Product Name: X. Product Version: 1.0. Product Language: 1033. Manufacturer: Y. ${word} success or error status: 1603.`,
		'=== Logging stopped: 1/2/2025  10:00:01 ===',
	].join('\r\n');
	const r = analyzeMsiLog(log);
	expect(r.status).toMatchObject({ code: 1603, kind });
	expect(r.exitCode).toBe(1603);
	expect(r.outcome).toBe('failure');
});

describe('nested removal inside RemoveExistingProducts', () => {
	const r = read('nested-removal.txt');
	test("the outer action, the nested product and the nested session's elevation are reported", () => {
		expect(r.firstFailure).toMatchObject({
			action: 'RemoveExistingProducts',
			nested: {
				product: 'Acme Tool 1.0',
				action: 'CA_StopAgent',
				status: 1603,
				elevation: 'not-elevated',
			},
		});
		expect(summarize(r)).toMatchObject({
			kind: 'failure',
			action: 'RemoveExistingProducts',
			nested: { product: 'Acme Tool 1.0', action: 'CA_StopAgent', elevation: 'not-elevated' },
			customAction: 'CA_StopAgent',
		});
	});
	test('the nested status line does not replace the outer one; the outer product stays', () => {
		expect(r.status).toMatchObject({ code: 1603, kind: 'install' });
		expect(r.product.name).toBe('Acme Tool 2.0');
		expect(r.elevation.verdict).toBe('elevated');
	});
});

test('1730 gets its own hint: an elevated uninstall by product code, not a second "run elevated"', () => {
	const r = read('uninstall-1730.txt');
	expect(r.primary?.code).toBe(1730);
	const h = hints(r);
	expect(h.map((x) => x.id)).toEqual(['admin-remove']);
	expect(h[0]!.command).toContain('/x {7BE25830-15EE-4797-A25F-DF614ACA9B8E}');
	// What the log showed is kept: /qn (UILevel 2); REMOVE=ALL is the uninstall itself, not repeated.
	expect(h[0]!.command).toContain('/qn');
	expect(h[0]!.command).toContain('REBOOT=ReallySuppress');
	expect(h[0]!.command).not.toContain('REMOVE=ALL');
});

describe("elevation from the log's own evidence", () => {
	const dump = (...props: string[]) =>
		analyzeMsiLog(
			['Action start 1:00:00: INSTALL.', ...props.map((p) => `Property(S): ${p}`)].join('\n'),
		).elevation.verdict;
	test.each([
		[['Privileged = 0', 'AdminUser = 1'], 'not-elevated'],
		[['Privileged = 0'], 'not-elevated'],
		[['MsiRunningElevated = 0'], 'not-elevated'],
		[['Privileged = 1'], 'elevated'],
		[['AdminUser = 1'], 'not-elevated'],
		[[], 'unknown'],
	])('%j → %s', (props, verdict) => {
		expect(dump(...props)).toBe(verdict);
	});
});

test('a per-user install that needs no elevation never gets the "run elevated" hint', () => {
	const r = read('per-user-custom-action.txt');
	expect(r.perUser).toBe(true);
	expect(r.elevation.verdict).toBe('not-elevated');
	expect(ids(r)).toEqual(['custom-action', 'custom-action-log']);
	// The custom action's own output is kept for the reader.
	expect(r.failedCustomActions[0]!.lines.map((l) => l.text)).toContain(
		'RegisterHelper: helper.exe exited with code 2',
	);
	// The retry keeps /qn, the public properties and the log path, and is not elevated.
	const retry = hints(r, 'powershell').find((x) => x.id === 'custom-action-log')!;
	expect(retry.command).toContain('/qn');
	expect(retry.command).toContain('MSIINSTALLPERUSER=1');
	expect(retry.command).toContain('/l*vx');
	expect(retry.command).toContain('C:\\Users\\li\\notes.log');
	expect(retry.command).not.toContain('RunAs');
	// The link opens the generator in the shell the reader was looking at.
	expect(hints(r, 'cmd').find((x) => x.id === 'custom-action-log')!.links[0]).toMatch(
		/[?&]sh=cmd(&|$)/,
	);
	expect(retry.links[0]).not.toMatch(/[?&]sh=/); // PowerShell is the msiexec generator's default
});

test('a failure before any action: full sentence, the first error-looking line and its HRESULT', () => {
	const r = read('before-actions-1620.txt');
	expect(r.firstFailure).toBeUndefined();
	expect(summarize(r)).toMatchObject({
		kind: 'failure',
		beforeActions: true,
		exit: { code: '1620', name: 'ERROR_INSTALL_PACKAGE_INVALID' },
	});
	expect(r.suspect).toMatchObject({ n: 16, hresults: ['0x80070005'] });
	expect(decodeHresult('0x80070005')).toEqual({
		hex: '0x80070005',
		win32: 5,
		name: 'ERROR_ACCESS_DENIED',
	});
	expect(r.context.some((l) => l.n === 16)).toBe(true);
	expect(r.context.at(0)!.n).toBeLessThan(16);
});

test('the error the headline names is always in the list shown', () => {
	const notes = Array.from(
		{ length: 400 },
		(_, i) => `MSI (s) (1:2) [1:2:3:4]: Note: 1: 2205 2:  3: T${i} `,
	);
	const r = analyzeMsiLog(
		[
			...notes,
			'Action start 1:00:00: InstallFinalize.',
			'DEBUG: Error 2503:  x',
			'Action ended 1:00:00: InstallFinalize. Return value 3.',
		].join('\n'),
	);
	expect(r.primary?.code).toBe(2503);
	expect(shownErrors(r)).toContain(r.primary);
});

describe('appended logs (/l*v+)', () => {
	const r = read('appended-2503-then-success.txt');
	test('each attempt is analysed on its own; the last is reported', () => {
		expect(r.attempts).toBe(2);
		expect(r.outcome).toBe('success');
		expect(r.firstLine).toBe(text('fail-2503.txt').split('\n').length);
		expect(r.earlier).toHaveLength(1);
		expect(r.earlier[0]).toMatchObject({
			outcome: 'failure',
			firstLine: 1,
			primary: { code: 2503 },
		});
		// The first attempt's failure does not leak into the second's verdict.
		expect(r.errors.some((e) => e.code === 2503)).toBe(false);
		expect(ids(r)).toEqual([]);
	});
	test('the same log read as UTF-16 gives the same attempts', () => {
		const bytes = new Uint8Array([
			0xff,
			0xfe,
			...Buffer.from(text('appended-2503-then-success.txt').replace(/\n/g, '\r\n'), 'utf16le'),
		]);
		const u = readLogBytes(bytes, 777);
		expect(u.ok && [u.report.attempts, u.report.outcome, u.report.earlier[0]?.outcome]).toEqual([
			2,
			'success',
			'failure',
		]);
	});
});

describe('line breaks and odd bytes', () => {
	const fail = text('fail-2503.txt');
	test('lone CR line endings are line breaks', () => {
		const r = analyzeMsiLog(fail.replace(/\n/g, '\r'));
		const lf = read('fail-2503.txt');
		expect(r.lines).toBe(lf.lines);
		expect(summarize(r)).toEqual(summarize(lf));
		expect(r.firstFailure?.n).toBe(lf.firstFailure?.n);
	});
	test('lone CRs split across chunks give the same report', () => {
		const cr = fail.replace(/\n/g, '\r');
		const a = new MsiLogAnalyzer();
		for (let i = 0; i < cr.length; i += 13) a.feed(cr.slice(i, i + 13));
		expect(a.end()).toEqual(analyzeMsiLog(cr));
	});
	test('line numbers stay right after a line longer than the 1 MB line cap', () => {
		const long = `MSI (s) (1:2) [1:2:3:4]: ${'x'.repeat((1 << 20) + 5000)}`;
		const lines = fail.split('\n');
		lines.splice(3, 0, long);
		const r = analyzeMsiLog(lines.join('\n'));
		const a = new MsiLogAnalyzer();
		const joined = lines.join('\n');
		for (let i = 0; i < joined.length; i += 65536) a.feed(joined.slice(i, i + 65536));
		const chunked = a.end();
		expect(r.firstFailure?.n).toBe(read('fail-2503.txt').firstFailure!.n + 1);
		expect(chunked.firstFailure?.n).toBe(r.firstFailure?.n);
		expect(chunked.lines).toBe(r.lines);
	});
	test('NUL bytes are tolerated, in text and in UTF-16 files', () => {
		// A zeroed run inside a line, NULs at its edges, and a line of nothing but NULs.
		const withNul = fail
			.replace(
				'Action start 14:07:55: InstallFinalize.',
				'\u0000Action start 14:07:55: Install\u0000\u0000\u0000Finalize.\u0000',
			)
			.replace(
				'\nAction ended 14:07:55: InstallFinalize',
				'\u0000\u0000\u0000\u0000\nAction ended 14:07:55: InstallFinalize',
			);
		expect(summarize(analyzeMsiLog(withNul))).toEqual(summarize(read('fail-2503.txt')));
		const bytes = Buffer.from(
			`${fail.slice(0, 2000)}\u0000\u0000\u0000${fail.slice(2000)}`,
			'utf8',
		);
		const u = readLogBytes(new Uint8Array(bytes));
		expect(u.ok && summarize(u.report)).toEqual(summarize(read('fail-2503.txt')));
	});
});

test('Win32 names in decodeHresult match winerror.h (MinGW copy)', () => {
	const h = readFileSync('/usr/share/mingw-w64/include/winerror.h', 'utf8');
	for (const code of [2, 3, 5, 32, 112, 1223]) {
		const { name } = decodeHresult(`0x8007${code.toString(16).toUpperCase().padStart(4, '0')}`);
		expect(h).toMatch(new RegExp(`#define ${name} __MSABI_LONG\\(${code}\\)`));
	}
});

test('a Burn bundle log: the failing package, its result decoded to 1603, and where its MSI log is', () => {
	const r = read('burn-0x80070643.txt');
	expect(r.recognised).toBe(true);
	expect(r.outcome).toBe('failure');
	expect(r.exitCode).toBe(1603);
	expect(r.burn?.packages).toEqual([
		expect.objectContaining({
			id: 'XTUInstaller.msi',
			action: 'Install',
			result: '0x80070643',
			log: 'C:\\Users\\ana\\AppData\\Local\\Temp\\XTU_20181206220801_000_XTUInstaller.msi.log',
		}),
	]);
	expect(summarize(r)).toMatchObject({
		kind: 'failure',
		exit: { code: '1603', name: 'ERROR_INSTALL_FAILURE' },
		burn: {
			package: 'XTUInstaller.msi',
			result: { family: 'hresult', code: '0x80070643', name: 'ERROR_INSTALL_FAILURE' },
		},
	});
	const h = hints(r);
	expect(h.map((x) => x.id)).toEqual(['burn-package-log']);
	expect(h[0]!.message.params).toMatchObject({
		name: 'XTUInstaller.msi',
		log: expect.stringContaining('_000_XTUInstaller.msi.log'),
	});
	expect(r.context.some((l) => l.text.includes('Failed to install MSI package'))).toBe(true);
});
