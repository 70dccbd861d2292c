// cmd.exe. Microsoft's `cmd` reference (https://learn.microsoft.com/windows-server/administration/windows-commands/cmd)
// names the characters & | ( ) < > ^ as special and says to precede them with ^ (or quote them).
// ( and ) matter only inside a parenthesised block (if, for); a pasted single command is not in
// one, so they are left as typed, matching Microsoft's own examples such as icacls ... :(D,WDAC).
// Two more cmd behaviours shape this module:
// - %NAME% is expanded first, everywhere, even inside quotes. At an interactive prompt an
//   undefined %NAME% stays as typed, so a literal % outside quotes is written ^% (the caret
//   becomes part of any would-be variable name, then is removed). The name ends at the next % or
//   at a ':' (`set /?`: %NAME:str1=str2% and %NAME:~n,m%), so when a ':' comes before the next %
//   a second caret goes right after the %: ^%^PATH:a=b^% looks up the undefined name "^PATH".
//   Inside quotes ^ is literal, so a literal % there cannot be protected: C-runtime programs get
//   each % between two quoted runs instead (winargv.ts); for msiexec such input is rejected.
// - Quote state is tracked by every " character, whatever the program's own escaping; the carets
//   are added only where cmd sees the text outside quotes.
// Delayed expansion (!NAME!) is off at a normal prompt and is not handled.
import { type Arg, CMD_LINE_MAX, type Part, ShellError } from './types';
import { type WinFlavor, joinWin } from './winargv';

const SPECIAL = new Set(['&', '|', '<', '>', '^']);

