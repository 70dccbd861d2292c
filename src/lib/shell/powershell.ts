// PowerShell. Quoting follows about_Quoting_Rules
// (https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules):
// a single-quoted string is verbatim and a quote inside it is doubled; a double-quoted string
// expands $variables and takes ` (backtick) escapes. The language specification's lexical grammar
// (https://learn.microsoft.com/powershell/scripting/lang-spec/chapter-02) counts U+2018–U+201B as
// single quotes and U+201C–U+201E as double quotes, so those are escaped too.
// Native programs: how PowerShell rebuilds a Windows command line from string arguments changed in
// 7.3 ($PSNativeCommandArgumentPassing, about_Parsing). Arguments with an embedded " , empty
// arguments, and arguments with whitespace that end in \ come out differently in Windows
// PowerShell 5.1 and PowerShell 7.3+, so they are rejected (`nativeArgProblem`) instead of guessed.
// "Whitespace" there is .NET's char.IsWhiteSpace (NeedQuotes in PowerShell's source): every
// Unicode space separator (U+00A0, U+3000 …), U+2028/2029, TAB…CR and U+0085, and a variable's
// value may hold some, so a variable counts as possible whitespace.
// An argument whose VALUE is --% turns on stop-parsing even when quoted (NativeCommandParameterBinder
// compares the value; PowerShell issue #11608), so it is refused. A quoted '--' is an ordinary string.
// An undefined ${env:X} is empty, and 5.1 drops empty arguments, so only variables every Windows
// session defines are written ${env:X}; any other is read with Get-Item -ErrorAction Stop, which
// stops the command with an error instead of passing nothing.
import { type Arg, type Part, ShellError, firstInvisible, parts } from './types';
import { type WinFlavor, joinWin } from './winargv';

