// Explain mode's reader of signtool commands: the arguments of a pasted command -> the form state of
// ../signtool.ts, the generator it inverts. Kept apart from the generator so that the generator's page,
// which only writes commands, never downloads it.

import type { Parsed, State } from '../types';
import { spec } from '../signtool';

/** Inverse of generate, for explain mode: `signtool verify [options] FILE…` (options case-insensitive). */
export function parse(args: readonly string[]): Parsed {
	const s: State = { ...Object.fromEntries(spec.fields.map((f) => [f.name, f.default])) };
	s.policy = '';
	s.verbose = false;
	const canon: (string | null)[] = args.map(() => null);
	const files: string[] = [];
	const value = (i: number, field: string): number => {
		if (i + 1 < args.length) {
			s[field] = args[i + 1]!;
			canon[i + 1] = args[i + 1]!;
		}
		return i + 1;
	};
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		const low = a.toLowerCase();
		canon[i] = low;
		if (i === 0 && low === 'verify') continue;
		if (low === '/pa' || low === '/kp') s.policy = low.slice(1);
		else if (low === '/pg') [s.policy, i] = ['pg', value(i, 'policyGuid')];
		else if (low === '/a') s.catalog = 'a';
		else if (low === '/c') [s.catalog, i] = ['c', value(i, 'catalogFile')];
		else if (low === '/o') i = value(i, 'osVersion');
		else if (low === '/ds') i = value(i, 'index');
		else if (low === '/hash' && /^sha(1|256)$/i.test(args[i + 1] ?? '')) {
			s.hash = args[++i]!.toUpperCase();
			canon[i] = String(s.hash).toLowerCase();
		} else if (['/all', '/ms', '/ph', '/d', '/tw', '/v'].includes(low))
			s[low === '/v' ? 'verbose' : low.slice(1)] = true;
		// A path that starts with / (generate warns that SignTool reads it as a switch) is kept as a
		// file; a bare /word that is no SignTool option is unknown.
		else if (!a.startsWith('/') || /[\\/.]/.test(a.slice(1))) {
			files.push(a);
			canon[i] = a;
		} else canon[i] = null;
	}
	s.files = files;
	return { state: s, canon };
}
