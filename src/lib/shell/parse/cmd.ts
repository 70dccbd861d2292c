// Reading a line typed at a cmd.exe prompt: what explain mode, the checkers and the tests use to
// see what the program receives. Kept apart from the quoting (../cmd.ts) so the generator pages,
// which only write commands, never download it.

import { SPECIAL } from '../cmd';

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
