import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { joinCmd, parseCmd } from '~/lib/shell/cmd';
import { ShellError } from '~/lib/shell/types';
import { parseCrt, parseMsiexec } from '~/lib/shell/winargv';

const RUNS = Number(process.env.IFG_PROPERTY_RUNS ?? 10000);
const any = fc.string({ unit: 'binary' }).filter((s) => !/[\0\n\r]/.test(s) && s.isWellFormed());
// Pieces that make cmd's rules bite: variable names between percent signs, quotes, carets, backslashes.
const pieces = fc.constantFrom('%', 'A', 'TEMP', 'path', ' ', '"', '\\', '^', '&', '|', '(', 'a', '中');
const tricky = fc.array(pieces, { maxLength: 10 }).map((p) => p.join(''));
const text = fc.oneof(any, tricky);
// Variables that exist at a typical prompt: the round trip must not expand anything by accident.
const ENV = { TEMP: 'C:\\Users\\A B\\AppData\\Local\\Temp', PATH: 'C:\\Windows', OS: 'Windows_NT', A: 'expanded' };

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
		[['x', 'a\nb'], 'newline'],
		[['x', '100% sure'], 'percent'],
		[['x', 'a'.repeat(8200)], 'too-long'],
	])('refuses %j (%s)', (argv, code) => {
		try {
			joinCmd(argv);
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

	test(`round trip: cmd, then the C runtime (${RUNS} runs)`, () => {
		let refused = 0;
		fc.assert(
			fc.property(fc.array(text, { maxLength: 5 }), (argv) => {
				let line: string;
				try {
					line = joinCmd(['prog', ...argv]);
				} catch (e) {
					// The only refusal for this input: a % that cmd would see inside quotes (its own
					// argument is quoted, or an earlier \" left cmd's quote state open).
					expect((e as ShellError).code).toBe('percent');
					const quoted = (a: string) => /[ \t"]/.test(a) || a === '';
					const why = argv.some((a, i) => a.includes('%') && argv.slice(0, i + 1).some(quoted));
					expect(why).toBe(true);
					refused++;
					return;
				}
				expect(parseCrt(parseCmd(line, ENV))).toEqual(['prog', ...argv]);
			}),
			{ numRuns: RUNS },
		);
		expect(refused).toBeLessThan(RUNS);
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
