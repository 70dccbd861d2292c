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
	) {
		super(message);
	}
}

export type ShellProblem = 'nul' | 'newline' | 'percent' | 'too-long' | 'quote' | 'empty' | 'env';

/** Windows' limits: cmd.exe accepts 8191 characters per line; CreateProcess 32767 per command line. */
export const CMD_LINE_MAX = 8191;
export const WIN_CMDLINE_MAX = 32767;

export const parts = (arg: Arg): readonly Part[] => (typeof arg === 'string' ? [arg] : arg);
export const isLiteral = (arg: Arg): arg is string => typeof arg === 'string';
/** Text of an argument with variable references shown in cmd's %NAME% form (for display only). */
export const display = (arg: Arg): string =>
	parts(arg)
		.map((p) => (typeof p === 'string' ? p : `%${p.env}%`))
		.join('');

export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
