import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { joinPs, nativeArgProblem } from '~/lib/shell/powershell';
import { parsePs } from '~/lib/shell/parse/powershell';

import { RUNS, shellText, visible } from './arbitraries';

const text = visible(shellText);
// Smart quotes are quote characters to PowerShell, so they get extra weight.
const tricky = fc.stringMatching(
	/^[a b'"`$%&^\u2018\u2019\u201a\u201b\u201c\u201d\u201e中]{0,12}$/,
);

describe('PowerShell rendering', () => {
	test.each([
		[['signtool', 'verify', '/pa', 'C:\\a b\\c.exe'], "signtool verify /pa 'C:\\a b\\c.exe'"],
		[['x', "it's"], "x 'it''s'"],
		[['x', '$env:TEMP'], "x '$env:TEMP'"],
		[['x', 'a`b', '50%', 'a&b'], "x 'a`b' '50%' 'a&b'"],
		[['x', '中文'], "x '中文'"],
		[['x', '0x10', '1kb', '007', '42'], "x '0x10' '1kb' '007' 42"],
		[['x', 'a\u2019b'], "x 'a\u2019\u2019b'"],
		[['C:\\Program Files\\x.exe', '/qn'], "& 'C:\\Program Files\\x.exe' /qn"],
		[['icacls', [{ env: 'TEMP' }, '\\$x']], 'icacls "${env:TEMP}\\`$x"'],
	] as const)('%j -> %s', (argv, expected) => {
		expect(joinPs(argv)).toBe(expected);
	});

	test.each([['a"b'], [''], ['C:\\a b\\']])('native argument %j is refused', (arg) => {
		expect(nativeArgProblem(arg)).not.toBeNull();
		expect(() => joinPs(['x', arg])).toThrow();
	});

	test(`round trip through the quoting rules (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(text, tricky), { maxLength: 6 }), (argv) => {
				expect(parsePs(joinPs(['x', ...argv], false))).toEqual(['x', ...argv]);
			}),
			{ numRuns: RUNS },
		);
	});

	test(`env parts expand, literal $ does not (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(tricky, tricky, (a, b) => {
				const line = joinPs(['x', [a, { env: 'TEMP' }, b]], false);
				expect(parsePs(line, { TEMP: 'T' })).toEqual(['x', `${a}T${b}`]);
			}),
			{ numRuns: RUNS },
		);
	});
});
