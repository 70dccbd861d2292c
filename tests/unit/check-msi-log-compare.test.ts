// Compare mode (issue 11 §4) and the single-log timeline it rests on. Checked three ways: each real
// fixture against itself; a fixture against its own re-run, rewritten the way a second run differs
// (clock, process and thread IDs, temp names: a metamorphic test: the comparison must see nothing);
// and the published-shape appended log (a 2503 attempt, then a successful one) whose real
// differences are known. The alignment is checked against a plain reference LCS.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeMsiLog } from '~/lib/checkers/msi-log';
import { alignActions, compareReports, stable } from '~/lib/checkers/msi-log-compare';
import { createChunkDecoder, sniffEncoding } from '~/lib/checkers/decode';

const DIR = 'tests/fixtures/logs';
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
/** A fixture's text, decoded as the page decodes it (some are UTF-16). */
function read(f: string): string {
	const bytes = new Uint8Array(readFileSync(join(DIR, f)));
	const sniff = sniffEncoding(bytes.subarray(0, 4096));
	if (!sniff.ok) throw new Error(`${f}: ${sniff.reason}`);
	const decoder = createChunkDecoder(sniff);
	return decoder.decode(bytes) + decoder.end();
}
const RUNS = Number(process.env.IFG_PROPERTY_RUNS ?? 10_000);

/**
 * The end of a real verbose log's property dump, in the shapes of a published one (a WiX package's
 * 1603 log, github.com/sergueik/powershell_samples, external/wix/basic-vscode-customized/README.md):
 * the values a re-run changes (Time, Date, the cached package's name, the client's process ID, free
 * memory) next to values it keeps. Appended to every fixture before it is re-run.
 */
const DUMP = [
	'',
	'Property(S): CLIENTPROCESSID = 2224',
	'Property(S): VersionNT = 601',
	'Property(S): PhysicalMemory = 3584',
	'Property(S): VirtualMemory = 3042',
	'Property(S): Time = 5:13:14',
	'Property(S): Date = 11/26/2025',
	'Property(S): DATABASE = C:\\Windows\\Installer\\172de6.msi',
	'Property(S): OriginalDatabase = C:\\Users\\li\\Downloads\\VSCodeCustomInstaller.msi',
	'Property(S): SOURCEDIR = C:\\Users\\li\\Downloads\\',
	'',
].join('\n');

