// Shared fast-check arbitraries (not a test file), biased toward what breaks shells: quotes of every
// kind, $ % ! ^ and other metacharacters, spaces and Unicode spaces, backslashes, leading dashes and
// slashes, variable syntax of each shell, stop-parsing tokens, control, bidi and zero-width
// characters, and long strings. Any test of quoting or of a generator can draw from them.
import fc from 'fast-check';
import { INVISIBLE } from '~/lib/shell/types';

/** Property-test size: IFG_PROPERTY_RUNS, default 10,000. */
export const RUNS = Number(process.env.IFG_PROPERTY_RUNS ?? 10000);

/** Characters a terminal or reader mishandles (each also matches INVISIBLE). */
export const INVISIBLES = [
	'\t',
	'\n',
	'\r',
	'\x01',
	'\x15',
	'\x17',
	'\x1b',
	'\x1b[201~',
	'\x7f',
	'\x85',
	'\x9b',
	'\u200b',
	'\u200c',
	'\u200d',
	'\u2060',
	'\ufeff',
	'\u2028',
	'\u2029',
	'\u202a',
	'\u202b',
	'\u202c',
	'\u202d',
	'\u202e',
	'\u2066',
	'\u2067',
	'\u2068',
	'\u2069',
	'\u115f',
	'\u3164',
	'\ufe0f',
	'\u{e0041}',
];

/** Blank-looking characters that are not invisible (char.IsWhiteSpace is true for all of them). */
export const UNICODE_SPACES = [
	'\u00a0',
	'\u1680',
	'\u2002',
	'\u2009',
	'\u202f',
	'\u205f',
	'\u3000',
];

export const SHELL_PIECES = [
	// quoting and metacharacters of bash, cmd and PowerShell
	"'",
	'"',
	'`',
	'$',
	'%',
	'!',
	'^',
	'&',
	'|',
	';',
	'<',
	'>',
	'(',
	')',
	'{',
	'}',
	'[',
	']',
	'*',
	'?',
	'~',
	'#',
	'=',
	',',
	':',
	'@',
	'+',
	'/',
	'\\',
	'\\\\',
	' ',
	'  ',
	// smart quotes (quote characters to PowerShell)
	'\u2018',
	'\u2019',
	'\u201a',
	'\u201b',
	'\u201c',
	'\u201d',
	'\u201e',
	// options and tokens
	'-',
	'--',
	'--%',
	'-w',
	'-x',
	'--help',
	'-H',
	'--reference=x',
	'/T',
	'/q',
	'755',
	// variable syntax
	'%TEMP%',
	'%PATH%',
	'%PATH:a=b%',
	'%PATH:~0,3%',
	'%ProgramFiles(x86)%',
	'%UNDEFINED_X%',
	'$HOME',
	'${x}',
	'$(id)',
	'`id`',
	'$env:TEMP',
	'!x!',
	// ordinary text and other scripts
	'a',
	'A',
	'x.exe',
	'中',
	'文件夹',
	'é',
	'😀',
	...UNICODE_SPACES,
	...INVISIBLES,
];

const noNul = (s: string) => !s.includes('\0') && s.isWellFormed();

/** Text made of the pieces above, arbitrary Unicode, or a long run of pieces. Never NUL or a lone surrogate. */
export const shellText: fc.Arbitrary<string> = fc.oneof(
	{
		weight: 6,
		arbitrary: fc
			.array(fc.constantFrom(...SHELL_PIECES), { minLength: 1, maxLength: 8 })
			.map((p) => p.join('')),
	},
	{
		weight: 2,
		arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter(noNul),
	},
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
	{
		weight: 1,
		arbitrary: fc
			.array(fc.constantFrom(...SHELL_PIECES), { minLength: 100, maxLength: 300 })
			.map((p) => p.join('')),
	},
);

/** shellText starting with "-" (option-like operands). */
export const dashText: fc.Arbitrary<string> = fc
	.tuple(fc.constantFrom('-', '--', '-w', '-H', '-.', '--reference=', '-R', '-n'), shellText)
	.map(([a, b]) => a + b);

/** One line: no line breaks (list fields split on them). */
export const oneLine = (a: fc.Arbitrary<string>) => a.filter((s) => !/[\n\r]/.test(s));
/** Only characters a reader can see. */
export const visible = (a: fc.Arbitrary<string>) => a.filter((s) => !INVISIBLE.test(s));
/** With at least one invisible or control character. */
export const withInvisible: fc.Arbitrary<string> = fc
	.tuple(shellText, fc.constantFrom(...INVISIBLES), shellText)
	.map(([a, c, b]) => a + c + b);
