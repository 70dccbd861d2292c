import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { joinCmd } from '~/lib/shell/cmd';
import { parseCmd } from '~/lib/shell/parse/cmd';
import { ShellError } from '~/lib/shell/types';
import { parseCrt, parseMsiexec } from '~/lib/shell/parse/winargv';

import { RUNS, shellText, visible } from './arbitraries';

// Pieces that make cmd's rules bite: variable names between percent signs, substitution syntax,
// quotes, carets, backslashes.
const pieces = fc.constantFrom(
	'%',
	'A',
	'TEMP',
	'path',
	':',
	':~0,3',
	':a=b',
	'=',
	'~',
	' ',
	'"',
	'\\',
	'^',
	'&',
	'|',
	'(',
	'a',
	'中',
);
const tricky = fc.array(pieces, { maxLength: 10 }).map((p) => p.join(''));
const text = fc.oneof(visible(shellText), tricky);
// Variables that exist at a typical prompt: the round trip must not expand anything by accident.
const ENV = {
	TEMP: 'C:\\Users\\A B\\AppData\\Local\\Temp',
	PATH: 'C:\\Windows',
	OS: 'Windows_NT',
	A: 'expanded',
};

describe('cmd.exe rendering', () => {
	// Hand-checked against cmd's rules: ^ escapes outside quotes only, % expands everywhere.
	test.each([
		[['signtool', 'verify', '/pa', 'C:\\a b\\c.exe'], 'signtool verify /pa "C:\\a b\\c.exe"'],
		[['x', 'a&b'], 'x a^&b'],
		[['x', 'a b&c'], 'x "a b&c"'],
		[['x', '50%'], 'x 50^%'],
		[['x', '%A%'], 'x ^%A^%'],
		[['x', 'a^b'], 'x a^^b'],
		[['x', '(a)|<b>'], 'x (a)^|^<b^>'],
		[['x', 'say "hi"'], 'x "say \\"hi\\""'],
		[['x', 'a "&" b'], 'x "a \\"^&\\" b"'],
		[['x', '中文 路径'], 'x "中文 路径"'],
		[['x', '$HOME', 'a`b'], 'x $HOME a`b'],
		[['icacls', [{ env: 'TEMP' }]], 'icacls "%TEMP%"'],
	] as const)('%j -> %s', (argv, expected) => {
		expect(joinCmd(argv)).toBe(expected);
	});

	test.each([
		[['x', 'a\nb'], 'crt', 'invisible'],
		[['x', 'a\x15b'], 'crt', 'invisible'],
		[['x', 'a\u202eb'], 'crt', 'invisible'],
		[['msiexec', 'A=100% sure'], 'msiexec', 'percent'],
		[['x', 'a'.repeat(8200)], 'crt', 'too-long'],
	] as const)('refuses %j for %s (%s)', (argv, flavor, code) => {
		try {
			joinCmd(argv, flavor);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(ShellError);
			expect((e as ShellError).code).toBe(code);
		}
	});

	test('%VAR% in a path expands at the prompt', () => {
		expect(parseCrt(parseCmd(joinCmd(['icacls', [{ env: 'TEMP' }, '\\x']]), ENV))).toEqual([
			'icacls',
			'C:\\Users\\A B\\AppData\\Local\\Temp\\x',
		]);
	});

	// D13: a % inside a quoted argument goes between two quoted runs; D10: substitution forms.
	test.each([
		[['signtool', 'C:\\100% done\\setup.exe'], 'signtool "C:\\100"^%" done\\setup.exe"'],
		[['x', 'a b\\%c d'], 'x "a b\\\\"^%"c d"'],
		[['x', '100% sure'], 'x "100"^%" sure"'],
		[['x', 'PROP=%PATH:a=b%'], 'x PROP=^%^PATH:a=b^%'],
		[['x', '%PATH:~0,3%'], 'x ^%^PATH:~0,3^%'],
	] as const)('%j -> %s, received unchanged', (argv, expected) => {
		const line = joinCmd(argv);
		expect(line).toBe(expected);
		expect(parseCrt(parseCmd(line, ENV))).toEqual(argv);
	});

	test('the cmd model expands the substitution forms (so the test above can fail)', () => {
		// set /? examples: substitution is case-insensitive; *str1 removes up to str1; ~n,m is a substring.
		expect(parseCmd('x %PATH:W=w% %PATH:~3% %PATH:~0,2% %PATH:*\\=% %path:~-3%', ENV)).toBe(
			'x C:\\windows Windows C: Windows ows',
		);
		// The old rendering ^%PATH:a=b^% let cmd expand PATH (str2 = "b^").
		expect(parseCmd('x ^%PATH:i=b^%', ENV)).toBe('x C:\\Wbndows');
	});

	test(`round trip: cmd, then the C runtime (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(fc.array(text, { maxLength: 5 }), (argv) => {
				// Every literal % can be carried for a C-runtime program, in or out of its quotes; the one
				// refusal left: an escaped \" earlier on the line leaves cmd's own quote state open.
				let line: string;
				try {
					line = joinCmd(['prog', ...argv]);
				} catch (e) {
					expect((e as ShellError).code).toBe('percent');
					const at = argv.findLastIndex((a) => a.includes('%'));
					expect(argv.slice(0, at + 1).some((a) => a.includes('"'))).toBe(true);
					return;
				}
				expect(parseCrt(parseCmd(line, ENV))).toEqual(['prog', ...argv]);
			}),
			{ numRuns: RUNS },
		);
	});

	test(`round trip: cmd, then msiexec's rules (${RUNS} runs)`, () => {
		const safe = text.filter((s) => !s.includes('%'));
		const prop = fc.tuple(fc.constantFrom('A', 'INSTALLDIR'), safe).map(([n, v]) => `${n}=${v}`);
		fc.assert(
			fc.property(fc.array(prop, { maxLength: 4 }), (argv) => {
				const line = joinCmd(['msiexec', ...argv], 'msiexec');
				expect(parseMsiexec(parseCmd(line, ENV))).toEqual(['msiexec', ...argv]);
			}),
			{ numRuns: RUNS },
		);
	});
});
