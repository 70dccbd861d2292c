// Every regular expression over log text must run in time linear in the line. For each pattern we
// craft a line that would make a backtracking pattern explode (long runs of what it almost matches)
// and check that 8× the input costs about 8× the time (a quadratic pattern costs 64×), plus a
// generous absolute bound for a 1 MB line (this runs on shared CI machines; the real figure, about
// 5–20 ms, is printed by scripts/bench-msi-log.mjs --lines). Timings are medians of five runs.
import { expect, test } from 'vitest';
import { analyzeMsiLog } from '~/lib/checkers/msi-log';

const P = 'MSI (s) (1:2) [1:2:3:4]: ';
const rep = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

// name → line of about n characters
const CRAFTED: Record<string, (n: number) => string> = {
	prefix: (n) => `MSI (s) (${rep('1', n)}`,
	'action end, long name': (n) => `Action ended 1:00:00: ${rep('A', n)}`,
	'action end, dotted name': (n) => `x 1:00:00: ${rep('a.', n)}`,
	'action end, full-width stops': (n) => `操作结束 1:00:00: A${rep('。a', n)}`,
	'DEBUG: Error': (n) => `DEBUG: Error 1234:${rep(' ', n)}`,
	'error code is': (n) => `${P}The error code is 1234. The arguments are: ${rep(',', n)}`,
	note: (n) => `${P}Note: 1: 1234${rep(' 2: x', n)}`,
	'note, digits': (n) => `${P}Note: 1: ${rep('1', n)}`,
	'engine return': (n) => `${P}MainEngineThread is returning ${rep('1', n)}`,
	property: (n) => `Property(S): ${rep('A', n)}`,
	'property value': (n) => `Property(S): A = ${rep("= '", n)}`,
	'property change': (n) => `${P}PROPERTY CHANGE: Adding ${rep('A', n)}`,
	'property change quotes': (n) =>
		`${P}PROPERTY CHANGE: Adding A property. Its value is '${rep("x'", n)}`,
	'custom action returned': (n) => `${P}${rep('CustomAction ', n)} returned actual error code`,
	'custom action in 1722': (n) => `${P}Error 1722. ${rep('Action a', n)}`,
	'displayed error words': (n) => `${P}Product: X${rep(' -- Error ', n)}`,
	'product line': (n) => `${P}Product: ${rep('x -', n)} -- `,
	'status by shape': (n) => `${P}Windows Installer ${rep('. ', n)}: 1.`,
	'status colons': (n) => `${P}Windows Installer ${rep(': 1 ', n)}x`,
	'status english': (n) => `${P}Windows ${rep('Installation success or error status: ', n)}`,
	'command line': (n) => `${P}Command Line: ${rep(' a', n)}`,
	'command line quote': (n) => `${P}Command Line: A="${rep('x', n)}`,
	'command line equals': (n) => `${P}Command Line: ${rep('A=B=', n)}`,
	'executing op': (n) => `${P}Executing op: ActionStart(Name=${rep('a', n)}`,
	'header words': (n) => `=== ${rep('logging ', n)}`,
	'suspect words': (n) => `${P}${rep('errorx ', n)}`,
	hresults: (n) => `${P}failed ${rep('-2147024891 0x80070005 ', n)}`,
	'random text': (n) =>
		Array.from({ length: n }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 95))).join(''),
};

function median(line: string): number {
	const times: number[] = [];
	for (let i = 0; i < 5; i++) {
		const t0 = performance.now();
		analyzeMsiLog(line);
		times.push(performance.now() - t0);
	}
	return times.sort((a, b) => a - b)[2]!;
}

const SMALL = 125_000;
const BIG = 1_000_000;

test.each(Object.keys(CRAFTED))('linear time: %s', (name) => {
	const make = CRAFTED[name]!;
	const small = make(SMALL);
	const big = make(BIG);
	median(big); // warm up the JIT
	// 8× the input: linear ≈ 8×, quadratic ≈ 64×. Tiny times are mostly noise: floor them. A busy
	// machine can spoil one measurement, never three in a row; a quadratic pattern fails all three.
	const runs: Array<{ ratio: number; big: number }> = [];
	for (let i = 0; i < 3; i++) {
		const ts = median(small);
		const tb = median(big);
		runs.push({ ratio: +(tb / Math.max(ts, 5)).toFixed(1), big: Math.round(tb) });
		if (tb / Math.max(ts, 5) < 24 && tb < 1000) break;
	}
	expect(
		runs.some((r) => r.ratio < 24 && r.big < 1000),
		JSON.stringify(runs),
	).toBe(true);
});

test('the harness itself catches a quadratic pattern', () => {
	// / *$/ on spaces followed by a letter backtracks from every start position: O(n²).
	const run = (n: number) => {
		const s = `${' '.repeat(n)}x`;
		const times: number[] = [];
		for (let i = 0; i < 3; i++) {
			const t0 = performance.now();
			/ *$/.test(s);
			times.push(performance.now() - t0);
		}
		return times.sort((a, b) => a - b)[1]!;
	};
	run(6_000);
	// Quadratic is about 64×; one spoiled small measurement can halve the ratio, so three tries.
	const ratios: number[] = [];
	for (let i = 0; i < 3 && !(ratios.at(-1)! > 24); i++)
		ratios.push(run(6_000) / Math.max(run(750), 0.1));
	expect(Math.max(...ratios), JSON.stringify(ratios)).toBeGreaterThan(24);
});