/** The same run logged again: new clock, process/thread IDs, temp and cached-package names, memory. */
function rerun(text: string): string {
	return (
		text
			.replace(/\b(\d{1,2}):(\d\d):(\d\d)\b/g, (_, h, m, s) => `${(Number(h) + 3) % 24}:${m}:${s}`)
			.replace(/^MSI \(([cs])\) \([0-9A-F]{1,4}([:!])[0-9A-F]{1,4}\)/gim, 'MSI ($1) (A0$2B4)')
			.replace(/\bMSI[0-9A-F]{3,5}\.tmp\b/gi, 'MSI9F3C.tmp')
			.replace(/CLIENTPROCESSID( = |=)\d+/g, 'CLIENTPROCESSID$14242')
			.replace(/^Property\(S\): Date = .*$/m, 'Property(S): Date = 11/27/2025')
			.replace(/^Property\(S\): VirtualMemory = .*$/m, 'Property(S): VirtualMemory = 2981')
			.replace(/\\Installer\\[0-9a-f]{3,8}\.msi/g, '\\Installer\\3c41a.msi')
			// Burn: [pid:tid][ISO time]
			.replace(
				/^\[[0-9A-F]{1,4}:[0-9A-F]{1,4}\]\[(\d{4}-\d\d-\d\d)T(\d\d):/gim,
				(_, d, h) => `[0A0B:0C0D][${d}T${String((Number(h) + 3) % 24).padStart(2, '0')}:`,
			)
	);
}

describe('timeline', () => {
	test('each action has its start, end, result and duration; midnight is crossed', () => {
		const r = analyzeMsiLog(
			[
				'Action start 23:59:58: CostInitialize.',
				'Action ended 0:00:03: CostInitialize. Return value 1.',
				'Action start 0:00:03: InstallFiles.',
				'Action ended 0:00:10: InstallFiles. Return value 3.',
				'Action ended 0:00:11: INSTALL. Return value 3.',
			].join('\n'),
		);
		expect(r.timeline).toEqual([
			{
				action: 'CostInitialize',
				n: 1,
				endN: 2,
				start: '23:59:58',
				end: '0:00:03',
				value: 1,
				seconds: 5,
			},
			{
				action: 'InstallFiles',
				n: 3,
				endN: 4,
				start: '0:00:03',
				end: '0:00:10',
				value: 3,
				seconds: 7,
			},
			{ action: 'INSTALL', n: 5, endN: 5, end: '0:00:11', value: 3 },
		]);
	});

	test('a localized log has the same timeline as its English twin', () => {
		const zh = analyzeMsiLog(
			'操作 23:46:23: BindSslPort。\n操作结束 23:49:51: BindSslPort。返回值 3。',
		);
		expect(zh.timeline).toEqual([
			{
				action: 'BindSslPort',
				n: 1,
				endN: 2,
				start: '23:46:23',
				end: '23:49:51',
				value: 3,
				seconds: 208,
			},
		]);
	});

	test('the property dump keeps server values and names like __proto__', () => {
		const r = analyzeMsiLog(
			[
				'Property(C): ALLUSERS = 2',
				'Property(S): ALLUSERS = 1',
				'Property(C): ALLUSERS = 3',
				'Property(S): __proto__ = x',
			].join('\n'),
		);
		expect(r.properties.ALLUSERS).toBe('1');
		expect(Object.hasOwn(r.properties, '__proto__')).toBe(true);
		expect(r.properties['__proto__']).toBe('x');
	});
});

describe('compare', () => {
	test.each(FIXTURES)('%s against itself: no difference', (f) => {
		const r = analyzeMsiLog(read(f));
		const c = compareReports(r, r);
		expect(c.same).toBe(true);
		expect(c.firstDivergence).toBeUndefined();
		expect(c.aligned).toBe(r.timeline.length);
	});

	test.each(FIXTURES)(
		'%s against a re-run of itself (new clock, IDs, temp names): no difference',
		(f) => {
			const text = read(f) + DUMP;
			const again = rerun(text);
			// The rewrite must really change the log, or this proves nothing.
			if (/\d:\d\d:\d\d/.test(text)) expect(again).not.toBe(text);
			const c = compareReports(analyzeMsiLog(text), analyzeMsiLog(again));
			expect(c.properties).toEqual([]);
			expect(c.firstDivergence).toBeUndefined();
			expect(c.same).toBe(true);
		},
	);

	test('the 2503 attempt against the successful re-run: what differs, and not the INSTALL container', () => {
		const last = analyzeMsiLog(read('appended-2503-then-success.txt'));
		const failed = last.earlier[0]!;
		const c = compareReports(failed, last);
		expect(c.same).toBe(false);
		expect(c.outcome).toMatchObject({ a: 'failure', b: 'success', exitB: 0 });
		expect(c.results.map((x) => [x.a.action, x.a.value, x.b.value])).toContainEqual([
			'InstallFinalize',
			3,
			1,
		]);
		// INSTALL contains every other action: it starts first but its result is known last.
		expect(c.firstDivergence).not.toMatchObject({ kind: 'result', a: { action: 'INSTALL' } });
		const install = c.properties.filter((p) => p.weight === 'install').map((p) => p.name);
		expect(install).toEqual(expect.arrayContaining(['Privileged', 'MsiRunningElevated']));
		expect(c.properties.findIndex((p) => p.weight !== 'install')).toBeGreaterThanOrEqual(
			install.length,
		);
	});

	test('the same run failing at one action, not elevated: that action first, elevation first', () => {
		const text = read('appended-2503-then-success.txt');
		const ok = text.slice(text.lastIndexOf('=== Verbose logging started'));
		const bad = ok
			.replace('InstallFinalize. Return value 1.', 'InstallFinalize. Return value 3.')
			.replace(/^Property\(S\): Privileged = 1\r?\n/m, '')
			.replace(/^.*PROPERTY CHANGE: Adding Privileged property.*\r?\n/m, '');
		expect(bad).not.toBe(ok);
		const c = compareReports(analyzeMsiLog(bad), analyzeMsiLog(ok));
		expect(c.firstDivergence).toMatchObject({
			kind: 'result',
			a: { action: 'InstallFinalize', value: 3 },
		});
		expect(c.properties[0]).toEqual({ name: 'Privileged', b: '1', weight: 'install' });
		expect(c.onlyA).toEqual([]);
		expect(c.onlyB).toEqual([]);
	});

	test('an action only one log ran is the divergence, named with the action before it', () => {
		const a = analyzeMsiLog(
			'Action start 1:00:00: A.\nAction ended 1:00:00: A. Return value 1.\nAction start 1:00:00: X.\nAction ended 1:00:00: X. Return value 3.',
		);
		const b = analyzeMsiLog(
			'Action start 1:00:00: A.\nAction ended 1:00:00: A. Return value 1.\nAction start 1:00:00: B.\nAction ended 1:00:20: B. Return value 1.',
		);
		const c = compareReports(a, b);
		expect(c.firstDivergence).toMatchObject({ kind: 'only-a', a: { action: 'X' }, after: 'A' });
		expect(c.onlyA.map((e) => e.action)).toEqual(['X']);
		expect(c.onlyB.map((e) => e.action)).toEqual(['B']);
	});

	test('durations: 5 s and twice as long, the largest gap first', () => {
		const log = (s1: number, s2: number) =>
			analyzeMsiLog(
				`Action start 1:00:00: A.\nAction ended 1:00:${String(s1).padStart(2, '0')}: A. Return value 1.\n` +
					`Action start 1:01:00: B.\nAction ended 1:01:${String(s2).padStart(2, '0')}: B. Return value 1.`,
			);
		expect(compareReports(log(2, 50), log(4, 5)).durations).toEqual([{ action: 'B', a: 50, b: 5 }]);
		expect(compareReports(log(10, 10), log(14, 19)).durations).toEqual([]);
	});

	test('stable(): what changes on every run is replaced, the rest kept', () => {
		expect(stable('C:\\WINDOWS\\Installer\\MSI4A1B.tmp')).toBe(
			stable('C:\\WINDOWS\\Installer\\MSI9F3C.tmp'),
		);
		expect(
			stable('C:\\Users\\li\\AppData\\Local\\Temp\\{0D4A8E21-5B7C-4F3D-9E10-6C2B8A4F7D93}.ipi'),
		).toBe(
			stable('C:\\Users\\li\\AppData\\Local\\Temp\\{11111111-2222-3333-4444-555555555555}.ipi'),
		);
		expect(stable('C:\\Program Files\\Go')).not.toBe(stable('C:\\Go'));
		expect(stable('{0D4A8E21-5B7C-4F3D-9E10-6C2B8A4F7D93}')).not.toBe(
			stable('{11111111-2222-3333-4444-555555555555}'),
		);
	});

	test('stable() is linear on its worst input', () => {
		const time = (n: number) => {
			const s = `${'AB12'.repeat(n)}.tm${'{0D4A8E21-5B7C-4F3D-9E10-'.repeat(n / 8)}`;
			const t0 = performance.now();
			for (let i = 0; i < 3; i++) stable(s);
			return performance.now() - t0;
		};
		time(250_000);
		// 8× the input: linear ≈ 8×, quadratic ≈ 64×. A busy machine can spoil one measurement, never
		// three in a row (the same rule as check-msi-log-redos.test.ts).
		const ratios: number[] = [];
		for (let k = 0; k < 3; k++) {
			ratios.push(time(250_000) / Math.max(time(31_250), 5));
			if (ratios.at(-1)! < 24) break;
		}
		expect(
			ratios.some((r) => r < 24),
			JSON.stringify(ratios),
		).toBe(true);
	});
});

describe('alignment', () => {
	/** Reference: length of a longest common subsequence, by the textbook table. */
	const lcs = (a: string[], b: string[]) => {
		const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
		for (let i = 1; i <= a.length; i++)
			for (let j = 1; j <= b.length; j++)
				t[i]![j] =
					a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
		return t[a.length]![b.length]!;
	};
	const names = fc.array(fc.constantFrom('A', 'B', 'C', 'D', 'InstallFiles', 'X'), {
		maxLength: 30,
	});

	test(`pairs are a common subsequence of maximal length (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(names, names, (a, b) => {
				const pairs = alignActions(a, b);
				for (const [k, [i, j]] of pairs.entries()) {
					expect(a[i]).toBe(b[j]);
					if (k > 0) {
						expect(i).toBeGreaterThan(pairs[k - 1]![0]);
						expect(j).toBeGreaterThan(pairs[k - 1]![1]);
					}
				}
				expect(pairs.length).toBe(lcs(a, b));
			}),
			{ numRuns: RUNS },
		);
	});

	test('two capped timelines (3,000 actions each) align', () => {
		const a = Array.from({ length: 3000 }, (_, i) => `A${i % 97}`);
		const b = Array.from({ length: 3000 }, (_, i) => `A${(i * 7) % 97}`);
		const pairs = alignActions(a, b);
		expect(pairs.length).toBeGreaterThan(0);
		expect(pairs.every(([i, j]) => a[i] === b[j])).toBe(true);
	});
});