// Bare words must not start with a digit: in argument mode 0x10, 1kb or 1e3 are read as numbers
// and passed on as 16, 1024 or 1000. Small plain integers are safe.
export const SAFE = /^(?:[A-Za-z_/][A-Za-z0-9_/\\.:=+-]*|-[A-Za-z]+|0|[1-9]\d{0,8})$/;
const SINGLE = /['\u2018\u2019\u201a\u201b]/g;
const DOUBLE_ESC = /[`$"\u201c\u201d\u201e]/g;

export const singleQuoted = (s: string): string => `'${s.replace(SINGLE, (q) => q + q)}'`;

/** Defined in every Windows logon session (64-bit-only names such as ProgramFiles(x86) are not). */
export const ALWAYS_DEFINED = new Set(
	[
		'ALLUSERSPROFILE',
		'APPDATA',
		'COMPUTERNAME',
		'ComSpec',
		'CommonProgramFiles',
		'HOMEDRIVE',
		'HOMEPATH',
		'LOCALAPPDATA',
		'NUMBER_OF_PROCESSORS',
		'OS',
		'Path',
		'PATHEXT',
		'PROCESSOR_ARCHITECTURE',
		'ProgramData',
		'ProgramFiles',
		'PUBLIC',
		'SystemDrive',
		'SystemRoot',
		'TEMP',
		'TMP',
		'USERDOMAIN',
		'USERNAME',
		'USERPROFILE',
		'windir',
	].map((n) => n.toUpperCase()),
);

/** PowerShell expression for an environment variable inside a double-quoted string. */
export const envRef = (name: string): string =>
	ALWAYS_DEFINED.has(name.toUpperCase())
		? `\${env:${name}}`
		: `$((Get-Item -LiteralPath 'Env:${name}' -ErrorAction Stop).Value)`;

/** A double-quoted string in which only the env parts expand. */
export function doubleQuoted(ps: readonly Part[]): string {
	const body = ps
		.map((p) => (typeof p === 'string' ? p.replace(DOUBLE_ESC, (c) => '`' + c) : envRef(p.env)))
		.join('');
	return `"${body}"`;
}

/** Refuse what PowerShell cannot show: NUL, and invisible or control characters. */
function check(ps: readonly Part[], index: number): void {
	for (const p of ps) {
		if (typeof p !== 'string') continue;
		if (p.includes('\0')) throw new ShellError('NUL cannot be passed', index, 'nul');
		const bad = firstInvisible(p) ?? (p.isWellFormed() ? undefined : '\ufffd');
		if (bad) throw new ShellError('invisible or control character', index, 'invisible', bad);
	}
}

/** Quote one argument so that PowerShell hands the program exactly this string. */
export function quotePs(arg: Arg, index = 0): string {
	const ps = parts(arg);
	check(ps, index);
	if (typeof arg === 'string') return SAFE.test(arg) ? arg : singleQuoted(arg);
	return ps.every((p) => typeof p === 'string') ? quotePs(ps.join(''), index) : doubleQuoted(ps);
}

/** char.IsWhiteSpace: Zs, Zl, Zp, U+0009–U+000D, U+0085. */
export const NET_WHITESPACE = /[\p{Zs}\p{Zl}\p{Zp}\t\n\v\f\r\u0085]/u;

/** Why PowerShell 5.1 and 7.3+ would pass this argument to a native program differently, if they would. */
export function nativeArgProblem(arg: Arg): string | null {
	const ps = parts(arg);
	// A variable stands for text that may contain whitespace (C:\Users\John Smith).
	const text = ps.map((p) => (typeof p === 'string' ? p : ' x ')).join('');
	if (text === '') return 'an empty argument is dropped by Windows PowerShell 5.1';
	if (text.includes('"'))
		return 'a double quote inside an argument is passed differently by PowerShell versions';
	if (NET_WHITESPACE.test(text) && text.endsWith('\\'))
		return 'an argument with whitespace that ends in \\ is passed differently by PowerShell versions';
	return null;
}

/** argv -> a PowerShell command line calling a native program (`& 'path'` when the name needs quotes). */
export function joinPs(argv: readonly Arg[], native = true): string {
	return argv
		.map((a, i) => {
			if (native && i > 0) {
				if (typeof a === 'string' && a.toLowerCase() === '--%')
					throw new ShellError('--% turns on stop-parsing even when quoted', i, 'stop-parsing');
				const why = nativeArgProblem(a);
				if (why)
					throw new ShellError(
						why,
						i,
						why.includes('ends in') ? 'backslash' : why.includes('empty') ? 'empty' : 'quote',
					);
			}
			const q = quotePs(a, i);
			return i === 0 && !SAFE.test(q) ? `& ${q}` : q;
		})
		.join(' ');
}

/**
 * A windowed program (msiexec) run from PowerShell: Start-Process waits for it (-Wait) and returns the
 * process (-PassThru) whose ExitCode the next line prints. Start-Process hands its one -ArgumentList
 * string to the program unchanged, so that string is the program's own command line (joinWin with
 * the program's quoting rules), quoted for PowerShell like any other argument.
 */
export function joinStartProcess(
	argv: readonly Arg[],
	flavor: WinFlavor,
	filePath: string,
	elevate: boolean,
): string {
	const line = joinWin(argv, flavor).slice(2);
	const args: Arg[] = ['Start-Process', '-FilePath', filePath, '-ArgumentList', line];
	if (elevate) args.push('-Verb', 'RunAs');
	args.push('-Wait', '-PassThru');
	// Errors name the program's argument: -ArgumentList (index 4) holds all of them.
	return `$p = ${joinPs(args, false)}\n$p.ExitCode`;
}

/**
 * What a cmdlet parameter receives: a string, a list of strings (argument-mode `a, b`), or a
 * hashtable of strings and integers (`@{Name='x'; Id=5}`). Cmdlets bind these values directly;
 * no Windows command line is built.
 */
export type PsValue =
	string | readonly string[] | { readonly [key: string]: string | number | readonly number[] };

const KEY = /^[A-Za-z][A-Za-z0-9]*$/;

/** One value in argument mode: strings quoted as for any command; hashtable strings always single-quoted. */
export function quotePsValue(v: PsValue, index = 0): string {
	if (typeof v === 'string') return quotePs(v, index);
	if (Array.isArray(v)) return (v as readonly string[]).map((x) => quotePs(x, index)).join(', ');
	const table = v as { readonly [key: string]: string | number | readonly number[] };
	const entries = Object.entries(table).map(([k, x]) => {
		if (!KEY.test(k)) throw new ShellError(`bad hashtable key ${k}`, index, 'quote');
		// An array of integers (Get-WinEvent's Id = 11708, 1033): the comma operator.
		if (typeof x === 'object') {
			if (!x.length || !x.every((n) => Number.isSafeInteger(n)))
				throw new ShellError('not an integer', index, 'quote');
			return `${k}=${x.join(', ')}`;
		}
		if (typeof x === 'number') {
			if (!Number.isSafeInteger(x)) throw new ShellError('not an integer', index, 'quote');
			return `${k}=${x}`;
		}
		check([x], index);
		return `${k}=${singleQuoted(x)}`;
	});
	return `@{${entries.join('; ')}}`;
}

/** A pipeline of cmdlet calls: each stage is the cmdlet's name, then its parameters and values. */
export function joinPipeline(stages: readonly (readonly PsValue[])[]): string {
	let index = 0;
	return stages.map((stage) => stage.map((v) => quotePsValue(v, index++)).join(' ')).join(' | ');
}
