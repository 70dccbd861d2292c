import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ShellError } from '~/lib/shell/types';
import { joinWin, lineText } from '~/lib/shell/winargv';
import { parseCrt, parseMsiexec } from '~/lib/shell/parse/winargv';
import { RUNS, shellText, visible, withInvisible } from './arbitraries';

/** What a Windows command line can show: no invisible or control characters (they are refused). */
const text = visible(shellText);

describe('C runtime rules', () => {
	// The table in Microsoft's "Parsing C command-line arguments" page.
	test.each([
		['"a b c" d e', ['a b c', 'd', 'e']],
		['"ab\\"c" "\\\\" d', ['ab"c', '\\', 'd']],
		['a\\\\\\b d"e f"g h', ['a\\\\\\b', 'de fg', 'h']],
		['a\\\\\\"b c d', ['a\\"b', 'c', 'd']],
		['a\\\\\\\\"b c" d e', ['a\\\\b c', 'd', 'e']],
		['a"b"" c d', ['ab" c d']],
	])('documented example %s', (input, expected) => {
		expect(parseCrt(`prog ${input}`).slice(1)).toEqual(expected);
	});

	test.each([
		[['signtool', 'verify', '/pa', 'C:\\a b\\c.exe'], 'signtool verify /pa "C:\\a b\\c.exe"'],
		[['x', 'C:\\dir with space\\'], 'x "C:\\dir with space\\\\"'],
		[['x', 'say "hi"'], 'x "say \\"hi\\""'],
		[['x', ''], 'x ""'],
		[['x', '/q:*[System[(Level=1 or Level=2)]]'], 'x /q:"*[System[(Level=1 or Level=2)]]"'],
		[['x', 'a\\\\b'], 'x a\\\\b'],
	])('%j -> %s', (argv, expected) => {
		expect(lineText(joinWin(argv))).toBe(expected);
	});

	test(`round trip through the documented rules (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(fc.array(text, { maxLength: 6 }), (argv) => {
				expect(parseCrt(lineText(joinWin(['prog', ...argv])))).toEqual(['prog', ...argv]);
			}),
			{ numRuns: RUNS },
		);
	});

	test(`invisible and control characters are refused, naming the character (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(withInvisible, (arg) => {
				try {
					joinWin(['prog', arg]);
					expect.unreachable();
				} catch (e) {
					expect(e).toBeInstanceOf(ShellError);
					expect((e as ShellError).code).toBe('invisible');
					expect(arg).toContain((e as ShellError).char);
				}
			}),
			{ numRuns: RUNS },
		);
	});

	test('arguments with a Unicode space are quoted, so the line shows one argument', () => {
		expect(lineText(joinWin(['x', 'C:\\新建\u3000文件夹\\a.exe', 'a\u00a0b']))).toBe(
			'x "C:\\新建\u3000文件夹\\a.exe" "a\u00a0b"',
		);
	});

	test('command line over 32767 characters is refused', () => {
		expect(() => joinWin(['x', 'a'.repeat(32767)])).toThrowErrorMatchingInlineSnapshot(
			`[Error: command line longer than 32767 characters]`,
		);
	});
});

describe('msiexec PROPERTY="value" rules', () => {
	// Examples from Microsoft's "Command-Line Options" page.
	test.each([
		[
			['msiexec', '/i', 'A:\\Example.msi', 'PROPERTY=Embedded White Space'],
			'msiexec /i A:\\Example.msi PROPERTY="Embedded White Space"',
		],
		[['msiexec', '/i', 'A:\\Example.msi', 'PROPERTY='], 'msiexec /i A:\\Example.msi PROPERTY=""'],
		[
			['msiexec', '/i', 'A:\\Example.msi', 'PROPERTY=Embedded "Quotes" White Space'],
			'msiexec /i A:\\Example.msi PROPERTY="Embedded ""Quotes"" White Space"',
		],
		[
			[
				'msiexec',
				'/i',
				'testdb.msi',
				'INSTALLLEVEL=3',
				'/l*',
				'msi.log',
				'COMPANYNAME=Acme "Widgets" and "Gizmos."',
			],
			'msiexec /i testdb.msi INSTALLLEVEL=3 /l* msi.log COMPANYNAME="Acme ""Widgets"" and ""Gizmos."""',
		],
	])('%j', (argv, expected) => {
		const line = lineText(joinWin(argv, 'msiexec'));
		expect(line).toBe(expected);
		expect(parseMsiexec(line)).toEqual(argv);
	});

	test(`property values round-trip (${RUNS} runs)`, () => {
		const prop = fc
			.tuple(fc.constantFrom('A', 'INSTALLDIR', 'X_1'), text)
			.map(([n, v]) => `${n}=${v}`);
		fc.assert(
			fc.property(fc.array(prop, { maxLength: 5 }), (argv) => {
				expect(parseMsiexec(lineText(joinWin(['msiexec', ...argv], 'msiexec')))).toEqual([
					'msiexec',
					...argv,
				]);
			}),
			{ numRuns: RUNS },
		);
	});
});
