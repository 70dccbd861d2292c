import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { joinPosix, parsePosix } from '~/lib/shell/posix';
import { bashArgvs } from './shell-bash';

const RUNS = Number(process.env.IFG_PROPERTY_RUNS ?? 10000);
/** Any Unicode text bash can carry: no NUL, no lone surrogates. */
const text = fc.string({ unit: 'binary' }).filter((s) => !s.includes('\0') && s.isWellFormed());

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

	test('rejects NUL', () => {
		expect(() => joinPosix(['echo', 'a\0b'])).toThrowErrorMatchingInlineSnapshot(
			`[Error: NUL cannot be passed in an argument]`,
		);
	});

	test(`bash receives exactly the argv (${RUNS} runs, one bash process)`, () => {
		const cases = fc.sample(fc.array(text, { minLength: 1, maxLength: 6 }), RUNS);
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
