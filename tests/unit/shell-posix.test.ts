import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { joinPosix } from '~/lib/shell/posix';
import { parsePosix } from '~/lib/shell/parse/posix';
import { INVISIBLE } from '~/lib/shell/types';
import { RUNS, shellText, withInvisible } from './arbitraries';
import { bashArgvs } from './shell-bash';

/** Any Unicode text bash can carry (no NUL, no lone surrogates), biased toward shell trouble. */
const text = shellText;

describe('posix quoting', () => {
	test.each([
		[['chmod', '755', 'file'], 'chmod 755 file'],
		[['chmod', 'u+x,g-w,o=r', 'my file'], "chmod u+x,g-w,o=r 'my file'"],
		[['echo', "it's"], "echo 'it'\\''s'"],
		[['echo', ''], "echo ''"],
		[['echo', '$HOME', '`id`', '*', '~', '#x'], "echo '$HOME' '`id`' '*' '~' '#x'"],
		[['echo', [{ env: 'HOME' }, '/a b']], 'echo "${HOME}"\'/a b\''],
	] as const)('%j -> %s', (argv, expected) => {
		expect(joinPosix(argv)).toBe(expected);
	});

	// D1: invisible and control characters are written as $'\xHH' bytes, never raw.
	test.each([
		[['chmod', '755', 'x\u0015touch /tmp/PWNED1 #'], "chmod 755 x$'\\x15''touch /tmp/PWNED1 #'"],
		[['chmod', '755', 'x\u001b[201~\u0015touch x'], "chmod 755 x$'\\x1b''[201~'$'\\x15''touch x'"],
		[['chmod', '755', 'my\tfile'], "chmod 755 my$'\\t'file"],
		[['x', 'a\nb', 'a\rb'], "x a$'\\n'b a$'\\r'b"],
		[['x', 'evil\u202etxt.sh'], "x evil$'\\xe2\\x80\\xae'txt.sh"],
		[['x', "it's\u200b"], "x 'it'\\''s'$'\\xe2\\x80\\x8b'"],
		[['x', '\u0085\u007f'], "x $'\\xc2\\x85\\x7f'"],
		[['x', '新建\u3000文件夹'], "x '新建\u3000文件夹'"],
	] as const)('%j -> %s', (argv, expected) => {
		expect(joinPosix(argv)).toBe(expected);
		expect(bashArgvs([joinPosix(argv.slice(1))])[0]).toEqual(argv.slice(1));
	});

	test(`no rendered command holds a raw invisible or control character (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(text, withInvisible), { minLength: 1, maxLength: 4 }),
				(argv) => {
					expect(joinPosix(argv)).not.toMatch(INVISIBLE);
				},
			),
			{ numRuns: RUNS },
		);
	});

	test('rejects NUL', () => {
		expect(() => joinPosix(['echo', 'a\0b'])).toThrowErrorMatchingInlineSnapshot(
			`[Error: NUL cannot be passed in an argument]`,
		);
	});

	test(`bash receives exactly the argv (${RUNS} runs, one bash process)`, () => {
		const cases = fc.sample(
			fc.array(fc.oneof(text, withInvisible), { minLength: 1, maxLength: 6 }),
			RUNS,
		);
		const got = bashArgvs(cases.map((argv) => joinPosix(argv)));
		expect(got.length).toBe(cases.length);
		for (const [i, argv] of cases.entries()) expect(got[i]).toEqual(argv);
	});

	test('own parser agrees with bash on the same lines', () => {
		fc.assert(
			fc.property(fc.array(text, { maxLength: 6 }), (argv) => {
				expect(parsePosix(joinPosix(['x', ...argv]))).toEqual(['x', ...argv]);
			}),
			{ numRuns: Math.min(RUNS, 2000) },
		);
	});
});
