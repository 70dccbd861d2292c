// Explain mode's reader of journalctl commands: the arguments of a pasted command -> the form state of
// ../journalctl.ts, the generator it inverts. Kept apart from the generator so that the generator's page,
// which only writes commands, never downloads it.

import type { Parsed, State } from '../types';
import { PRIORITIES, spec } from '../journalctl';

/**
 * Inverse of generate, for explain mode. Long options also as --opt=value; short options with their
 * value in the next argument (as the generator writes them) or attached (-n20, -uX).
 */
export function parse(args: readonly string[]): Parsed {
	const s: State = Object.fromEntries(
		spec.fields.map((f) => [f.name, Array.isArray(f.default) ? [...f.default] : f.default]),
	);
	s.noPager = false;
	const units: string[] = [];
	const canon: (string | null)[] = args.map(() => null);
	const flags: Record<string, string> = {
		'--user': 'user',
		'-k': 'kernel',
		'--dmesg': 'kernel',
		'-f': 'follow',
		'--follow': 'follow',
		'-r': 'reverse',
		'--reverse': 'reverse',
		'--no-pager': 'noPager',
	};
	const valued: Record<string, string> = {
		'-u': 'units',
		'--unit': 'units',
		'-S': 'since',
		'--since': 'since',
		'-U': 'until',
		'--until': 'until',
		'-p': 'priority',
		'--priority': 'priority',
		'-n': 'lines',
		'--lines': 'lines',
		'-o': 'output',
		'--output': 'output',
		'-g': 'grep',
		'--grep': 'grep',
	};
	const CANON: Record<string, string> = {
		units: '-u',
		since: '--since',
		until: '--until',
		priority: '-p',
		lines: '-n',
		output: '-o',
		grep: '--grep',
	};
	const setValue = (field: string, v: string): void => {
		if (field === 'units') units.push(v);
		else if (field === 'priority') {
			const [from, to] = v.split('..');
			const name = (p: string | undefined) =>
				p !== undefined && /^[0-7]$/.test(p) ? PRIORITIES[Number(p)]! : (p ?? '');
			s.numeric = /^[0-7]/.test(v);
			s.priority = name(from);
			s.priorityTo = to === undefined ? '' : name(to);
		} else s[field] = v;
	};
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		const eq = a.startsWith('--') ? a.indexOf('=') : -1;
		const name = eq > 0 ? a.slice(0, eq) : a;
		if (flags[a])
			[s[flags[a]], canon[i]] = [true, a === '--dmesg' ? '-k' : a.length === 2 ? a : `-${a[2]}`];
		if (a === '--no-pager' || a === '--user') canon[i] = a;
		if (flags[a]) continue;
		if (a === '--list-boots' || a === '--disk-usage') [s.action, canon[i]] = [a.slice(2), a];
		else if (a.startsWith('--vacuum-time=') || a.startsWith('--vacuum-size=')) {
			s.action = 'vacuum';
			s[a.startsWith('--vacuum-time=') ? 'vacuumTime' : 'vacuumSize'] = a.slice(a.indexOf('=') + 1);
			canon[i] = a;
		} else if (a === '-b' || a === '--boot') {
			canon[i] = '-b';
			const next = args[i + 1];
			if (next === '-1' || next === '-2' || next === '0') {
				s.boot = next;
				canon[++i] = next === '0' ? null : next;
			} else s.boot = '0';
		} else if (valued[name] && (eq > 0 || i + 1 < args.length)) {
			// --since=X is one argument where the generator writes two: it takes the option's explanation.
			const field = valued[name];
			canon[i] = CANON[field]!;
			const v = eq > 0 ? a.slice(eq + 1) : args[++i]!;
			setValue(field, v);
			if (eq < 0) canon[i] = v;
		} else if (/^-[unopSUg]./.test(a) && !a.startsWith('--')) {
			setValue(valued[a.slice(0, 2)]!, a.slice(2));
			canon[i] = CANON[valued[a.slice(0, 2)]!]!;
		} else if (a === '+' || a.startsWith('/') || /^[A-Z0-9_]+=/.test(a)) {
			(s.matches as string[]).push(a);
			canon[i] = a;
		}
	}
	s.units = units;
	return { state: s, canon };
}
