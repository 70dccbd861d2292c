// Explain mode's reader of chmod commands: the arguments of a pasted command -> the form state of
// ../chmod.ts, the generator it inverts. Kept apart from the generator so that the generator's page,
// which only writes commands, never downloads it.

import type { Parsed, State } from '../types';
import { spec, sync } from '../chmod';

/**
 * Inverse of generate, for explain mode: `chmod [-R] [--preserve-root] [-v|-c] [--reference=F | MODE]
 * [--] PATH…`. The preview fields (type, current, umask) are not in the command: they keep defaults.
 */
export function parse(args: readonly string[]): Parsed {
	const s: State = { ...Object.fromEntries(spec.fields.map((f) => [f.name, f.default])) };
	const canon: (string | null)[] = args.map(() => null);
	const paths: string[] = [];
	let mode: string | null = null;
	let ended = false;
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		const set = (k: string, v: string | boolean, c: string = a): void => {
			s[k] = v;
			canon[i] = c;
		};
		if (!ended && a === '--') [ended, canon[i]] = [true, a];
		else if (!ended && (a === '-R' || a === '--recursive')) set('recursive', true, '-R');
		else if (!ended && a === '--preserve-root') canon[i] = a;
		else if (!ended && (a === '-v' || a === '--verbose')) set('report', 'v', '-v');
		else if (!ended && (a === '-c' || a === '--changes')) set('report', 'c', '-c');
		else if (!ended && a.startsWith('--reference=')) set('reference', a.slice(12));
		else if (!ended && mode === null && s.reference === '' && /^-[rwxXst]/.test(a))
			set('mode', (mode = a));
		else if (!ended && /^-/.test(a) && a !== '-') continue;
		else if (mode === null && s.reference === '') set('mode', (mode = a));
		else {
			paths.push(a);
			canon[i] = a;
		}
	}
	s.paths = paths;
	return { state: sync(s, 'mode'), canon };
}
