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

export const SPECIAL = new Set(['&', '|', '<', '>', '^']);

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
