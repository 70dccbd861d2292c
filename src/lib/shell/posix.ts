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

const META = new Set(['|', '&', ';', '<', '>', '(', ')', '`', '*', '?', '[', '#', '~', '{', '}']);

/**
 * Shell syntax around the command that explain mode shows as such (§2.7 Redirection, §2.3 comments,
 * §2.9 pipelines and lists). Only read when the caller passes one; otherwise that syntax is an error.
 */
export interface PosixSyntax {
	/** Each redirection as written without spaces, `> nginx.log` -> `>nginx.log`, `2>&1`. */
	readonly redirections: string[];
	/** `# …` from an unquoted # at the start of a word to the end of the line. */
	comment?: string;
	/** The operator (`|`, `||`, `&&`, `;`) after the command, and the rest of the line. */
	next?: { readonly op: string; readonly rest: string };
}

/** Redirection operators, longest first (§2.7); an IO number (digits) may stand right before. */
const REDIRECT = /^(?:&>>|&>|>>|>&|>\||>|<&|<>|<)/;

/**
 * Split a command line by the quoting rules of §2.2 (no globbing, no operators: an unquoted
 * metacharacter is an error). `$NAME` / `${NAME}` expand from `env`. Used to check round trips.
 * With `syntax`, redirections, a comment and what follows a |, ||, && or ; are collected there.
 */
export function parsePosix(
	line: string,
	env: Record<string, string> = {},
	syntax?: PosixSyntax,
): string[] {
	const argv: string[] = [];
	let cur = '';
	let inWord = false;
	let i = 0;
	let wordStart = 0;
	let redirect: string | null = null;
	const push = () => {
		if (redirect === null) argv.push(cur);
		else syntax!.redirections.push(redirect + cur);
		redirect = null;
	};
	const expand = (): string => {
		// at line[i] === '$'
		let m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(line.slice(i));
		m ??= /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(line.slice(i));
		if (!m) throw new Error(`unsupported $ at ${i}`);
		i += m[0].length;
		return env[m[1]!] ?? '';
	};
	// $'…' as ansiC writes it: \xHH bytes, \t \n \r, \\ and \'.
	const ansiCBody = (): string => {
		const bytes: number[] = [];
		for (;;) {
			if (i >= line.length) throw new Error("unterminated $'");
			const d = line[i]!;
			if (d === "'") break;
			if (d !== '\\') {
				bytes.push(...utf8.encode(d));
				i++;
				continue;
			}
			const e = line[i + 1];
			const hex = /^x([0-9a-fA-F]{1,2})/.exec(line.slice(i + 1));
			if (hex) {
				bytes.push(parseInt(hex[1]!, 16));
				i += 1 + hex[0].length;
			} else if (e === 't' || e === 'n' || e === 'r' || e === '\\' || e === "'") {
				bytes.push(({ t: 9, n: 10, r: 13 } as Record<string, number>)[e] ?? e.charCodeAt(0));
				i += 2;
			} else throw new Error(`unsupported escape \\${e}`);
		}
		i++;
		return new TextDecoder('utf-8', { ignoreBOM: true }).decode(Uint8Array.from(bytes));
	};
	while (i < line.length) {
		const c = line[i]!;
		if (!inWord) wordStart = i;
		if (syntax && (c === '#' || c === '|' || c === ';' || c === '&' || c === '<' || c === '>')) {
			const digits = inWord && /^\d+$/.test(line.slice(wordStart, i)) ? cur : null;
			const op = REDIRECT.exec(line.slice(i))?.[0];
			if (c === '#' && !inWord) {
				syntax.comment = line.slice(i);
				break;
			}
			if (op && redirect === null) {
				// `x>f` ends the word x; `2>f` makes 2 the redirected file descriptor.
				if (inWord && digits === null) push();
				redirect = (digits ?? '') + op;
				cur = '';
				inWord = false;
				i += op.length;
				// >&1, <&0: the target is the word that follows directly.
				continue;
			}
			const next = /^(?:\|\||&&|\||;)/.exec(line.slice(i))?.[0];
			if (next && redirect === null) {
				if (inWord) push();
				syntax.next = { op: next, rest: line.slice(i + next.length).trim() };
				return argv;
			}
		}
		if (c === ' ' || c === '\t') {
			if (inWord) push();
			cur = '';
			inWord = false;
			i++;
		} else if (c === "'") {
			const end = line.indexOf("'", i + 1);
			if (end < 0) throw new Error('unterminated single quote');
			cur += line.slice(i + 1, end);
			inWord = true;
			i = end + 1;
		} else if (c === '"') {
			inWord = true;
			i++;
			for (;;) {
				if (i >= line.length) throw new Error('unterminated double quote');
				const d = line[i]!;
				if (d === '"') break;
				if (d === '\\' && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1]!)) {
					if (line[i + 1] !== '\n') cur += line[i + 1];
					i += 2;
				} else if (d === '$') cur += expand();
				else if (d === '`') throw new Error('command substitution');
				else {
					cur += d;
					i++;
				}
			}
			i++;
		} else if (c === '\\') {
			if (i + 1 >= line.length) throw new Error('trailing backslash');
			if (line[i + 1] !== '\n') cur += line[i + 1];
			inWord = true;
			i += 2;
		} else if (c === '$' && line[i + 1] === "'") {
			i += 2;
			cur += ansiCBody();
			inWord = true;
		} else if (c === '$') {
			cur += expand();
			inWord = true;
		} else if (c === '\n' || META.has(c)) {
			throw new Error(`unquoted metacharacter ${JSON.stringify(c)} at ${i}`);
		} else {
			cur += c;
			inWord = true;
			i++;
		}
	}
	if (inWord) push();
	if (redirect !== null) throw new Error(`redirection ${redirect} without a target`);
	return argv;
}
