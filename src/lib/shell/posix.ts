// POSIX sh / bash quoting. Rules: POSIX Shell Command Language §2.2 "Quoting"
// (https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_02):
// inside single quotes every character is literal and a single quote cannot appear, so a
// literal ' is written as '\'' (close, escaped quote, reopen). In double quotes only $ ` \ " keep
// a special meaning (§2.2.3), which is how a variable reference is kept expandable.
// Invisible and control characters (see INVISIBLE) are never printed raw: a terminal's line editor
// acts on them while the command is pasted, before quoting means anything (Ctrl-U erases the line,
// TAB completes, ESC[201~ ends a bracketed paste). They are written as ANSI-C quoted bytes,
// $'\x15' (bash(1) QUOTING; POSIX.1-2024 sh has the same form). \xHH of the UTF-8 bytes is used
// rather than \uHHHH because bash turns \u into the locale's encoding: in the C locale $'\u202e'
// stays the six characters \u202E, while $'\xe2\x80\xae' is the same bytes in every locale.
import { type Arg, ENV_NAME, INVISIBLE, ShellError, parts } from './types';

/** Characters that never need quoting in any word position after the command name. */
const SAFE = /^[A-Za-z0-9_\-.,/:@%+=]+$/;

function quoteVisible(text: string): string {
	if (SAFE.test(text)) return text;
	return `'${text.replaceAll("'", `'\\''`)}'`;
}

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const utf8 = new TextEncoder();

/** $'…' with every character escaped: \t \n \r by name, anything else as its UTF-8 bytes. */
export function ansiC(text: string): string {
	let out = '';
	for (const c of text)
		out +=
			NAMED[c] ?? [...utf8.encode(c)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
	return `$'${out}'`;
}

const RUNS = new RegExp(`(${INVISIBLE.source}+)`, 'u');

function quoteLiteral(text: string): string {
	if (!INVISIBLE.test(text)) return quoteVisible(text);
	// Visible runs keep their usual quoting; each invisible run becomes one $'…' word part.
	return text
		.split(RUNS)
		.map((run, i) => (run === '' ? '' : i % 2 ? ansiC(run) : quoteVisible(run)))
		.join('');
}

/** Quote one argument for bash/sh so that the shell passes it to the program unchanged. */
export function quotePosix(arg: Arg, index = 0): string {
	const out: string[] = [];
	for (const part of parts(arg)) {
		if (typeof part === 'string') {
			if (part.includes('\0'))
				throw new ShellError('NUL cannot be passed in an argument', index, 'nul');
			if (!part.isWellFormed())
				throw new ShellError(
					'an unpaired surrogate has no UTF-8 form',
					index,
					'invisible',
					'\ufffd',
				);
			if (part !== '') out.push(quoteLiteral(part));
		} else {
			if (!ENV_NAME.test(part.env))
				throw new ShellError(`bad variable name ${part.env}`, index, 'env');
			out.push(`"\${${part.env}}"`);
		}
	}
	return out.length === 0 ? "''" : out.join('');
}

/** argv -> one bash command line. */
export function joinPosix(argv: readonly Arg[]): string {
	return argv.map((a, i) => quotePosix(a, i)).join(' ');
}
