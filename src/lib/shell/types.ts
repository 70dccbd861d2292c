/** A piece of an argument: literal text, or a reference to an environment variable the shell expands. */
export type Part = string | { env: string };
/** One argument: plain literal text, or literal text mixed with environment-variable references. */
export type Arg = string | readonly Part[];

/** Thrown when a shell cannot carry an argument literally; `index` is the argv position. */
export class ShellError extends Error {
	constructor(
		message: string,
		readonly index: number,
		readonly code: ShellProblem,
		/** The offending character, when there is one (shown as U+XXXX in the message). */
		readonly char?: string,
	) {
		super(message);
	}
}

export type ShellProblem =
	| 'nul'
	| 'newline'
	| 'percent'
	| 'too-long'
	| 'quote'
	| 'empty'
	| 'env'
	| 'invisible'
	| 'stop-parsing'
	| 'backslash'
	| 'too-long-env';

/**
 * Characters a reader cannot see, or that a terminal's line editor acts on before any shell
 * quoting applies (bash(1) READLINE: C-u unix-line-discard, TAB completion, ESC sequences):
 * controls (Cc: C0, DEL, C1), format characters (Cf: bidi controls U+202A–202E and U+2066–2069,
 * zero-width characters, tags), U+2028/U+2029, other default-ignorable code points (Hangul fillers,
 * variation selectors) and unpaired surrogates. Non-ASCII spaces are visible as blanks and allowed.
 */
export const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Cs}]/u;

/** The first invisible character of `text`, or undefined. */
export const firstInvisible = (text: string): string | undefined => INVISIBLE.exec(text)?.[0];

/** "U+202E" for a character. */
export const codePoint = (c: string): string =>
	`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Windows' limits: cmd.exe accepts 8191 characters per line; CreateProcess 32767 per command line. */
export const CMD_LINE_MAX = 8191;
export const WIN_CMDLINE_MAX = 32767;
/**
 * What a %NAME% reference is counted as when its value is unknown: MAX_PATH (260), the length of the
 * path-valued variables (%TEMP%, %USERPROFILE%) the generators use. Limits are checked with it.
 */
export const ENV_VALUE_ESTIMATE = 260;
/** Number of variable references in argv. */
export const envRefs = (argv: readonly Arg[]): number =>
	argv.reduce((n, a) => n + parts(a).filter((p) => typeof p !== 'string').length, 0);

export const parts = (arg: Arg): readonly Part[] => (typeof arg === 'string' ? [arg] : arg);
export const isLiteral = (arg: Arg): arg is string => typeof arg === 'string';
/** Text of an argument with variable references shown in cmd's %NAME% form (for display only). */
export const display = (arg: Arg): string =>
	parts(arg)
		.map((p) => (typeof p === 'string' ? p : `%${p.env}%`))
		.join('');

export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Windows variable names the generators recognise in %NAME%: letters, digits and _ ( ) . - after a
 * letter or _, which covers %ProgramFiles(x86)% and %CommonProgramFiles(x86)%. No ':' (that starts
 * cmd's %NAME:a=b% / %NAME:~n,m% forms), no '=', no '%', no '{' '}' (PowerShell's ${env:…} braces).
 */
export const WIN_ENV_NAME = /^[A-Za-z_][A-Za-z0-9_().-]*$/;
