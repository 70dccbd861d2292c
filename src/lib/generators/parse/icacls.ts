// Explain mode's reader of icacls commands: the arguments of a pasted command -> the form state of
// ../icacls.ts, the generator it inverts. Kept apart from the generator so that the generator's page,
// which only writes commands, never downloads it.

import type { Parsed, State } from '../types';
import { spec } from '../icacls';

/**
 * Inverse of generate, for explain mode:
 * `icacls PATH [[/inheritance:e|d|r] /grant[:r] WHO:FLAGSRIGHTS… | /reset] [/T]`.
 * Options are case-insensitive (icacls accepts /t and /T).
 */
export function parse(args: readonly string[]): Parsed {
	const s: State = { ...Object.fromEntries(spec.fields.map((f) => [f.name, f.default])) };
	s.action = 'inspect';
	s.recurse = false;
	s.path = '';
	const more: string[] = [];
	const canon: (string | null)[] = args.map(() => null);
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		const low = a.toLowerCase();
		if (i === 0 && !/^\/(grant|reset|t|inheritance:[edr])(:r)?$/.test(low))
			[s.path, canon[i]] = [a, a];
		else if (
			(low === '/grant' || low === '/grant:r') &&
			i + 1 < args.length &&
			s.action !== 'grant'
		) {
			s.action = 'grant';
			s.replace = low === '/grant:r';
			canon[i] = low;
			// WHO:FLAGSRIGHTS, one or more — the last colon, since a SID or name has none (the generator
			// refuses one). The first fills the form's principal, inherit box and rights; the rest, "more".
			while (
				i + 1 < args.length &&
				(canon[i] === low || !args[i + 1]!.startsWith('/')) &&
				args[i + 1]!.lastIndexOf(':') > 0
			) {
				const item = args[++i]!;
				const colon = item.lastIndexOf(':');
				const who = item.slice(0, colon);
				const rest = item.slice(colon + 1).toUpperCase();
				if (more.length === 0 && canon[i - 1] === low) {
					const inherit = rest.startsWith('(OI)(CI)');
					s.principal = who;
					s.inherit = inherit;
					s.perm = inherit ? rest.slice(8) : rest;
				} else more.push(`${who}:${rest}`);
				canon[i] = `${who}:${rest}`;
			}
		} else if (/^\/inheritance:[edr]$/.test(low)) [s.inheritance, canon[i]] = [low.slice(-1), low];
		else if (low === '/reset') [s.action, canon[i]] = ['reset', '/reset'];
		else if (low === '/t') [s.recurse, canon[i]] = [true, '/T'];
	}
	s.more = more;
	return { state: s, canon };
}