/** Render an already-joined Windows command line for typing at a cmd.exe prompt. */
export function escapeForCmd(
	line: readonly Part[],
	argIndexAt?: (pos: number) => number,
	/** Characters typed on the same line before this command (e.g. "start /wait "). */
	before = 0,
): string {
	let out = '';
	let inQ = false;
	let pos = 0;
	for (const [k, part] of line.entries()) {
		if (typeof part !== 'string') {
			if (out.endsWith('^%')) throw new ShellError('a literal % right before %VAR%', 0, 'percent');
			out += `%${part.env}%`;
			continue;
		}
		for (let j = 0; j < part.length; j++) {
			const c = part[j]!;
			const idx = argIndexAt?.(pos) ?? k;
			pos++;
			if (c === '\n' || c === '\r')
				throw new ShellError('cmd cannot carry a line break in an argument', idx, 'newline');
			if (c === '\0') throw new ShellError('NUL cannot be passed', idx, 'nul');
			if (c === '"') {
				inQ = !inQ;
				out += c;
			} else if (c === '%') {
				if (inQ) throw new ShellError('cmd expands %…% even inside quotes', idx, 'percent');
				out += '^%';
				const next = part[j + 1];
				const end = part.indexOf('%', j + 1);
				const name = part.slice(j + 1, end < 0 ? undefined : end);
				if (next !== undefined && !/[ \t"%&|<>^]/.test(next) && name.includes(':')) out += '^';
			} else if (!inQ && SPECIAL.has(c)) out += `^${c}`;
			else out += c;
		}
	}
	if (before + out.length > CMD_LINE_MAX)
		throw new ShellError(`cmd.exe accepts at most ${CMD_LINE_MAX} characters`, 0, 'too-long');
	return out;
}

/** argv -> a line for cmd.exe. `flavor` picks the program's own quoting rules (see winargv.ts). */
export function joinCmd(
	argv: readonly Arg[],
	flavor: WinFlavor = 'crt',
	forceQuotes?: ReadonlySet<number>,
	before = 0,
): string {
	const line = joinWin(argv, flavor, forceQuotes, true);
	// Map character positions back to argv indexes so errors name the right field.
	const owners: number[] = [];
	let arg = 0;
	for (const p of line) {
		if (p === ' ') arg++;
		if (typeof p === 'string') for (let i = 0; i < p.length; i++) owners.push(arg);
	}
	return escapeForCmd(line, (pos) => owners[pos] ?? 0, before);
}

const START_WAIT = 'start /wait ';

/**
 * A windowed program (msiexec) run from cmd: `start /wait` makes cmd wait for it, and the next line
 * prints its exit code. The 8191-character limit counts the whole typed line, start /wait included.
 */
export function joinCmdStartWait(
	argv: readonly Arg[],
	flavor: WinFlavor,
	forceQuotes?: ReadonlySet<number>,
): string {
	return `${START_WAIT}${joinCmd(argv, flavor, forceQuotes, START_WAIT.length)}\necho %ERRORLEVEL%`;
}

/** %NAME:~n,m% and %NAME:str1=str2% applied to a value (`set /?`); null when not one of them. */
function modify(value: string, mod: string): string | null {
	const sub = /^~(-?\d+)(?:,(-?\d+))?$/.exec(mod);
	if (sub) {
		const n = Number(sub[1]);
		const start = n < 0 ? Math.max(value.length + n, 0) : Math.min(n, value.length);
		if (sub[2] === undefined) return value.slice(start);
		const m = Number(sub[2]);
		return m < 0
			? value.slice(start, Math.max(start, value.length + m))
			: value.slice(start, start + m);
	}
	const eq = mod.indexOf('=');
	if (eq < 1) return null;
	const from = mod.slice(0, eq);
	const to = mod.slice(eq + 1);
	const lower = value.toLowerCase();
	if (from.startsWith('*')) {
		const at = lower.indexOf(from.slice(1).toLowerCase());
		return at < 0 ? value : to + value.slice(at + from.length - 1);
	}
	let out = '';
	let i = 0;
	for (
		let at = lower.indexOf(from.toLowerCase());
		at >= 0;
		at = lower.indexOf(from.toLowerCase(), i)
	) {
		out += value.slice(i, at) + to;
		i = at + from.length;
	}
	return out + value.slice(i);
}

/**
 * Syntax around the command that explain mode shows as such. Microsoft's documentation:
 * "Using command redirection operators" (https://learn.microsoft.com/previous-versions/windows/it-pro/windows-xp/bb490982(v=technet.10)):
 * > < >> >& <&, a handle number 0–9 typed right before the operator, &handle as the target;
 * "Command shell overview" (https://learn.microsoft.com/previous-versions/windows/it-pro/windows-xp/bb490954(v=technet.10)):
 * & && || and | between commands; rem (https://learn.microsoft.com/windows-server/administration/windows-commands/rem)
 * and goto ("If a line begins with a colon, it's treated as a label and any commands on that line are
 * ignored", https://learn.microsoft.com/windows-server/administration/windows-commands/goto), so
 * `:: text` is a comment. All of these count only outside "…" and when not escaped by ^.
 */
export interface CmdSyntax {
	/** Each redirection as written without spaces: `>nul`, `2>&1`, `>>"C:\x y.log"`. */
	readonly redirections: string[];
	/** A `rem …` or `:…` line, whole. */
	comment?: string;
	/** The operator (`&`, `&&`, `|`, `||`) after the command, and the rest of the line. */
	next?: { readonly op: string; readonly rest: string };
}

/** A rem line (rem, then a blank or the end; `@rem` too) or a label line (`:label`, `:: text`). */
const CMD_COMMENT = /^@?(?:rem(?:[ \t]|$)|:)/i;

/**
 * What the program receives from an interactive cmd prompt: %NAME% expansion, including the
 * %NAME:~n,m% and %NAME:str1=str2% forms (undefined names stay as typed), then ^ removal and the
 * check for unescaped operators outside quotes. With `syntax`, redirections, a rem or label line and
 * what follows & && | || are collected there instead (one pass, linear time).
 */
export function parseCmd(
	input: string,
	env: Record<string, string> = {},
	syntax?: CmdSyntax,
): string {
	if (syntax && CMD_COMMENT.test(input.trimStart())) {
		syntax.comment = input.trim();
		return '';
	}
	const lookup = new Map(Object.entries(env).map(([k, v]) => [k.toUpperCase(), v]));
	let expanded = '';
	for (let i = 0; i < input.length;) {
		if (input[i] === '%') {
			const end = input.indexOf('%', i + 1);
			const body = end > i + 1 ? input.slice(i + 1, end) : '';
			const colon = body.indexOf(':');
			const name = (colon < 0 ? body : body.slice(0, colon)).toUpperCase();
			const value = name ? lookup.get(name) : undefined;
			const result =
				value === undefined ? null : colon < 0 ? value : modify(value, body.slice(colon + 1));
			if (result !== null) {
				expanded += result;
				i = end + 1;
				continue;
			}
		}
		expanded += input[i];
		i++;
	}
	let out = '';
	let inQ = false;
	let handle = '';
	for (let i = 0; i < expanded.length; i++) {
		const c = expanded[i]!;
		if (c === '"') inQ = !inQ;
		if (!inQ && c === '^') {
			i++;
			if (i >= expanded.length) throw new Error('line continuation');
			out += expanded[i];
			continue;
		}
		// A handle digit counts when it starts a word (`2>nul`); in `a2>x` it is part of the argument.
		// It is held back here rather than cut from `out` later, so many redirections stay linear.
		if (!inQ && syntax && /\d/.test(c) && /[<>]/.test(expanded[i + 1] ?? '')) {
			const last = out.at(-1);
			if (last === undefined || last === ' ' || last === '\t') {
				handle = c;
				continue;
			}
		}
		if (!inQ && syntax && (c === '>' || c === '<')) {
			let op = c + (c === '>' && expanded[i + 1] === '>' ? '>' : '');
			i += op.length;
			if (expanded[i] === '&' && /\d/.test(expanded[i + 1] ?? '')) {
				op += expanded.slice(i, i + 2);
				i += 2;
			} else {
				while (expanded[i] === ' ' || expanded[i] === '\t') i++;
				let target = '';
				for (let q = false; i < expanded.length; i++) {
					const d = expanded[i]!;
					if (d === '"') q = !q;
					else if (!q && (d === ' ' || d === '\t' || (SPECIAL.has(d) && d !== '^'))) break;
					else if (!q && d === '^') i++;
					target += expanded[i] ?? '';
				}
				if (target === '') throw new Error(`redirection ${op} without a target`);
				op += target;
			}
			syntax.redirections.push(handle + op);
			handle = '';
			i--;
			continue;
		}
		if (!inQ && syntax && (c === '&' || c === '|')) {
			const op = expanded[i + 1] === c ? c + c : c;
			syntax.next = { op, rest: expanded.slice(i + op.length).trim() };
			return out.trimEnd();
		}
		if (!inQ && SPECIAL.has(c)) throw new Error(`unescaped ${c}`);
		if (c === '\n') throw new Error('line break');
		out += c;
	}
	return out;
}
